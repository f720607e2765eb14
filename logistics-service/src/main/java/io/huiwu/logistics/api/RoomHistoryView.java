package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "RoomChange", description = "One change of someone's bed: ASSIGNED, MOVED, UNASSIGNED (the bed given"
        + " up, the stay cancelled) or REINSTATED, the bed the one given or given up; or NIGHTS, the default nights"
        + " moved by a change of the meeting's dates, of the reported travel or of the lodging policy")
public record RoomHistoryView(String change, String hotel, UUID roomId, String room, int bed,
        @Schema(description = "The stay's first night after the change, when known") @Nullable LocalDate arrival,
        @Schema(description = "The day of departure after the change, when known") @Nullable LocalDate departure,
        @Nullable String changedBy, OffsetDateTime changedAt) {
}
