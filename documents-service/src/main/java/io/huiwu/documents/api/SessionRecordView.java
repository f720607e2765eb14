package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SessionRecord", description = "A version of a session's host script, minutes or group record")
public record SessionRecordView(
        UUID meetingId,
        UUID sessionId,
        @Schema(description = "HOST_SCRIPT, MINUTES or GROUP_RECORD") String kind,
        int version,
        @Schema(description = "The newest version") int currentVersion,
        @Schema(description = "Minutes: the version marked final, if any") Integer finalVersion,
        String text,
        UUID documentId,
        List<SessionRecordRequest.Recording> recordings,
        String savedBy,
        OffsetDateTime savedAt) {
}
