package io.huiwu.registration.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "OfflineScansRequest", description = "Scans a device made while offline, uploaded together")
public record OfflineScansRequest(
        @Schema(description = "Each scan as for a redeem; every one is checked before any is recorded (the first"
                + " 100 faults are reported)")
        @NotEmpty @Size(max = 20_000) List<RedeemRequest> scans) {
}
