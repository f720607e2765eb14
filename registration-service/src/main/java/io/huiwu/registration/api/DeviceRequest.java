package io.huiwu.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;
import java.util.UUID;

@Schema(name = "DeviceRequest", description = "A check-in device (a phone or scanner at a desk or door) and the lists"
        + " it may scan")
public record DeviceRequest(
        @Schema(examples = "东门-2号机") @NotBlank @Size(max = 100) String name,
        @Schema(description = "The check-in lists the device may scan and downloads for deciding offline")
        @NotEmpty @Size(max = 200) Set<@NotNull UUID> listIds) {
}
