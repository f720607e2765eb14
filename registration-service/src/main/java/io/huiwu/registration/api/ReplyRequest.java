package io.huiwu.registration.api;

import io.huiwu.registration.domain.ReplyAnswer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ReplyRequest", description = "A reply to the current version of a notice (回执)")
public record ReplyRequest(
        @Schema(description = "Staff reply for this attendee; an attendee replies for themselves and leaves it out")
        UUID attendeeId,
        @NotNull ReplyAnswer answer,
        @Schema(description = "Why, for LEAVE") @Size(max = 200) String reason,
        @Schema(description = "Who comes instead, for SUBSTITUTE (not for voting members or staff)") @Valid
        Substitute substitute,
        @Schema(description = "How many accompany them (随行)") @Min(0) @Max(10) Integer companions,
        @Schema(description = "Needs: diet, access, health (seen by the organizers)") @Size(max = 200) String needs) {

    @Schema(name = "Substitute")
    public record Substitute(@NotBlank @Size(max = 50) String name, @Size(max = 100) String unit,
            @Size(max = 100) String title) {
    }
}
