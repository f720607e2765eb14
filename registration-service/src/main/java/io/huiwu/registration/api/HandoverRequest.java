package io.huiwu.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HandoverRequest", description = "核发: the printed card was handed over at 报到")
public record HandoverRequest(
        @Schema(examples = "王芳", description = "Who took the card: the holder, or someone for them (a liaison, the"
                + " driver)") @NotBlank @Size(max = 100)
        @Pattern(regexp = "^[^\\p{Cc}]*$", message = "{huiwu.no-control-characters}") String receivedBy) {
}
