package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.UUID;

@Schema(name = "CheckInSearchHit", description = "Someone found at the desk by name, pinyin or credential number")
public record SearchHitView(UUID attendeeId, String name, String pinyin, Category category,
        @Nullable String delegation, @Nullable String unit, @Nullable String title, List<Pass> credentials,
        List<Presence> presence) {

    @Schema(name = "CheckInSearchCredential")
    public record Pass(UUID id, String number, String type,
            @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status) {
    }

    @Schema(name = "CheckInSearchPresence")
    public record Presence(UUID listId, String listName, boolean inside, int entries) {
    }
}
