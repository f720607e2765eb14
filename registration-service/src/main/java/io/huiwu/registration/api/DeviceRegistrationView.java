package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "DeviceRegistration", description = "A device just registered, with its token")
public record DeviceRegistrationView(
        DeviceView device,
        @Schema(description = "The device's own credential, shown this once (only a hash is kept): the device sends"
                + " it in the X-Device-Token header with every scan, upload and download; null in a replayed answer")
        @Nullable String token) {
}
