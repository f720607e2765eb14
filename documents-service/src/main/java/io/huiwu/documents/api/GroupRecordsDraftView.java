package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "GroupRecordsDraft", description = "The group records of a meeting or of one day, gathered into the"
        + " draft text of a summary: each group's points, in the order of the group sessions")
public record GroupRecordsDraftView(
        UUID meetingId,
        @Schema(description = "The day gathered (in the meeting's zone); none: the whole meeting") LocalDate date,
        @Schema(description = "The draft text, to edit into a summary (会议纪要) or a bulletin (简报)") String text,
        List<Group> groups) {

    @Schema(name = "GroupRecordsDraftGroup", description = "A group session's record, as gathered")
    public record Group(UUID sessionId, String session, OffsetDateTime startsAt, String place, int version,
            String text) {
    }
}
