package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.registration.domain.MeetingPhase;
import io.huiwu.registration.persistence.MeetingEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Publishes {@code meeting-updated} on topic {@value #TOPIC}, keyed by meeting id, when a meeting is created or
 * changed, {@code meeting-phase-changed} when it moves to its next phase, {@code roster-finalised} when its roster
 * is finalised (定稿), and {@code delegation-order-set} when the organiser sets the agreed order of delegations.
 */
@ApplicationScoped
public class MeetingEvents {

    public static final String TOPIC = "registration.meeting";
    public static final String UPDATED = "meeting-updated";
    public static final String PHASE_CHANGED = "meeting-phase-changed";
    public static final String ROSTER_FINALISED = "roster-finalised";
    public static final String DELEGATION_ORDER_SET = "delegation-order-set";

    private final Outbox outbox;

    public MeetingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void updated(MeetingEntity meeting) {
        outbox.publish(TOPIC, UPDATED, meeting.id.toString(), MeetingSnapshot.of(meeting));
    }

    /** The data of meeting-phase-changed. Schema: {@code MeetingPhaseChange} in {@code asyncapi/asyncapi.yaml}. */
    public record PhaseChange(UUID meetingId, String phase, String previousPhase, String changedBy,
            OffsetDateTime changedAt, long version) {
    }

    public void phaseChanged(MeetingEntity meeting, MeetingPhase previous) {
        outbox.publish(TOPIC, PHASE_CHANGED, meeting.id.toString(), new PhaseChange(meeting.id, meeting.phase.name(),
                previous.name(), meeting.phaseChangedBy, meeting.phaseChangedAt, meeting.version));
    }

    /**
     * The data of roster-finalised. Schema: {@code RosterFinalised} in {@code asyncapi/asyncapi.yaml}. Categories
     * are those with entries, in their order; delegations in the meeting's order of delegations.
     */
    public record RosterFinalised(UUID meetingId, int version, String finalisedBy, OffsetDateTime finalisedAt,
            int entries, List<CategoryCount> categories, List<DelegationCount> delegations, int withoutDelegation) {
    }

    public record CategoryCount(String category, int count) {
    }

    public record DelegationCount(String delegation, int count) {
    }

    public void rosterFinalised(RosterFinalised finalised) {
        outbox.publish(TOPIC, ROSTER_FINALISED, finalised.meetingId().toString(), finalised);
    }

    /**
     * The data of delegation-order-set. Schema: {@code DelegationOrder} in {@code asyncapi/asyncapi.yaml}. The
     * delegations the order lists, first to last; those it does not list follow by surname strokes.
     */
    public record DelegationOrderSet(UUID meetingId, List<OrderedDelegation> delegations, String setBy,
            OffsetDateTime setAt) {
    }

    public record OrderedDelegation(UUID delegationId, String name, int position) {
    }

    public void delegationOrderSet(DelegationOrderSet order) {
        outbox.publish(TOPIC, DELEGATION_ORDER_SET, order.meetingId().toString(), order);
    }
}
