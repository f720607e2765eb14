package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "RoomChange", description = "One change of someone's bed: ASSIGNED, MOVED, UNASSIGNED (the bed given"
        + " up, the stay cancelled) or REINSTATED; the bed is the one given, or the one given up")
public record RoomHistoryView(String change, String hotel, UUID roomId, String room, int bed,
        @Nullable String changedBy, OffsetDateTime changedAt) {
}
