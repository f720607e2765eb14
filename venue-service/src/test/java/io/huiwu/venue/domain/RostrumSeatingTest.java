package io.huiwu.venue.domain;

import io.huiwu.venue.domain.RostrumSeating.EvenCount;
import io.huiwu.venue.domain.RostrumSeating.Pin;
import io.huiwu.venue.domain.RostrumSeating.Policy;
import io.huiwu.venue.domain.RostrumSeating.Reason;
import io.huiwu.venue.domain.RostrumSeating.Refused;
import io.huiwu.venue.domain.RostrumSeating.Row;
import io.huiwu.venue.domain.RostrumSeating.Seat;
import io.huiwu.venue.domain.RostrumSeating.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rostrum rules of DOMAIN.md, with the examples of the research (domain-rules.md, section 1). */
class RostrumSeatingTest {

    private static final Policy MIRROR = new Policy(Side.RIGHT_IS_HIGHER, EvenCount.SHARE_THE_CENTRE);
    private static final Policy ONE_ON_AXIS = new Policy(Side.LEFT_IS_HIGHER, EvenCount.ONE_ON_THE_AXIS);

    /** People named by their rank: "1" ranks highest. */
    private static List<String> ranked(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(String::valueOf).toList();
    }

    /** A row as written from the audience's left: "7 5 3 1 2 4 6". */
    private static String written(Row<String> row) {
        return String.join(" ", row.seats().stream().map(Seat::person).toList());
    }

    private static String oneRow(int n, Policy policy) {
        return written(RostrumSeating.arrange(ranked(n), List.of(n), Map.of(), policy).get(0));
    }

    @Test
    void leftIsHigherGivesTheMainstreamTableForEveryCount() {
        assertEquals("1", oneRow(1, Policy.DEFAULT));
        assertEquals("1 2", oneRow(2, Policy.DEFAULT));
        assertEquals("3 1 2", oneRow(3, Policy.DEFAULT));
        assertEquals("3 1 2 4", oneRow(4, Policy.DEFAULT));
        assertEquals("5 3 1 2 4", oneRow(5, Policy.DEFAULT));
        assertEquals("5 3 1 2 4 6", oneRow(6, Policy.DEFAULT));
        assertEquals("7 5 3 1 2 4 6", oneRow(7, Policy.DEFAULT));
        assertEquals("7 5 3 1 2 4 6 8", oneRow(8, Policy.DEFAULT));
        assertEquals("9 7 5 3 1 2 4 6 8", oneRow(9, Policy.DEFAULT));
    }

    @Test
    void rightIsHigherIsTheMirrorImage() {
        assertEquals("2 1", oneRow(2, MIRROR));
        assertEquals("4 2 1 3", oneRow(4, MIRROR));
        assertEquals("4 2 1 3 5", oneRow(5, MIRROR));
        assertEquals("6 4 2 1 3 5", oneRow(6, MIRROR));
        assertEquals("8 6 4 2 1 3 5 7", oneRow(8, MIRROR));
    }

    @Test
    void fourPeopleABCDUnderTheDefaultAreCABD() {
        List<Row<String>> rows = RostrumSeating.arrange(List.of("A", "B", "C", "D"), List.of(4), Map.of(),
                Policy.DEFAULT);
        assertEquals("C A B D", written(rows.get(0)));
        assertEquals(List.of(3, 1, 2, 4), rows.get(0).seats().stream().map(Seat::rank).toList());
    }

    @Test
    void anEvenRowSharesTheCentreOrPutsOneOnTheAxis() {
        Row<String> shared = RostrumSeating.arrange(ranked(4), List.of(4), Map.of(), Policy.DEFAULT).get(0);
        assertEquals(List.of(-3, -1, 1, 3), shared.seats().stream().map(Seat::axisOffset).toList());
        Row<String> single = RostrumSeating.arrange(ranked(4), List.of(4), Map.of(), ONE_ON_AXIS).get(0);
        // the same order, 1 on the axis, the row one seat longer on 2's side
        assertEquals("3 1 2 4", written(single));
        assertEquals(List.of(-2, 0, 2, 4), single.seats().stream().map(Seat::axisOffset).toList());
        assertTrue(single.seats().get(1).rule().contains("双数单摆"));
        Row<String> odd = RostrumSeating.arrange(ranked(5), List.of(5), Map.of(), ONE_ON_AXIS).get(0);
        assertEquals(List.of(-4, -2, 0, 2, 4), odd.seats().stream().map(Seat::axisOffset).toList());
    }

