package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HandoverPolicyRequest", description = "The highest mark whose copies may be handed over to a"
        + " holder's unit")
public record HandoverPolicyRequest(@NotNull Classification highestLevel) {
}
