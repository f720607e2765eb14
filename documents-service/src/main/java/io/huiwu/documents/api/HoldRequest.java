package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HoldRequest", description = "A hold on a document: none of its copies is destroyed while it is in"
        + " place")
public record HoldRequest(
        @Schema(description = "Why", examples = "泄密事件调查，保全全部份数") @NotBlank @Size(max = 500) String reason) {
}
