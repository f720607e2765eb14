package io.huiwu.registration.api;

import io.huiwu.registration.domain.ReplyAnswer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Replies", description = "The replies (回执) to one version of a notice, with counts, and who has not"
        + " replied (attendees, non-voting attendees and guests)")
public record RepliesView(UUID noticeId, int version, long attend, long leave, long substitute, long notReplied,
        @Schema(description = "By surname strokes") List<Reply> replies, List<Person> notRepliedBy) {

    @Schema(name = "Reply")
    public record Reply(UUID attendeeId, String name, @Nullable String delegation, ReplyAnswer answer,
            @Nullable String reason, @Nullable ReplyRequest.Substitute substitute, int companions,
            @Nullable String needs, String repliedBy, OffsetDateTime repliedAt) {
    }

    @Schema(name = "ReplyPending")
    public record Person(UUID attendeeId, String name, @Nullable String delegation) {
    }
}
