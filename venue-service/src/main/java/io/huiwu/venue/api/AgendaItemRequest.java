package io.huiwu.venue.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgendaItemRequest", description = "An item of a session's agenda (议程), in the order given")
public record AgendaItemRequest(
        @Schema(examples = "审议政府工作报告") @NotBlank @Size(max = 300) String title,
        @Schema(description = "Who presents the item", examples = "张建国") @Size(max = 100) String presenter) {
}
