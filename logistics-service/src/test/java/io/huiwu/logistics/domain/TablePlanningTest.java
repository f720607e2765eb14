package io.huiwu.logistics.domain;

import io.huiwu.logistics.domain.dining.Diet;
import io.huiwu.logistics.domain.dining.TablePlanning;
import io.huiwu.logistics.domain.dining.TablePlanning.Diner;
import io.huiwu.logistics.domain.dining.TablePlanning.Pin;
import io.huiwu.logistics.domain.dining.TablePlanning.Placement;
import io.huiwu.logistics.domain.dining.TablePlanning.Plan;
import io.huiwu.logistics.domain.dining.TablePlanning.Rule;
import io.huiwu.logistics.domain.dining.TablePlanning.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dining protocol of DOMAIN.md (Protocol rules: Dining), without Quarkus. */
class TablePlanningTest {

    @Test
    void theHostFacesTheDoorTheSecondHostSitsOppositeAndTheHostsRightRanksAboveHisLeft() {
        List<TablePlanning.Seat> ten = TablePlanning.seats(10);
        assertEquals(List.of("HOST", "SECOND_HOST", "HOST_RIGHT_1", "HOST_LEFT_1", "HOST_RIGHT_2", "HOST_LEFT_2",
                "HOST_RIGHT_3", "HOST_LEFT_3", "HOST_RIGHT_4", "HOST_LEFT_4"),
                ten.stream().map(TablePlanning.Seat::position).toList());
        assertEquals(List.of(0, 180, 36, 324, 72, 288, 108, 252, 144, 216),
                ten.stream().map(TablePlanning.Seat::angle).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), ten.stream().map(TablePlanning.Seat::number).toList());
        // an odd table: the second host takes the place across, on the host's right of the middle
        assertEquals(List.of("HOST", "SECOND_HOST", "HOST_RIGHT_1", "HOST_LEFT_1", "HOST_LEFT_2"),
                TablePlanning.seats(5).stream().map(TablePlanning.Seat::position).toList());
        assertEquals(List.of("HOST"), TablePlanning.seats(1).stream().map(TablePlanning.Seat::position).toList());
        assertThrows(IllegalArgumentException.class, () -> TablePlanning.seats(11));
        assertThrows(IllegalArgumentException.class, () -> TablePlanning.seats(0));
    }

    @Test
    void tablesRankByNearnessToTheMainTableThenRightAboveLeft() {
        Table main = table(1, 0, 20, true, null);
        Table right = table(2, 5, 20, false, null);
        Table left = table(3, -5, 20, false, null);
        Table nearDoor = table(4, 0, 12, false, null);
        Table farRight = table(5, 10, 20, false, null);
        List<Integer> order = TablePlanning.rank(List.of(farRight, left, nearDoor, right, main)).stream()
                .map(t -> t.table().number()).toList();
        assertEquals(List.of(1, 2, 3, 4, 5), order);
        // at equal distance from the main table, the right-hand one first
        List<Integer> tie = TablePlanning.rank(List.of(main, table(6, 0, 10, false, null), farRight)).stream()
                .map(t -> t.table().number()).toList();
        assertEquals(List.of(1, 5, 6), tie);
        // no table marked main: the one farthest from the door, and of two side by side the right-hand one
        List<Integer> unmarked = TablePlanning.rank(List.of(table(7, -3, 9, false, null),
                table(8, 3, 9, false, null), table(9, 0, 2, false, null))).stream()
                .map(t -> t.table().number()).toList();
        assertEquals(List.of(8, 7, 9), unmarked);
    }

    @Test
    void theMainTableSeatsTheHighestRanksInProtocolOrder() {
        Table main = table(1, 0, 20, true, null);
        Table other = table(2, 4, 20, false, null);
        List<Diner> people = new ArrayList<>();
        for (int rank = 12; rank >= 1; rank--) {
            people.add(diner("领导" + rank, rank, "机关代表团"));
        }
        Plan plan = TablePlanning.plan(List.of(main, other), people, List.of(), List.of());
        List<Placement> atMain = plan.placements().stream().filter(p -> p.tableId().equals(main.id())).toList();
        assertEquals(10, atMain.size());
        for (int seat = 1; seat <= 10; seat++) {
            Placement placed = atMain.get(seat - 1);
            assertEquals(seat, placed.seat());
            assertEquals(name(people, placed), "领导" + seat);
            assertEquals(Rule.MAIN_TABLE, placed.rule());
            assertEquals(String.valueOf(seat), placed.key());
            assertEquals("主桌，礼宾排序第 " + seat + " 位", placed.explanationZh());
        }
        List<Placement> atOther = plan.placements().stream().filter(p -> p.tableId().equals(other.id())).toList();
        assertEquals(List.of("领导11", "领导12"), atOther.stream().map(p -> name(people, p)).toList());
        assertEquals(Rule.DELEGATION, atOther.get(0).rule());
    }

    @Test
    void aDelegationSitsTogetherAtAsFewTablesAsPossibleInDelegationOrder() {
        Table main = table(1, 0, 30, true, null);
        List<Table> tables = new ArrayList<>(List.of(main));
        for (int i = 2; i <= 7; i++) {
            tables.add(table(i, (i % 2 == 0 ? 1 : -1) * (i / 2) * 3, 30, false, null));
        }
        List<Diner> people = new ArrayList<>();
        people.addAll(delegation("甲代表团", 4));
        people.addAll(delegation("乙代表团", 13));
        people.addAll(delegation("丙代表团", 6));
        Plan plan = TablePlanning.plan(tables, people, List.of(), List.of("乙代表团", "丙代表团", "甲代表团"));
        Map<String, Set<Integer>> tablesOf = people.stream().collect(Collectors.groupingBy(Diner::delegation,
                Collectors.flatMapping(d -> plan.placements().stream().filter(p -> p.attendeeId().equals(d.id()))
                        .map(Placement::tableNumber), Collectors.toSet())));
        // nobody has a rank, so the main table stays empty; 乙 first: a whole table of 10 and its 3 others at the
        // next; 丙 fits whole beside those 3; 甲 does not fit there any more and takes the next table
        List<Integer> ranked = TablePlanning.rank(tables).stream().map(t -> t.table().number()).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), ranked);
        assertEquals(Set.of(2, 3), tablesOf.get("乙代表团"));
        assertEquals(Set.of(3), tablesOf.get("丙代表团"));
        assertEquals(Set.of(4), tablesOf.get("甲代表团"));
        assertTrue(plan.unplaced().isEmpty());
        Placement any = plan.placements().stream().filter(p -> name(people, p).startsWith("丙")).findFirst()
                .orElseThrow();
        assertEquals(Rule.DELEGATION, any.rule());
        assertEquals("丙代表团", any.key());
        assertEquals("with delegation 丙代表团", any.explanation());
    }

    @Test
    void halalDinersSitAtTheHalalTableOthersAreServedWhereTheySit() {
        Table main = table(1, 0, 20, true, null);
        Table ordinary = table(2, 4, 20, false, null);
        Table halal = table(3, -4, 20, false, Diet.HALAL);
        Diner muslim = new Diner(UUID.randomUUID(), "马清真", null, "甲代表团", Set.of(Diet.HALAL, Diet.NO_SEAFOOD));
        Diner vegetarian = new Diner(UUID.randomUUID(), "素食者", null, "甲代表团", Set.of(Diet.VEGETARIAN));
        Diner plain = new Diner(UUID.randomUUID(), "普通", null, "甲代表团", Set.of());
        List<Diner> people = List.of(muslim, vegetarian, plain);
        Plan plan = TablePlanning.plan(List.of(main, ordinary, halal), people, List.of(), List.of());
        Map<UUID, Placement> at = plan.placements().stream()
                .collect(Collectors.toMap(Placement::attendeeId, Function.identity()));
        assertEquals(halal.id(), at.get(muslim.id()).tableId());
        assertEquals(Rule.DIET_TABLE, at.get(muslim.id()).rule());
        assertEquals("清真", at.get(muslim.id()).key());
        // no vegetarian table in the hall: with the delegation
        assertEquals(ordinary.id(), at.get(vegetarian.id()).tableId());
        assertEquals(ordinary.id(), at.get(plain.id()).tableId());
        // nobody else at the halal table even though it has room
        assertEquals(1, plan.placements().stream().filter(p -> p.tableId().equals(halal.id())).count());
    }

    @Test
    void pinsStayAndTheirSeatsAreSkipped() {
        Table main = table(1, 0, 20, true, null);
        Table other = table(2, 4, 20, false, null);
        List<Diner> people = new ArrayList<>();
        for (int rank = 1; rank <= 4; rank++) {
            people.add(diner("领导" + rank, rank, "甲代表团"));
        }
        Diner guest = diner("客人", null, "乙代表团");
        people.add(guest);
        // the guest is fixed in the main table's seat 1, the top leader by hand at the other table's seat 2
        List<Pin> pins = List.of(new Pin(guest.id(), main.id(), 1), new Pin(people.get(0).id(), other.id(), 2));
        Plan plan = TablePlanning.plan(List.of(main, other), people, pins, List.of());
        Map<UUID, Placement> at = plan.placements().stream()
                .collect(Collectors.toMap(Placement::attendeeId, Function.identity()));
        assertEquals(new Pin(guest.id(), main.id(), 1), pin(at.get(guest.id())));
        assertEquals(Rule.PINNED, at.get(guest.id()).rule());
        assertEquals(new Pin(people.get(0).id(), other.id(), 2), pin(at.get(people.get(0).id())));
        assertEquals(2, at.get(people.get(1).id()).seat());
        assertEquals(3, at.get(people.get(2).id()).seat());
        assertEquals(main.id(), at.get(people.get(3).id()).tableId());
        // a pin on a seat the table does not have is dropped, and the person is planned like anyone else
        Plan dropped = TablePlanning.plan(List.of(main, other), people, List.of(new Pin(guest.id(), other.id(), 11)),
                List.of());
        assertEquals(Rule.DELEGATION, dropped.placements().stream().filter(p -> p.attendeeId().equals(guest.id()))
                .findFirst().orElseThrow().rule());
    }

    @Test
    void noTableHoldsMoreThanItsSeatsAndWhoeverDoesNotFitIsNamed() {
        Table main = new Table(UUID.randomUUID(), 1, 6, 0, 10, true, null);
        Table other = new Table(UUID.randomUUID(), 2, 8, 3, 10, false, null);
        List<Diner> people = delegation("大代表团", 15);
        Plan plan = TablePlanning.plan(List.of(main, other), people, List.of(), List.of());
        // nobody has a protocol rank: the main table's seats are left for the hosts to be placed by hand
        assertEquals(8, plan.placements().size());
        assertTrue(plan.placements().stream().allMatch(p -> p.tableId().equals(other.id())));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), plan.placements().stream().map(Placement::seat).toList());
        assertEquals(7, plan.unplaced().size());
        assertEquals("没有可安排的空座位", plan.unplaced().get(0).reasonZh());
    }

    @Test
    void theSamePeopleGiveTheSamePlanWhateverTheOrderOfTheTables() {
        List<Table> tables = new ArrayList<>();
        tables.add(table(1, 0, 50, true, null));
        for (int i = 2; i <= 30; i++) {
            tables.add(table(i, (i % 5) * 4 - 8, 50 - (i / 5) * 6, false, i == 30 ? Diet.HALAL : null));
        }
        List<Diner> people = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            people.addAll(delegation("第" + d + "代表团", 3 + d * 2));
        }
        Plan first = TablePlanning.plan(tables, people, List.of(), List.of());
        List<Table> shuffled = new ArrayList<>(tables);
        Collections.shuffle(shuffled, new java.util.Random(7));
        Plan second = TablePlanning.plan(shuffled, people, List.of(), List.of());
        assertEquals(first, second);
        assertEquals(people.size(), first.placements().size());
    }

    private static Pin pin(Placement placement) {
        return new Pin(placement.attendeeId(), placement.tableId(), placement.seat());
    }

    private static String name(List<Diner> people, Placement placement) {
        return people.stream().filter(d -> d.id().equals(placement.attendeeId())).findFirst().orElseThrow().name();
    }

    private static List<Diner> delegation(String name, int size) {
        List<Diner> members = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            members.add(diner(name.substring(0, 1) + i, null, name));
        }
        return members;
    }

    private static Diner diner(String name, Integer rank, String delegation) {
        return new Diner(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)), name, rank,
                delegation, Set.of());
    }

    private static Table table(int number, int x, int y, boolean main, Diet diet) {
        return new Table(UUID.nameUUIDFromBytes(("table" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                number, 10, x, y, main, diet);
    }
}
