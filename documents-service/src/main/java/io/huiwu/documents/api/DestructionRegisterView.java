package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "DestructionRegisterEntry", description = "A line of the destruction register (销毁登记); never changed")
public record DestructionRegisterView(UUID id, UUID documentId, String document, UUID copyId, String copyNumber,
        Classification secretLevel, String approval,
        @Schema(description = "The two supervisors: who asked for it, then who confirmed it") List<String> supervisors,
        OffsetDateTime destroyedAt, OffsetDateTime recordedAt,
        @Schema(description = "The copy's DESTROYED ledger entry") int ledgerEntry, String note) {
}
