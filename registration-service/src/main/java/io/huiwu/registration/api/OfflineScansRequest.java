package io.huiwu.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "OfflineScansRequest", description = "Scans a device made while offline, uploaded together")
public record OfflineScansRequest(@NotEmpty @Size(max = 20_000) List<@Valid @NotNull RedeemRequest> scans) {
}
