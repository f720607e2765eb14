package io.huiwu.venue.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeatPlanTest {

    private static SeatGrid.Spec grid() {
        return new SeatGrid.Spec(List.of(
                new SeatGrid.Floor(1, List.of(new SeatGrid.Block("A", 1, 2, 3, null),
                        new SeatGrid.Block("B", 1, 3, 4, null))),
                new SeatGrid.Floor(2, List.of(new SeatGrid.Block("A", 2, 1, 5, 11)))), List.of(5, 7));
    }

    @Test
    void aGridWrittenOutIsTheSameMap() {
        SeatGrid.Layout generated = SeatGrid.generate(grid());
        SeatPlan.Plan plan = SeatPlan.of(grid(), generated);
        SeatGrid.Layout checked = SeatPlan.check(plan);
        assertTrue(checked.valid(), checked.issues().toString());
        assertEquals(generated.seats(), checked.seats());
        assertEquals(generated.aisles(), checked.aisles());
        assertEquals(List.of(5, 7), plan.rostrumRows());
        assertEquals(List.of(new SeatPlan.Extent("A", 1, 2, 1, 3), new SeatPlan.Extent("B", 1, 3, 4, 7)),
                SeatPlan.extents(plan).get(1));
        assertEquals(List.of(new SeatPlan.Extent("A", 2, 2, 11, 15)), SeatPlan.extents(plan).get(2));
    }

    @Test
    void rowsMayDifferAndSkipSeatsButNoPlaceOrIdIsGivenTwice() {
        SeatPlan.Plan plan = new SeatPlan.Plan(List.of(new SeatPlan.Floor(1, List.of(
                new SeatPlan.Block("A", "池座", List.of(
                        new SeatPlan.Row(1, List.of(new SeatPlan.Seat("a1", 1, "1排1号"), new SeatPlan.Seat("a3", 3,
                                "1排3号"))),
                        new SeatPlan.Row(2, List.of(new SeatPlan.Seat("b1", 1, "2排1号"), new SeatPlan.Seat("b2", 2,
                                "2排2号"), new SeatPlan.Seat("b3", 3, "2排3号"))))),
                new SeatPlan.Block("B", null, List.of(new SeatPlan.Row(1, List.of(
                        new SeatPlan.Seat("a1", 5, "1排5号"), new SeatPlan.Seat("c3", 3, "1排3号")))))))),
                null, List.of());
        SeatGrid.Layout layout = SeatPlan.check(plan);
        assertEquals(List.of("floors[0].blocks[1].rows[0].seats[0].id", "floors[0].blocks[1].rows[0].seats[1].number"),
                layout.issues().stream().map(SeatGrid.Issue::path).toList());
        assertTrue(layout.seats().isEmpty());
    }

    @Test
    void aMapOfMoreThanTheMostSeatsIsRefusedWhereItGrows() {
        List<SeatPlan.Row> rows = new ArrayList<>();
        for (int r = 1; r <= 101; r++) {
            List<SeatPlan.Seat> seats = new ArrayList<>();
            for (int n = 1; n <= 200; n++) {
                seats.add(new SeatPlan.Seat(SeatGrid.id(1, r, n), n, SeatGrid.label(1, r, n)));
            }
            rows.add(new SeatPlan.Row(r, seats));
        }
        SeatGrid.Layout layout = SeatPlan.check(new SeatPlan.Plan(List.of(new SeatPlan.Floor(1,
                List.of(new SeatPlan.Block("A", null, rows)))), null, List.of()));
        assertEquals(1, layout.issues().size());
        assertEquals("floors[0].blocks[0].rows[100].seats", layout.issues().get(0).path());
        assertTrue(layout.issues().get(0).english().contains("20000"), layout.issues().get(0).english());
    }
}
