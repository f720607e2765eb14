package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Notice", description = "A notice as it now stands, with every version issued")
public record NoticeView(UUID id, UUID meetingId, int currentVersion, NoticeVersionView current,
        List<Summary> versions, long version) {

    @Schema(name = "NoticeVersionSummary")
    public record Summary(int version, @Nullable String changeSummary, String issuedBy, OffsetDateTime issuedAt) {
    }

    @Schema(name = "NoticeVersion")
    public record NoticeVersionView(int version, String name, String content, String participants, String checkIn,
            String duration, String venue, String dress, String notes, @Nullable String changeSummary, String issuedBy,
            OffsetDateTime issuedAt) {
    }
}
