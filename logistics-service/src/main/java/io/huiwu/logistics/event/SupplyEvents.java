package io.huiwu.logistics.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Publishes {@code kit-issued} on topic {@value #TOPIC}, keyed by the holder's attendee id, through the outbox.
 * registration reads meetingId, kitId, holderId and kit for its readiness check. Schema: {@code KitIssued} in
 * {@code asyncapi/asyncapi.yaml}.
 */
@ApplicationScoped
public class SupplyEvents {

    public static final String TOPIC = "logistics.supplies";
    public static final String KIT_ISSUED = "kit-issued";

    private final Outbox outbox;

    public SupplyEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of kit-issued: the kit, who received it, what was in it, who handed it out and when. */
    public record KitIssued(UUID meetingId, UUID issueId, UUID kitId, String kit, UUID holderId, List<Item> items,
            String issuedBy, OffsetDateTime issuedAt) {
    }

    /** So many of an item, as handed out. */
    public record Item(UUID itemId, String name, String unit, int quantity) {
    }

    public void kitIssued(KitIssued issued) {
        outbox.publish(TOPIC, KIT_ISSUED, issued.holderId().toString(), issued);
    }
}
