package io.huiwu.venue.domain;

import io.huiwu.venue.domain.SeatGrid.Block;
import io.huiwu.venue.domain.SeatGrid.Floor;
import io.huiwu.venue.domain.SeatGrid.Layout;
import io.huiwu.venue.domain.SeatGrid.Seat;
import io.huiwu.venue.domain.SeatGrid.Spec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seat maps from a grid spec: stable ids, printed labels, aisles, and the seats a new version would lose. */
class SeatGridTest {

    private static final Spec HALL = new Spec(List.of(
            new Floor(1, List.of(new Block("A", 1, 3, 4, null), new Block("B", 1, 3, 6, null),
                    new Block("C", 1, 3, 4, null))),
            new Floor(2, List.of(new Block("A", 1, 2, 10, null)))), List.of(7, 9));

    @Test
    void seatsAreNumberedAcrossTheFloorsRowWithStableIdsAndPrintedLabels() {
        Layout layout = SeatGrid.generate(HALL);
        assertTrue(layout.valid());
        assertEquals(3 * 14 + 2 * 10, layout.seats().size());
        Seat first = layout.seats().get(0);
        assertEquals("F1-R1-S1", first.id());
        assertEquals("一层 1排 1号", first.label());
        // block B starts where A ends, C after B
        Seat b = layout.seats().stream().filter(s -> s.block().equals("B") && s.row() == 3).findFirst().orElseThrow();
        assertEquals("F1-R3-S5", b.id());
        assertEquals("一层 3排 5号", b.label());
        Seat lastOfC = layout.seats().stream().filter(s -> s.block().equals("C")).reduce((x, y) -> y).orElseThrow();
        assertEquals("一层 3排 14号", lastOfC.label());
        assertEquals("二层 2排 10号", layout.seats().get(layout.seats().size() - 1).label());
        assertEquals(List.of(new SeatGrid.Aisle(1, "A", "B"), new SeatGrid.Aisle(1, "B", "C")), layout.aisles());
        // the same spec gives the same seats
        assertEquals(layout, SeatGrid.generate(HALL));
    }

    @Test
    void floorsAreWrittenInChineseNumerals() {
        assertEquals("一层", SeatGrid.floorName(1));
        assertEquals("十层", SeatGrid.floorName(10));
        assertEquals("十二层", SeatGrid.floorName(12));
        assertEquals("二十层", SeatGrid.floorName(20));
        assertEquals("三十五层", SeatGrid.floorName(35));
    }

    @Test
    void aSpecThatGivesASeatTwiceIsRefusedNamingWhere() {
        Layout overlapping = SeatGrid.generate(new Spec(List.of(new Floor(1, List.of(new Block("A", 1, 2, 4, null),
                new Block("B", 2, 2, 4, 3)))), List.of()));
        assertFalse(overlapping.valid());
        assertEquals("floors[0].blocks[1]", overlapping.issues().get(0).path());
        assertTrue(overlapping.issues().get(0).english().contains("F1-R2-S3, F1-R2-S4"),
                overlapping.issues().toString());
        Layout twice = SeatGrid.generate(new Spec(List.of(new Floor(1, List.of(new Block("A", 1, 1, 1, null),
                new Block("A", 2, 1, 1, null))), new Floor(1, List.of())), List.of()));
        assertEquals(List.of("floors[0].blocks[1].code", "floors[1].floor"),
                twice.issues().stream().map(SeatGrid.Issue::path).toList());
        Layout huge = SeatGrid.generate(new Spec(List.of(new Floor(1, List.of(new Block("A", 1, 100, 150, null),
                new Block("B", 1, 100, 150, null)))), List.of()));
        assertEquals("floors[0].blocks[1]", huge.issues().get(0).path());
    }

    @Test
    void aHeldSeatThatANewVersionLacksIsNamed() {
        Set<String> smaller = SeatGrid.generate(new Spec(List.of(new Floor(1, List.of(new Block("A", 1, 2, 4, null)))),
                List.of())).seats().stream().map(Seat::id).collect(Collectors.toSet());
        assertEquals(List.of("F1-R3-S1", "F2-R1-S1"), SeatGrid.vanishing(Set.of("F2-R1-S1", "F1-R1-S1", "F1-R3-S1"),
                smaller));
        assertEquals(List.of(), SeatGrid.vanishing(Set.of("F1-R2-S4"), smaller));
    }
}
