package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DestructionRequest", description = "A copy's destruction asked for by the first supervisor (the"
        + " caller), with its approval; a different member of staff confirms it")
public record DestructionRequest(
        @Schema(description = "The approval record", examples = "销审〔2026〕1号") @NotBlank @Size(max = 200)
        String approval,
        @Size(max = 500) String note) {
}
