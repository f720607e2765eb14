package io.huiwu.registration.mapping;

import io.huiwu.registration.api.MeetingRequest;
import io.huiwu.registration.api.MeetingView;
import io.huiwu.registration.persistence.MeetingEntity;

public final class MeetingMapping {

    private MeetingMapping() {
    }

    public static MeetingView toView(MeetingEntity meeting) {
        return new MeetingView(meeting.id, meeting.name, meeting.startDate, meeting.endDate,
                meeting.requiredVerifications, meeting.phase, meeting.version, meeting.createdAt, meeting.updatedAt);
    }

    public static void apply(MeetingRequest request, MeetingEntity meeting) {
        meeting.name = request.name().strip();
        meeting.startDate = request.startDate();
        meeting.endDate = request.endDate();
        if (request.requiredVerifications() != null) {
            meeting.requiredVerifications = request.requiredVerifications();
        }
    }
}
