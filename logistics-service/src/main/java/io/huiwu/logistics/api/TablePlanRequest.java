package io.huiwu.logistics.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;

@Schema(name = "TablePlanRequest", description = "How to seat a meal by protocol; everything may be left out")
public record TablePlanRequest(
        @Schema(description = "Delegations to seat first, in this order (the better tables first); the others follow"
                + " by their best protocol rank, then as the roster first lists them",
                examples = "[\"长安区代表团\", \"雁塔区代表团\"]")
        @Size(max = 500) @Nullable List<@NotBlank @Size(max = 100) String> delegations) {
}
