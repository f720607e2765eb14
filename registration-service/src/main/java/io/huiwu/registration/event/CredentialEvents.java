package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.registration.domain.CredentialHolder;
import io.huiwu.registration.persistence.CredentialEntity;
import io.huiwu.registration.persistence.CredentialTypeEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes {@code credential-issued}, {@code credential-handed-over} and {@code credential-revoked} on topic
 * {@value #TOPIC} through the outbox,
 * keyed by the holder's id (the attendee's or the vehicle's), so that a holder's credentials keep their order.
 */
@ApplicationScoped
public class CredentialEvents {

    public static final String TOPIC = "registration.credential";
    public static final String ISSUED = "credential-issued";
    public static final String HANDED_OVER = "credential-handed-over";
    public static final String REVOKED = "credential-revoked";

    private final Outbox outbox;

    public CredentialEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of every credential event. Schema: {@code Credential} in {@code asyncapi/asyncapi.yaml}. */
    public record CredentialChange(UUID credentialId, UUID meetingId, UUID typeId, String typeName, String colour,
            String number, boolean seatPass, Holder holder, String status, OffsetDateTime issuedAt, UUID replaces,
            Handover handover, long version) {
    }

    /** A person (attendeeId and name) or a vehicle (vehicleId and plate). */
    public record Holder(CredentialHolder kind, UUID attendeeId, String name, UUID vehicleId, String plate) {
    }

    public record Handover(OffsetDateTime at, String receivedBy, String handedOverBy) {
    }

    public void issued(CredentialEntity credential, CredentialTypeEntity type, Holder holder) {
        publish(ISSUED, credential, type, holder);
    }

    public void handedOver(CredentialEntity credential, CredentialTypeEntity type, Holder holder) {
        publish(HANDED_OVER, credential, type, holder);
    }

    public void revoked(CredentialEntity credential, CredentialTypeEntity type, Holder holder) {
        publish(REVOKED, credential, type, holder);
    }

    public static Holder person(UUID attendeeId, String name) {
        return new Holder(CredentialHolder.PERSON, attendeeId, name, null, null);
    }

    public static Holder vehicle(UUID vehicleId, String plate) {
        return new Holder(CredentialHolder.VEHICLE, null, null, vehicleId, plate);
    }

    private void publish(String eventType, CredentialEntity credential, CredentialTypeEntity type, Holder holder) {
        UUID key = holder.kind() == CredentialHolder.VEHICLE ? holder.vehicleId() : holder.attendeeId();
        Handover handover = credential.handedOverAt == null ? null
                : new Handover(credential.handedOverAt, credential.receivedBy, credential.handedOverBy);
        outbox.publish(TOPIC, eventType, key.toString(), new CredentialChange(credential.id, credential.meetingId,
                type.id, type.name, type.colour, credential.number, type.seatPass, holder, credential.status.name(),
                credential.issuedAt, credential.replaces, handover, credential.version));
    }
}
