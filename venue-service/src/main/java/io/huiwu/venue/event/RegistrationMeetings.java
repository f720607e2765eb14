package io.huiwu.venue.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.venue.service.MeetingCopyService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Reads registration's meetings (topic {@value #TOPIC}, {@code meeting-updated}) into a small copy: the schedule
 * needs each meeting's days, and venue never calls registration for them.
 */
@ApplicationScoped
public class RegistrationMeetings implements EventSubscriber {

    public static final String TOPIC = "registration.meeting";
    public static final String UPDATED = "meeting-updated";

    private final MeetingCopyService meetings;

    public RegistrationMeetings(MeetingCopyService meetings) {
        this.meetings = meetings;
    }

    /** What venue reads of registration's {@code MeetingSnapshot}. */
    public record MeetingUpdate(UUID meetingId, long version, String name, LocalDate startDate, LocalDate endDate) {
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC).on(UPDATED, MeetingUpdate.class, (meeting, event) -> meetings.apply(meeting));
    }
}
