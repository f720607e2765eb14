package io.huiwu.registration.api;

import io.huiwu.registration.domain.CheckInRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "RedeemRequest", description = "One scan at a check-in point, or a manual check-in by attendeeId")
public record RedeemRequest(
        @NotNull UUID listId,
        @Schema(description = "The scanned QR content; or give attendeeId for a manual check-in")
        @Size(max = 200) String secret,
        @Schema(description = "For a manual check-in (found by search) instead of a scan") UUID attendeeId,
        @Schema(description = "ENTRY (default) or EXIT") CheckInRules.CheckInDirection direction,
        @Schema(description = "Made by the device for this scan; the same nonce again is the same scan",
                examples = "6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.:-]+",
                message = "{huiwu.nonce}") String nonce,
        @Schema(description = "When the scan happened on the device; now if absent") OffsetDateTime scannedAt,
        @Schema(description = "The device admitted the holder while offline and uploads the scan now: it is recorded"
                + " as an admission whatever the rules say now, and any disagreement is recorded as a conflict. Only"
                + " a registered device (X-Device-Token) may say so")
        boolean offline,
        @Schema(description = "Signed in on the holder's behalf (秘书代签)") boolean onBehalf) {
}
