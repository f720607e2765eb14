package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

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
    public record Result(String nonce, UUID scanId, @Schema(enumeration = {"ok", "refused"}) String status,
            @Schema(enumeration = {"invalid", "revoked", "withdrawn", "wrong_credential_type", "wrong_category",
                    "outside_time", "already_redeemed", "not_inside", "exits_not_tracked"}) @Nullable String reason,
            @Schema(description = "What the rules now disagree with, recorded for follow-up", enumeration = {
                    "invalid", "revoked", "withdrawn", "wrong_credential_type", "wrong_category", "outside_time",
                    "already_redeemed", "not_inside", "exits_not_tracked"}) @Nullable String conflict,
            boolean duplicate) {
    }
}
