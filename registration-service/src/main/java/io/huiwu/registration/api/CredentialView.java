package io.huiwu.registration.api;

import io.huiwu.registration.domain.CredentialStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Credential")
public record CredentialView(
        UUID id,
        UUID meetingId,
        UUID typeId,
        String typeName,
        String colour,
        @Schema(examples = "CX0012") String number,
        UUID attendeeId,
        String attendeeName,
        CredentialStatus status,
        OffsetDateTime issuedAt,
        String issuedBy,
        @Nullable OffsetDateTime revokedAt,
        @Nullable String revokedBy,
        @Nullable String revokedReason,
        @Schema(description = "The credential this one replaced, for a reissue") @Nullable UUID replaces,
        @Schema(description = "The QR code's content, signed; shown to organizers, registrars and the holder, null"
                + " for others") @Nullable String payload,
        long version) {
}
