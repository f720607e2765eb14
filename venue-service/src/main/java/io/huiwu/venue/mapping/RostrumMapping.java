package io.huiwu.venue.mapping;

import io.huiwu.venue.api.RostrumView;
import io.huiwu.venue.event.SeatingEvents;
import io.huiwu.venue.persistence.RostrumEntity;
import io.huiwu.venue.persistence.RostrumSeatEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rostrums as the API shows them, as printed, and as their event carries them. */
public final class RostrumMapping {

    private RostrumMapping() {
    }

    /** Seats sorted by row, then from the audience's left. */
    public static RostrumView view(RostrumEntity rostrum, List<RostrumSeatEntity> seats) {
        List<RostrumView.RowView> rows = new ArrayList<>();
        List<RostrumView.PrintedRow> printed = new ArrayList<>();
        for (Map.Entry<Integer, List<RostrumSeatEntity>> row : byRow(seats).entrySet()) {
            rows.add(new RostrumView.RowView(row.getKey(), row.getValue().stream()
                    .map(s -> new RostrumView.SeatView(s.position, s.axisOffset, s.attendeeId, s.name, s.rank,
                            s.pinned, s.rule)).toList()));
            List<String> names = row.getValue().stream().map(s -> s.name).toList();
            printed.add(new RostrumView.PrintedRow(row.getKey(), names, "第" + row.getKey() + "排（面向主席台从左至右）："
                    + String.join("\u3000", names)));
        }
        return new RostrumView(rostrum.sessionId, rostrum.meetingId, rostrum.side, rostrum.evenCount,
                List.of(rostrum.rowSizes), rows, printed, rostrum.version, rostrum.arrangedAt);
    }

    public static SeatingEvents.RostrumArranged event(RostrumEntity rostrum, List<RostrumSeatEntity> seats) {
        return new SeatingEvents.RostrumArranged(rostrum.sessionId, rostrum.meetingId, rostrum.version, rostrum.side,
                rostrum.evenCount, byRow(seats).entrySet().stream().map(row -> new SeatingEvents.Row(row.getKey(),
                        row.getValue().stream().map(s -> new SeatingEvents.Seat(s.position, s.attendeeId, s.name,
                                s.rank, s.pinned)).toList())).toList());
    }

    private static Map<Integer, List<RostrumSeatEntity>> byRow(List<RostrumSeatEntity> seats) {
        Map<Integer, List<RostrumSeatEntity>> rows = new TreeMap<>();
        for (RostrumSeatEntity seat : seats) {
            rows.computeIfAbsent(seat.row, r -> new ArrayList<>()).add(seat);
        }
        rows.values().forEach(row -> row.sort((a, b) -> Integer.compare(a.position, b.position)));
        return rows;
    }
}
