package io.huiwu.venue.mapping;

import io.huiwu.venue.api.VenueView;
import io.huiwu.venue.persistence.SpaceEntity;
import io.huiwu.venue.persistence.VenueEntity;

import java.util.List;

/** Venues, halls and rooms as the API shows them. */
public final class VenueMapping {

    private VenueMapping() {
    }

    public static VenueView view(VenueEntity venue, List<SpaceEntity> spaces) {
        return new VenueView(venue.id, venue.meetingId, venue.name, venue.address,
                spaces.stream().map(VenueMapping::space).toList(), venue.version);
    }

    public static VenueView.SpaceView space(SpaceEntity space) {
        return new VenueView.SpaceView(space.id, space.venueId, space.kind, space.name, space.floor, space.capacity,
                List.of(space.equipment), space.version);
    }
}
