package io.huiwu.documents.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One line of a document's distribution list: exactly one of category, delegation and holderId. */
public record DistributionRequest(
        @NotNull UUID documentId,
        @Schema(description = "Everyone of this roster category", examples = "ATTENDEE")
        @Pattern(regexp = "[A-Z_]{1,40}") String category,
        @Schema(description = "Everyone of this delegation, as the roster names it") @Size(min = 1, max = 100)
        String delegation,
        @Schema(description = "One person on the roster") UUID holderId) {
}
