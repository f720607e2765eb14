package io.huiwu.venue.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "SpeakerRequest", description = "A speaker of a session (发言): an active attendee of the meeting or a"
        + " guest named in words (one of the two), the topic and the minutes allowed")
public record SpeakerRequest(
        @Schema(description = "An active attendee of the meeting; absent for a guest") UUID attendeeId,
        @Schema(description = "A guest's name and title, for a speaker not on the roster", examples = "张明（特邀专家）")
        @Size(max = 100) String guestName,
        @Schema(examples = "关于城市更新工作的发言") @NotBlank @Size(max = 300) String topic,
        @Schema(description = "Minutes allowed") @NotNull @Min(1) @Max(240) Integer minutes,
        @Schema(description = "Where in the order (1 first) a new speaker goes, those after moving down one; last"
                + " when absent. Ignored by a change") @Min(1) @Max(500) Integer position) {
}
