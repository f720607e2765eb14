package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClearanceRequest", description = "The highest mark people of a category may hold")
public record ClearanceRequest(@NotNull Classification clearance) {
}
