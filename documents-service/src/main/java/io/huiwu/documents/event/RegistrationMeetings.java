package io.huiwu.documents.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.documents.service.GuideSourceService;
import io.huiwu.documents.service.RecallService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads registration-service's meetings (topic {@value #TOPIC}): the meeting's name (the attendee guide's title)
 * and last day, and the move to CLOSING, which opens the meeting's recall (清退) by itself. Schemas:
 * {@code MeetingSnapshot} and {@code MeetingPhaseChange} in registration's AsyncAPI document.
 */
@ApplicationScoped
public class RegistrationMeetings implements EventSubscriber {

    public static final String TOPIC = "registration.meeting";
    public static final String UPDATED = "meeting-updated";
    public static final String PHASE_CHANGED = "meeting-phase-changed";

    private final RecallService recalls;
    private final GuideSourceService guide;

    public RegistrationMeetings(RecallService recalls, GuideSourceService guide) {
        this.recalls = recalls;
        this.guide = guide;
    }

    /** meeting-updated: the name the guide prints and the dates a recall's deadline needs. */
    public record MeetingDates(UUID meetingId, long version, String name, LocalDate endDate) {
    }

    /** meeting-phase-changed. */
    public record PhaseChange(UUID meetingId, String phase, String changedBy, OffsetDateTime changedAt) {
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC)
                .on(UPDATED, MeetingDates.class, (meeting, event) -> {
                    recalls.meetingDates(meeting.meetingId(), meeting.endDate(), meeting.version());
                    guide.meetingNamed(meeting.meetingId(), meeting.name(), meeting.version());
                })
                .on(PHASE_CHANGED, PhaseChange.class, (change, event) -> recalls.phaseChanged(change.meetingId(),
                        change.phase(), change.changedBy(), change.changedAt()));
    }
}
