package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Clearance", description = "The highest mark people of a category may hold in the meeting")
public record ClearanceView(
        String category,
        Classification clearance,
        @Schema(description = "True when the organiser has not set it: the default table applies") boolean byDefault,
        String setBy,
        OffsetDateTime setAt) {
}
