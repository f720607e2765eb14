package io.huiwu.registration.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RosterFinalisationRequest", description = "What to record with a finalisation; the body is optional")
public record RosterFinalisationRequest(
        @Schema(description = "Why or for what the roster was finalised", examples = "报大会秘书处审定")
        @Size(max = 500) String note) {
}
