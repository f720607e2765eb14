package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "OfflineScansAnswer")
public record OfflineScansAnswer(
        int received,
        @Schema(description = "Scans recorded now") int recorded,
        @Schema(description = "Scans whose nonce was already recorded (uploaded before)") int duplicates,
        @Schema(description = "Recorded scans that the rules now disagree with (two devices admitted the same"
                + " person, a revoked credential...)") int conflicts,
        List<Result> results) {

    @Schema(name = "OfflineScanResult")
    public record Result(String nonce, UUID scanId, String status, String reason, String conflict,
            boolean duplicate) {
    }
}
