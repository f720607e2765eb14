package io.huiwu.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevokeCredentialRequest")
public record RevokeCredentialRequest(
        @Schema(examples = "证件遗失") @NotBlank @Size(max = 200) String reason) {
}
