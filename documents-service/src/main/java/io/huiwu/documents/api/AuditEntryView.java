package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

@Schema(name = "AuditEntry", description = "One entry of the meeting's audit log; entries are never changed")
public record AuditEntryView(
        @Schema(description = "Position in the meeting's chain, from 1") long seq,
        @Schema(description = "When the server recorded it") OffsetDateTime recordedAt,
        @Schema(description = "Who did it (from the token), or documents-service for what it does by itself")
        String actor,
        @Schema(description = "Where from: device:<X-Device-Id header>, address:<remote address>, or"
                + " documents-service for its own work")
        String origin,
        @Schema(description = "What: COPY_<ledger action> for a ledger entry; a read of a state secret"
                + " (DOCUMENT_READ, DOCUMENTS_LISTED, COPIES_LISTED, COPY_READ, LEDGER_READ); DESTRUCTION_REQUESTED,"
                + " HOLD_PLACED, HOLD_RELEASED") String action,
        UUID documentId,
        UUID copyId,
        @Schema(type = SchemaType.OBJECT, description = "The particulars, as hashed") Map<String, Object> detail,
        @Schema(description = "The hash of the entry before (64 zeros for the first)") String prevHash,
        @Schema(description = "SHA-256 of the entry's canonical form, the previous hash included") String hash) {
}
