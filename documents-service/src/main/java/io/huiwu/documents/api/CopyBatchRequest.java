package io.huiwu.documents.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CopyBatchRequest", description = "Copies to number: the first batch, or copies made later")
public record CopyBatchRequest(
        @NotNull @Min(1) @Max(5000) Integer count,
        @Schema(description = "The approval of copies made later (required for every batch after the first)",
                examples = "秘审〔2026〕3号") @Size(max = 200) String approval) {
}
