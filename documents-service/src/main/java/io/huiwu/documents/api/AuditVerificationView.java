package io.huiwu.documents.api;

import io.huiwu.documents.domain.AuditChain;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "AuditVerification", description = "The meeting's audit chain checked from its first entry")
public record AuditVerificationView(
        UUID meetingId,
        @Schema(description = "Whether every entry holds its own hash and links to the one before") boolean intact,
        @Schema(description = "How many entries were found intact, from the first") long verified,
        @Schema(description = "The last intact entry's position (0 when there is none)") long lastSeq,
        @Schema(description = "The last intact entry's hash") String lastHash,
        @Schema(description = "The first entry that breaks the chain; absent when intact") BrokenEntry firstBroken,
        OffsetDateTime checkedAt) {

    @Schema(name = "AuditBrokenEntry", description = "The first entry that breaks the chain, and why")
    public record BrokenEntry(
            long seq,
            @Schema(description = "HASH_MISMATCH: the entry was changed; BROKEN_LINK: it does not link to the entry"
                    + " before it (one was removed, inserted or replaced)") AuditChain.Fault reason,
            @Schema(description = "The hash expected there") String expected,
            @Schema(description = "The hash found there") String found) {
    }
}
