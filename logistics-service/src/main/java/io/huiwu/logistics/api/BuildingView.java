package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Building", description = "A building of a hotel")
public record BuildingView(UUID id, UUID hotelId, String name, int floors, long version) {
}
