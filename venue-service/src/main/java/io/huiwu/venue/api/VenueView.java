package io.huiwu.venue.api;

import io.huiwu.venue.domain.SpaceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Venue", description = "A venue with its halls and rooms")
public record VenueView(UUID id, UUID meetingId, String name, String address, List<SpaceView> spaces,
        @Schema(description = "Also its ETag") long version) {

    @Schema(name = "Space", description = "A hall or room of a venue")
    public record SpaceView(UUID id, UUID venueId, SpaceKind kind, String name, Integer floor, int capacity,
            List<String> equipment, @Schema(description = "Also its ETag") long version) {
    }
}
