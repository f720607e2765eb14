package io.huiwu.documents.api;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "InventoryScanRequest", description = "A copy found on the shelf: its id (from its label), or its"
        + " document and copy number")
public record InventoryScanRequest(
        UUID copyId,
        UUID documentId,
        @Schema(description = "份号", examples = "000017") @Pattern(regexp = "[0-9]{6}") String copyNumber) {
}