    @Test
    void rowsFillFrontFirstAndEachIsCentredOnItsOwn() {
        List<Row<String>> rows = RostrumSeating.arrange(ranked(12), List.of(7, 7), Map.of(), Policy.DEFAULT);
        assertEquals("7 5 3 1 2 4 6", written(rows.get(0)));
        // the second row holds ranks 8 to 12, laid out as a row of five
        assertEquals("12 10 8 9 11", written(rows.get(1)));
        assertEquals(List.of(-4, -2, 0, 2, 4), rows.get(1).seats().stream().map(Seat::axisOffset).toList());
        assertEquals(2, rows.get(1).row());
    }

    @Test
    void pinnedPeopleStayAndTheOthersFillAroundThem() {
        // 1 asks to sit at the audience's far left of the front row; 5 is pinned to the back row
        List<Row<String>> rows = RostrumSeating.arrange(ranked(8), List.of(5, 5), Map.of("1", new Pin(1, 1),
                "5", new Pin(2, 2)), Policy.DEFAULT);
        // the seats left are filled by priority: 2 takes the centre, 3 the seat beside it on the higher side
        assertEquals("1 4 2 3 6", written(rows.get(0)));
        assertTrue(rows.get(0).seats().get(0).pinned());
        assertEquals("pinned by hand", rows.get(0).seats().get(0).rule());
        assertEquals("8 5 7", written(rows.get(1)));
        assertEquals(5, rows.get(1).seats().get(1).rank());
    }

    @Test
    void theSameInputGivesTheSameArrangement() {
        List<Row<String>> once = RostrumSeating.arrange(ranked(50), List.of(20, 20, 20), Map.of("9", new Pin(3, 1)),
                Policy.DEFAULT);
        assertEquals(once, RostrumSeating.arrange(ranked(50), List.of(20, 20, 20), Map.of("9", new Pin(3, 1)),
                Policy.DEFAULT));
    }

    @Test
    void impossibleArrangementsAreRefusedWithTheReasonAndWhoItConcerns() {
        assertRefused(Reason.TOO_MANY_PEOPLE, null,
                () -> RostrumSeating.arrange(ranked(6), List.of(3, 2), Map.of(), Policy.DEFAULT));
        assertRefused(Reason.LISTED_TWICE, "1",
                () -> RostrumSeating.arrange(List.of("1", "2", "1"), List.of(3), Map.of(), Policy.DEFAULT));
        assertRefused(Reason.PIN_OUTSIDE, "1",
                () -> RostrumSeating.arrange(ranked(3), List.of(3), Map.of("1", new Pin(1, 4)), Policy.DEFAULT));
        // the second row is there but nobody sits in it: a pin cannot leave a gap
        assertRefused(Reason.PIN_OUTSIDE, "3",
                () -> RostrumSeating.arrange(ranked(3), List.of(3, 3), Map.of("3", new Pin(2, 1)), Policy.DEFAULT));
        Refused taken = assertThrows(Refused.class, () -> RostrumSeating.arrange(ranked(3), List.of(3),
                new LinkedHashMap<>(Map.of("1", new Pin(1, 2), "2", new Pin(1, 2))), Policy.DEFAULT));
        assertEquals(Reason.PIN_TAKEN, taken.reason());
        assertRefused(Reason.PIN_NOT_LISTED, "9",
                () -> RostrumSeating.arrange(ranked(3), List.of(3), Map.of("9", new Pin(1, 1)), Policy.DEFAULT));
        assertRefused(Reason.EMPTY_ROW, 2,
                () -> RostrumSeating.arrange(ranked(3), List.of(3, 0), Map.of(), Policy.DEFAULT));
    }

    private static void assertRefused(Reason reason, Object subject, Executable arrangement) {
        Refused refused = assertThrows(Refused.class, arrangement);
        assertEquals(reason, refused.reason());
        assertEquals(subject, refused.subject());
    }
}
