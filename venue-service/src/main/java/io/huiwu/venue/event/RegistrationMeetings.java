package io.huiwu.venue.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.venue.persistence.HallSeatingStore;
import io.huiwu.venue.service.MeetingCopyService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Reads registration's meetings (topic {@value #TOPIC}, {@code meeting-updated}) into a small copy: the schedule
 * needs each meeting's days, and venue never calls registration for them. It also keeps the agreed order of each
 * meeting's delegations ({@code delegation-order-set}), in which hall seating lays out delegation blocks; an order
 * set earlier than the one kept changes nothing.
 */
@ApplicationScoped
public class RegistrationMeetings implements EventSubscriber {

    public static final String TOPIC = "registration.meeting";
    public static final String UPDATED = "meeting-updated";
    public static final String DELEGATION_ORDER_SET = "delegation-order-set";

    private final MeetingCopyService meetings;
    private final HallSeatingStore seating;

    public RegistrationMeetings(MeetingCopyService meetings, HallSeatingStore seating) {
        this.meetings = meetings;
        this.seating = seating;
    }

    /** What venue reads of registration's {@code MeetingSnapshot}. */
    public record MeetingUpdate(UUID meetingId, long version, String name, LocalDate startDate, LocalDate endDate) {
    }

    /** What venue reads of registration's {@code DelegationOrder}. */
    public record DelegationOrder(UUID meetingId, List<Delegation> delegations, OffsetDateTime setAt) {
    }

    public record Delegation(String name, int position) {
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC).on(UPDATED, MeetingUpdate.class, (meeting, event) -> meetings.apply(meeting))
                .on(DELEGATION_ORDER_SET, DelegationOrder.class, (order, event) -> seating.setDelegationOrder(
                        order.meetingId(), order.setAt(),
                        order.delegations().stream().sorted(Comparator.comparingInt(Delegation::position))
                                .map(Delegation::name).toList()));
    }
}
