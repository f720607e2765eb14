package io.huiwu.registration.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "DiscussionGroupRequest", description = "A discussion group (分组讨论) and its room")
public record DiscussionGroupRequest(
        @Schema(examples = "第一组") @NotBlank @Size(max = 100) String name,
        @Schema(examples = "三楼第二会议室") @Size(max = 100) String room,
        @Schema(description = "Order among the groups") @Min(0) @Max(10_000) Integer position,
        @Schema(description = "How many seats the group asks venue for in its room")
        @Min(1) @Max(5_000) @Nullable Integer requestedRoomSize) {
}
