package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.RoomingField;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "RoomingChanges", description = "What changed on a rooming list since a version sent: guests added,"
        + " removed, and for the others each field changed, old and new")
public record RoomingChangesView(int since,
        @Schema(description = "The version these changes were sent as; null while not sent") @Nullable Integer sentAs,
        List<Guest> added, List<Guest> removed, List<Changed> changed) {

    @Schema(name = "RoomingGuest", description = "A guest's row, field by field")
    public record Guest(UUID attendeeId, Map<RoomingField, String> values) {
    }

    @Schema(name = "RoomingGuestChanged")
    public record Changed(UUID attendeeId, String name, List<FieldChange> fields) {
    }

    @Schema(name = "RoomingFieldChange")
    public record FieldChange(RoomingField field, @Nullable String before, @Nullable String after) {
    }
}
