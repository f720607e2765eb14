package io.huiwu.documents.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FileLimitRequest", description = "The largest file the meeting accepts, in bytes")
public record FileLimitRequest(@Schema(examples = "20971520") @NotNull @Positive Long maxBytes) {
}
