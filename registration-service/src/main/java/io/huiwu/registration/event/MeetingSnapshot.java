package io.huiwu.registration.event;

import io.huiwu.registration.persistence.MeetingEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The data of {@code meeting-updated}: the meeting as it stands after the change.
 * Schema: {@code MeetingSnapshot} in {@code asyncapi/asyncapi.yaml}.
 */
public record MeetingSnapshot(UUID meetingId, long version, String name, LocalDate startDate, LocalDate endDate,
        String phase) {

    public static MeetingSnapshot of(MeetingEntity meeting) {
        return new MeetingSnapshot(meeting.id, meeting.version, meeting.name, meeting.startDate, meeting.endDate,
                meeting.phase.name());
    }
}
