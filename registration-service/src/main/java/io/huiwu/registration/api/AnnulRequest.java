package io.huiwu.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnnulRequest", description = "Takes back a check-in made by mistake")
public record AnnulRequest(
        @Schema(examples = "扫错了证件") @NotBlank @Size(max = 200) String reason) {
}
