package io.huiwu.registration.api;

import io.huiwu.registration.domain.CheckInRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Scan", description = "A recorded scan or manual check-in")
public record ScanView(UUID id, String nonce, UUID listId, @Nullable UUID attendeeId, @Nullable String attendeeName,
        @Nullable UUID credentialId, CheckInRules.CheckInDirection direction,
        @Schema(description = "ok, or why it was refused", enumeration = {"ok", "invalid", "revoked", "withdrawn",
                "wrong_credential_type", "wrong_category", "outside_time", "already_redeemed", "not_inside",
                "exits_not_tracked"})
        String result,
        @Schema(enumeration = {"invalid", "revoked", "withdrawn", "wrong_credential_type", "wrong_category",
                "outside_time", "already_redeemed", "not_inside", "exits_not_tracked"}) @Nullable String conflict,
        @Schema(enumeration = {"SCAN", "MANUAL", "ON_BEHALF"}) String method, boolean offline,
        @Nullable String device, String operator, OffsetDateTime scannedAt, OffsetDateTime receivedAt,
        @Nullable OffsetDateTime annulledAt, @Nullable String annulledBy, @Nullable String annulReason) {
}
