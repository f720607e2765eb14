package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;

@Schema(name = "RoomingListVersion", description = "A rooming list sent to the hotel: the first is the FULL list, each"
        + " later one a change request (CHANGES) against the one before")
public record RoomingListVersionView(int version, String kind, int guests, @Nullable String sentBy,
        OffsetDateTime sentAt, @Nullable RoomingChangesView changes) {
}
