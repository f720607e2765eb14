package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "InventoryScan", description = "A copy scanned into an inventory check")
public record InventoryScanView(
        UUID checkId,
        @Schema(description = "1 for the first copy scanned into the check") int seq,
        UUID copyId,
        UUID documentId,
        String copyNumber,
        String scannedBy,
        OffsetDateTime scannedAt,
        @Schema(description = "The copy had been scanned into the check before; nothing changed")
        boolean alreadyScanned) {
}
