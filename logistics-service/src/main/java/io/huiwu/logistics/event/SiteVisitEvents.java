package io.huiwu.logistics.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes {@code site-visit-transport-assigned} on {@value TransportEvents#TOPIC}, through the outbox, keyed by
 * the rider's attendee id: which bus someone rides to a site visit. The driver and marshal are names: no telephone
 * travels here. Schema in {@code asyncapi/asyncapi.yaml}.
 */
@ApplicationScoped
public class SiteVisitEvents {

    public static final String SITE_VISIT_TRANSPORT_ASSIGNED = "site-visit-transport-assigned";

    private final Outbox outbox;

    public SiteVisitEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The data of site-visit-transport-assigned.
     *
     * @param busNumber the bus's number for the visit, 1..n
     * @param kind BUS, MINIBUS, CAR or VIP_CAR
     * @param rule GROUP, GROUP_SPLIT or NO_GROUP
     */
    public record Assigned(UUID meetingId, UUID sessionId, String visit, OffsetDateTime startsAt, UUID attendeeId,
            int busNumber, UUID vehicleId, String plate, String kind, String driver, int seat, UUID groupId,
            String group, boolean convener, UUID marshalId, String marshal, String rule) {
    }

    public void assigned(Assigned assigned) {
        outbox.publish(TransportEvents.TOPIC, SITE_VISIT_TRANSPORT_ASSIGNED, assigned.attendeeId().toString(),
                assigned);
    }
}
