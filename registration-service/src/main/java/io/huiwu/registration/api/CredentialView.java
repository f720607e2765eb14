package io.huiwu.registration.api;

import io.huiwu.registration.domain.CredentialHolder;
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
        @Schema(description = "PERSON (attendeeId) or VEHICLE (vehicleId)") CredentialHolder holder,
        @Schema(description = "The person holding it; null for a vehicle pass") @Nullable UUID attendeeId,
        @Nullable String attendeeName,
        @Schema(description = "The vehicle holding it; null for a person's credential") @Nullable UUID vehicleId,
        @Schema(examples = "陕A·12345", description = "The vehicle's plate") @Nullable String plate,
        CredentialStatus status,
        OffsetDateTime issuedAt,
        String issuedBy,
        @Nullable OffsetDateTime revokedAt,
        @Nullable String revokedBy,
        @Nullable String revokedReason,
        @Schema(description = "The credential this one replaced, for a reissue") @Nullable UUID replaces,
        @Schema(description = "The QR code's content, signed; shown to organizers, registrars and the holder, null"
                + " for others") @Nullable String payload,
        @Schema(description = "核发: when and to whom the printed card was handed over; null until it is")
        @Nullable Handover handover,
        long version) {

    @Schema(name = "CredentialHandover")
    public record Handover(OffsetDateTime at, String receivedBy,
            @Schema(description = "The member of staff who handed it over") String handedOverBy) {
    }
}
