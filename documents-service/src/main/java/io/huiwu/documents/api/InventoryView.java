package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Inventory", description = "An inventory check (点检) of a place; closed, with its reconciliation")
public record InventoryView(
        UUID id,
        UUID meetingId,
        String place,
        @Schema(description = "The documents the place holds; empty: every document of the meeting")
        List<UUID> documentIds,
        String note,
        String openedBy,
        OffsetDateTime openedAt,
        String closedBy,
        OffsetDateTime closedAt,
        boolean open,
        @Schema(description = "How many copies were scanned") long scanned,
        @Schema(description = "The reconciliation against the ledger as it was at the close")
        Reconciliation reconciliation) {

    @Schema(name = "InventoryReconciliation", description = "Expected (the ledger has them in custody), found,"
            + " missing from the shelf (expected, not scanned), unexpected (scanned, not expected)")
    public record Reconciliation(int expected, List<ShelfCopy> found, List<ShelfCopy> missingFromShelf,
            List<UnexpectedCopy> unexpected) {
    }

    @Schema(name = "InventoryCopy", description = "A copy in a reconciliation")
    public record ShelfCopy(UUID copyId, UUID documentId, String document, String copyNumber) {
    }

    @Schema(name = "InventoryUnexpectedCopy", description = "A copy scanned that the ledger did not expect on the"
            + " shelf, and its last ledger entry")
    public record UnexpectedCopy(UUID copyId, UUID documentId, String document, String copyNumber,
            @Schema(enumeration = {"ISSUED", "LOANED", "MISSING", "DESTROYED", "HANDED_OVER", "NOT_IN_SCOPE"},
                    description = "Out with a holder, missing or destroyed in the ledger; or a copy of a document"
                            + " the place does not hold") String reason,
            UUID holderId, String holderName, LedgerEntryView lastEntry) {
    }
}
