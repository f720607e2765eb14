package io.huiwu.venue.mapping;

import io.huiwu.venue.api.SeatMapDocument;
import io.huiwu.venue.api.SeatMapSpec;
import io.huiwu.venue.api.SeatMapView;
import io.huiwu.venue.domain.SeatGrid;
import io.huiwu.venue.domain.SeatPlan;
import io.huiwu.venue.persistence.SeatMapEntity;

import java.util.List;
import java.util.Map;

/**
 * Seat maps: the request's grid spec and document as the domain reads them, and a version of a map as the API shows
 * it.
 */
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

    public static SeatPlan.Plan plan(SeatMapDocument document) {
        return new SeatPlan.Plan(document.floors().stream().map(floor -> new SeatPlan.Floor(floor.floor(),
                floor.blocks().stream().map(block -> new SeatPlan.Block(block.code().strip(),
                        block.zone() == null || block.zone().isBlank() ? null : block.zone().strip(),
                        block.rows().stream().map(row -> new SeatPlan.Row(row.row(), row.seats().stream()
                                .map(seat -> new SeatPlan.Seat(seat.id(), seat.number(), seat.label())).toList()))
                                .toList())).toList())).toList(),
                document.aisles() == null ? null : document.aisles().stream().map(aisle -> new SeatGrid.Aisle(
                        aisle.floor(), aisle.leftBlock().strip(), aisle.rightBlock().strip())).toList(),
                document.rostrumRows() == null ? List.of() : document.rostrumRows());
    }

    public static SeatMapDocument document(SeatPlan.Plan plan, List<SeatGrid.Aisle> aisles) {
        return new SeatMapDocument(plan.floors().stream().map(floor -> new SeatMapDocument.Floor(floor.floor(),
                floor.blocks().stream().map(block -> new SeatMapDocument.Block(block.code(), block.zone(),
                        block.rows().stream().map(row -> new SeatMapDocument.Row(row.row(), row.seats().stream()
                                .map(seat -> new SeatMapDocument.Seat(seat.id(), seat.number(), seat.label()))
                                .toList())).toList())).toList())).toList(),
                aisles.stream().map(a -> new SeatMapDocument.Aisle(a.floor(), a.leftBlock(), a.rightBlock()))
                        .toList(), plan.rostrumRows());
    }

    /**
     * A version with its seats (each with why it is blocked, if it is), the aisles of its plan, the grid spec it was
     * made from (null for a document) and the whole plan as a document.
     */
    public static SeatMapView view(SeatMapEntity map, SeatMapSpec spec, SeatPlan.Plan plan, List<SeatGrid.Seat> seats,
            List<SeatGrid.Aisle> aisles, Map<String, String> blocked) {
        return new SeatMapView(map.id, map.hallId, map.status, map.number, spec, document(plan, aisles),
                seats.size(), aisles.stream().map(a -> new SeatMapView.AisleView(a.floor(), a.leftBlock(),
                        a.rightBlock())).toList(),
                seats.stream().map(s -> new SeatMapView.SeatView(s.id(), s.label(), s.floor(), s.block(), s.row(),
                        s.number(), blocked.get(s.id()))).toList(), map.version, map.publishedAt);
    }
}
