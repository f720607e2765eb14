package io.huiwu.venue.mapping;

import io.huiwu.venue.api.SeatMapSpec;
import io.huiwu.venue.api.SeatMapView;
import io.huiwu.venue.domain.SeatGrid;
import io.huiwu.venue.persistence.SeatMapEntity;

import java.util.List;
import java.util.Map;

/** Seat maps: the request's grid spec as the domain reads it, and a version of a map as the API shows it. */
public final class SeatMapMapping {

    private SeatMapMapping() {
    }

    public static SeatGrid.Spec grid(SeatMapSpec spec) {
        return new SeatGrid.Spec(spec.floors().stream().map(floor -> new SeatGrid.Floor(floor.floor(),
                floor.blocks().stream().map(block -> new SeatGrid.Block(block.code().strip(),
                        block.firstRow() == null ? 1 : block.firstRow(), block.rows(), block.seatsPerRow(),
                        block.firstSeat())).toList())).toList(),
                spec.rostrumRows() == null ? List.of() : spec.rostrumRows());
    }

    /** A version with its seats (each with why it is blocked, if it is) and the aisles of its spec. */
    public static SeatMapView view(SeatMapEntity map, SeatMapSpec spec, List<SeatGrid.Seat> seats,
            List<SeatGrid.Aisle> aisles, Map<String, String> blocked) {
        return new SeatMapView(map.id, map.hallId, map.status, map.number, spec, seats.size(),
                aisles.stream().map(a -> new SeatMapView.AisleView(a.floor(), a.leftBlock(), a.rightBlock()))
                        .toList(),
                seats.stream().map(s -> new SeatMapView.SeatView(s.id(), s.label(), s.floor(), s.block(), s.row(),
                        s.number(), blocked.get(s.id()))).toList(), map.version, map.publishedAt);
    }
}
