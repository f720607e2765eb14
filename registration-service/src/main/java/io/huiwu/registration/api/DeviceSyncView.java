package io.huiwu.registration.api;

import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "DeviceSync", description = "What a registered device needs to decide at its doors without the server:"
        + " its lists' rules, the credential types, the meeting's public key, and the credentials (all of them, or"
        + " those changed since the cursor it sent)")
public record DeviceSyncView(
        UUID meetingId,
        UUID deviceId,
        @Schema(description = "Send this as `since` next time to get only what changed") String cursor,
        @Schema(description = "true when this is everything (no cursor was sent): the device replaces what it has")
        boolean full,
        @Schema(description = "Ed25519 public key of the meeting, X.509 SubjectPublicKeyInfo, base64. A QR code"
                + " HW2.<id>.<signature> (base64url) is genuine when the signature verifies over the ASCII bytes"
                + " HW2, the meeting id and the credential id (16 bytes each, big-endian)") String publicKey,
        List<Rules> lists,
        List<Type> credentialTypes,
        List<Credential> credentials) {

    @Schema(name = "DeviceSyncList")
    public record Rules(UUID id, String name, String kind, List<Category> categories,
            @Schema(description = "The credential types accepted; null accepts any credential naming a person")
            @Nullable List<UUID> credentialTypeIds,
            @Nullable OffsetDateTime opensAt, @Nullable OffsetDateTime closesAt,
            boolean allowReentry, boolean trackExit) {
    }

    @Schema(name = "DeviceSyncCredentialType")
    public record Type(UUID id, String name, String colour) {
    }

    @Schema(name = "DeviceSyncCredential")
    public record Credential(UUID id, String number, UUID typeId,
            @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
            @Schema(description = "null for a credential that names no person (a vehicle pass)")
            @Nullable Holder holder,
            @Schema(description = "Whether its QR code is a signed (HW2) one; an older code can only be checked"
                    + " online") boolean signed) {
    }

    @Schema(name = "DeviceSyncHolder")
    public record Holder(UUID attendeeId, String name, Category category, @Nullable String delegation,
            @Nullable String unit, @Nullable String title, AttendeeStatus status) {
    }
}
