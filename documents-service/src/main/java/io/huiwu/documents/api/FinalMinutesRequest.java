package io.huiwu.documents.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FinalMinutesRequest", description = "The version of the minutes to mark final: the current one")
public record FinalMinutesRequest(@NotNull @Min(1) Integer version) {
}
