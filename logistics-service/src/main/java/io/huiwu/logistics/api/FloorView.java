package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Schema(name = "Floor", description = "A floor of a building")
public record FloorView(UUID id, UUID buildingId, int level, @Nullable String name, int rooms, long version) {
}
