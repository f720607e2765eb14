package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CheckInRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "RedeemAnswer", description = "What the check-in app shows: ok (201), or refused with a reason (200)")
public record RedeemAnswer(
        UUID scanId,
        @Schema(enumeration = {"ok", "refused"}) String status,
        @Schema(description = "Why it was refused; null when admitted", enumeration = {"invalid", "revoked",
                "withdrawn", "wrong_credential_type", "wrong_category", "outside_time", "already_redeemed",
                "not_inside", "exits_not_tracked"})
        @Nullable String reason,
        @Schema(description = "For offline scans: what the rules would have refused, recorded for follow-up",
                enumeration = {"invalid", "revoked", "withdrawn", "wrong_credential_type", "wrong_category",
                        "outside_time", "already_redeemed", "not_inside", "exits_not_tracked"})
        @Nullable String conflict,
        CheckInRules.CheckInDirection direction,
        @Schema(enumeration = {"SCAN", "MANUAL", "ON_BEHALF"}) String method,
        OffsetDateTime scannedAt,
        @Schema(description = "Who was scanned; null when the credential is not one of this meeting's")
        @Nullable Holder attendee,
        @Schema(description = "The credential scanned; null for a manual check-in or an unknown code")
        @Nullable Pass credential,
        Point list) {

    @Schema(name = "RedeemHolder")
    public record Holder(UUID id, String name, Category category, @Nullable String delegation,
            @Nullable String unit, @Nullable String title) {
    }

    @Schema(name = "RedeemCredential")
    public record Pass(UUID id, String number, String type, String colour) {
    }

    @Schema(name = "RedeemList")
    public record Point(UUID id, String name) {
    }

    public boolean ok() {
        return "ok".equals(status);
    }
}
