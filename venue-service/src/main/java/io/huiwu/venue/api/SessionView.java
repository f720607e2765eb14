package io.huiwu.venue.api;

import io.huiwu.venue.domain.SessionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Session", description = "A session of the schedule (日程)")
public record SessionView(
        UUID id,
        UUID meetingId,
        SessionKind kind,
        String name,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        @Schema(description = "The hall or room of the meeting's venues, when the session names one") UUID spaceId,
        List<String> categories,
        List<String> delegations,
        List<UUID> groupIds,
        boolean seatPassRequired,
        @Schema(description = "The places of an activity that takes sign-ups; null for no limit") Integer capacity,
        @Schema(description = "The version of the agenda in force, from 1") int agendaVersion,
        List<AgendaItemView> agenda,
        @Schema(description = "A cancelled session stays in the schedule, marked") boolean cancelled,
        @Schema(description = "The session's version, also its ETag") long version) {

    @Schema(name = "AgendaItem", description = "An item of a session's agenda")
    public record AgendaItemView(@Schema(description = "From 1") int position, String title, String presenter) {
    }
}
