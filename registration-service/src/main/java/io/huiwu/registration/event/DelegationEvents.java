package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Publishes {@code delegation-updated} on topic {@value #TOPIC}, keyed by delegation id, each time a delegation is
 * created or changed (its name, place in the agreed order, leaders, liaison or hotel): logistics lodges it in one
 * hotel, venue seats its leaders in the first row of its block, documents addresses it. The data is the whole
 * delegation after the change.
 */
@ApplicationScoped
public class DelegationEvents {

    public static final String TOPIC = "registration.delegation";
    public static final String UPDATED = "delegation-updated";

    private final Outbox outbox;

    public DelegationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of delegation-updated. Schema: {@code DelegationSnapshot} in {@code asyncapi/asyncapi.yaml}. */
    public record Snapshot(UUID delegationId, UUID meetingId, String name, Integer position,
            List<Leader> leaders, Leader liaison, String preferredHotel, long version) {
    }

    /** A leader as the events name them: the roster entry, its name, and its role in the delegation. */
    public record Leader(UUID attendeeId, String name, String role) {
    }

    public void updated(Snapshot delegation) {
        outbox.publish(TOPIC, UPDATED, delegation.delegationId().toString(), delegation);
    }
}
