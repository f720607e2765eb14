package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CheckInListKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "CheckInList")
public record CheckInListView(UUID id, UUID meetingId, String name, CheckInListKind kind, List<Category> categories,
        @Nullable OffsetDateTime opensAt, @Nullable OffsetDateTime closesAt, boolean allowReentry, boolean trackExit,
        boolean allowOnBehalf,
        @Schema(description = "The session this list is the door of, kept from venue's schedule; such a list"
                + " changes with its session and is not edited by hand") @Nullable UUID sessionId,
        @Schema(description = "The credential types accepted; null accepts any credential naming a person")
        @Nullable List<UUID> credentialTypeIds,
        long version) {
}
