package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CheckInRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "RedeemAnswer", description = "What the check-in app shows: ok (201), or refused with a reason (200)")
public record RedeemAnswer(
        UUID scanId,
        @Schema(description = "ok or refused") String status,
        @Schema(description = "Why it was refused: invalid, revoked, withdrawn, wrong_category, outside_time,"
                + " already_redeemed, not_inside, exits_not_tracked") String reason,
        @Schema(description = "For offline scans: what the rules would have refused, recorded for follow-up")
        String conflict,
        CheckInRules.Direction direction,
        @Schema(description = "SCAN, MANUAL or ON_BEHALF") String method,
        OffsetDateTime scannedAt,
        Holder attendee,
        Pass credential,
        Point list) {

    @Schema(name = "RedeemHolder")
    public record Holder(UUID id, String name, Category category, String delegation, String unit, String title) {
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
