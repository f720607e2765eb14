package io.huiwu.logistics.event;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.logistics.service.StayNights;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads registration's meetings (topic {@value #TOPIC}) once each (the chassis's inbox), with logistics' consumer
 * group: the meeting's dates, from which stays take their default nights. Other events of the topic are not read.
 */
@ApplicationScoped
public class RegistrationMeetings implements EventSubscriber {

    public static final String TOPIC = "registration.meeting";
    public static final String UPDATED = "meeting-updated";

    private final StayNights nights;

    public RegistrationMeetings(StayNights nights) {
        this.nights = nights;
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC)
                .on(UPDATED, MeetingDates.class, (meeting, event) -> {
                    if (meeting.meetingId() == null || meeting.version() == null || meeting.startDate() == null
                            || meeting.endDate() == null) {
                        throw new EventCodec.MalformedEventException("a meeting needs meetingId, version,"
                                + " startDate and endDate");
                    }
                    if (meeting.endDate().isBefore(meeting.startDate())) {
                        throw new EventCodec.MalformedEventException("a meeting cannot end before it starts");
                    }
                    nights.meetingUpdated(meeting);
                });
    }
}
