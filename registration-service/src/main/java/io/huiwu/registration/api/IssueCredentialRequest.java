package io.huiwu.registration.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Schema(name = "IssueCredentialRequest", description = "The type, and its holder: an attendee for a type for people,"
        + " a vehicle for a type for vehicles (车辆通行证)")
public record IssueCredentialRequest(@Nullable UUID attendeeId, @NotNull UUID typeId,
        @Schema(description = "A vehicle logistics registered, for a type for vehicles") @Nullable UUID vehicleId) {
}
