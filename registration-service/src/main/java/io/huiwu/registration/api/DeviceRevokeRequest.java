package io.huiwu.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeviceRevokeRequest", description = "Revokes a device: it is refused at once")
public record DeviceRevokeRequest(@Schema(examples = "设备遗失") @NotBlank @Size(max = 200) String reason) {
}
