package io.huiwu.registration.api;

import io.huiwu.registration.domain.CheckInRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Scan", description = "A recorded scan or manual check-in")
public record ScanView(UUID id, String nonce, UUID listId, UUID attendeeId, String attendeeName, UUID credentialId,
        CheckInRules.Direction direction, String result, String conflict, String method, boolean offline,
        String device, String operator, OffsetDateTime scannedAt, OffsetDateTime receivedAt,
        OffsetDateTime annulledAt, String annulledBy, String annulReason) {
}
