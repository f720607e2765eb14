package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.domain.CopyState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "LeavingHolder", description = "Someone leaving soon who still holds copies that must come back"
        + " (离会前清退)")
public record LeavingHolderView(UUID attendeeId, String name, String delegation, DepartureView departure,
        @Schema(description = "The copies due, by document title and copy number") List<DueCopy> copies) {

    @Schema(name = "DueCopy", description = "A copy the person holds that must come back")
    public record DueCopy(UUID copyId, UUID documentId, String document, String copyNumber,
            Classification secretLevel, @Schema(description = "秘密★10年, 内部, or none") String marking,
            CopyState state) {
    }
}
