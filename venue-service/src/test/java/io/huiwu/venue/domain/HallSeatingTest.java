package io.huiwu.venue.domain;

import io.huiwu.venue.domain.HallSeating.Absence;
import io.huiwu.venue.domain.HallSeating.BlockLayout;
import io.huiwu.venue.domain.HallSeating.Input;
import io.huiwu.venue.domain.HallSeating.Kind;
import io.huiwu.venue.domain.HallSeating.Person;
import io.huiwu.venue.domain.HallSeating.Placement;
import io.huiwu.venue.domain.HallSeating.Plan;
import io.huiwu.venue.domain.HallSeating.Policy;
import io.huiwu.venue.domain.HallSeating.Replan;
import io.huiwu.venue.domain.HallSeating.Seat;
import io.huiwu.venue.domain.HallSeating.AudienceSide;
import io.huiwu.venue.domain.HallSeating.WithinBlock;
import io.huiwu.venue.domain.HallSeating.ZonePlacement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HallSeatingTest {

    private static final Policy DEFAULT = Policy.DEFAULT;

    private static List<Seat> grid(int floors, int rows, int columns) {
        List<Seat> seats = new ArrayList<>();
        for (int f = 1; f <= floors; f++) {
            for (int r = 1; r <= rows; r++) {
                for (int c = 1; c <= columns; c++) {
                    seats.add(new Seat(SeatGrid.id(f, r, c), f, r, c));
                }
            }
        }
        return seats;
    }

    private static int counter;

    /** A person whose id, name and stroke key follow the order they are made in. */
    private static Person person(String category, String delegation, String role) {
        int n = ++counter;
        return new Person(new UUID(0, n), "人" + n, category, delegation, n, role, String.format("%04x", n), false);
    }

    private static Person attendee(String delegation) {
        return person("ATTENDEE", delegation, "MEMBER");
    }

    private static Plan plan(List<Seat> seats, List<Person> people, Policy policy) {
        return HallSeating.plan(new Input(seats, Set.of(), people, List.of(), Map.of(), Map.of(), List.of(),
                policy));
    }

    private static Plan plan(List<Seat> seats, List<Person> people, List<String> order, Policy policy) {
        return HallSeating.plan(new Input(seats, Set.of(), people, order, Map.of(), Map.of(), List.of(), policy));
    }

    private static Map<UUID, String> seatOf(Plan plan) {
        Map<UUID, String> seats = new HashMap<>();
        plan.placements().stream().filter(p -> p.attendeeId() != null).forEach(p -> seats.put(p.attendeeId(),
                p.seatId()));
        return seats;
    }

    private static Map<String, UUID> holders(Plan plan) {
        Map<String, UUID> holders = new HashMap<>();
        plan.placements().stream().filter(p -> p.attendeeId() != null).forEach(p -> holders.put(p.seatId(),
                p.attendeeId()));
        return holders;
    }

    private static Policy with(BlockLayout layout) {
        return new Policy(DEFAULT.zones(), DEFAULT.zonePlacement(), layout, AudienceSide.LEFT, WithinBlock.STROKES,
                Absence.LEAVE_EMPTY, Replan.KEEP_SEATED);
    }

    private static Policy with(Absence absence) {
        return new Policy(DEFAULT.zones(), DEFAULT.zonePlacement(), DEFAULT.layout(), AudienceSide.LEFT,
                WithinBlock.STROKES, absence, Replan.KEEP_SEATED);
    }

    @Test
    void attendeesSitInFrontAndNonVotingBehindThem() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(person("NON_VOTING", "甲", "MEMBER"));
            people.add(person("STAFF", null, "MEMBER"));
            people.add(attendee("甲"));
        }
        Plan plan = plan(grid(1, 4, 4), people, DEFAULT);
        Map<UUID, String> seat = seatOf(plan);
        for (Person p : people) {
            String row = seat.get(p.id()).split("-")[1];
            String expected = switch (p.category()) {
                case "ATTENDEE" -> "R1";
                case "NON_VOTING" -> "R2";
                default -> "R3";
            };
            assertEquals(expected, row, p.category() + " " + plan.placements());
        }
        Placement first = plan.placements().get(0);
        assertTrue(first.why().startsWith("zone 1 (ATTENDEE) · delegation 1 (甲, not in the agreed order)"),
                first.why());
    }

    @Test
    void aHigherFloorRanksLower() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(person("NON_VOTING", "甲", "MEMBER"));
            people.add(attendee("甲"));
        }
        Map<UUID, String> seat = seatOf(plan(grid(2, 1, 4), people, DEFAULT));
        people.forEach(p -> assertEquals(p.category().equals("ATTENDEE") ? "F1" : "F2",
                seat.get(p.id()).split("-")[0]));
    }

    @Test
    void atTheSidesTheFirstZoneTakesTheCentreColumns() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(attendee("甲"));
            people.add(person("NON_VOTING", "甲", "MEMBER"));
        }
        Policy sides = new Policy(DEFAULT.zones(), ZonePlacement.SIDES, BlockLayout.ACROSS, AudienceSide.LEFT,
                WithinBlock.STROKES, Absence.LEAVE_EMPTY, Replan.KEEP_SEATED);
        Map<UUID, String> seat = seatOf(plan(grid(1, 2, 4), people, sides));
        for (Person p : people) {
            int column = Integer.parseInt(seat.get(p.id()).split("-S")[1]);
            assertEquals(p.category().equals("ATTENDEE"), column == 2 || column == 3, p + " at " + column);
        }
    }

    @Test
    void acrossBlocksFollowOneAnotherAlongTheRows() {
        List<Person> a = List.of(attendee("甲"), attendee("甲"), attendee("甲"));
        List<Person> b = List.of(attendee("乙"), attendee("乙"), attendee("乙"));
        List<Person> people = new ArrayList<>(b);
        people.addAll(a);
        Map<UUID, String> seat = seatOf(plan(grid(1, 2, 4), people, List.of("乙", "甲"), with(BlockLayout.ACROSS)));
        assertEquals(List.of("F1-R1-S1", "F1-R1-S2", "F1-R1-S3"), b.stream().map(p -> seat.get(p.id())).toList());
        assertEquals(List.of("F1-R1-S4", "F1-R2-S1", "F1-R2-S2"), a.stream().map(p -> seat.get(p.id())).toList());
    }

    @Test
    void frontToBackBlocksTakeWholeColumnsWithTheirLeadersInFront() {
        List<Person> a = List.of(attendee("甲"), attendee("甲"), attendee("甲"), person("ATTENDEE", "甲", "LEADER"));
        List<Person> b = List.of(attendee("乙"), attendee("乙"), attendee("乙"));
        List<Person> people = new ArrayList<>(a);
        people.addAll(b);
        Plan plan = plan(grid(1, 3, 4), people, List.of("甲", "乙"), with(BlockLayout.FRONT_TO_BACK));
        Map<UUID, String> seat = seatOf(plan);
        // the zone is the two front rows; 甲 has columns 1 and 2, its leader in the block's first row, at its left
        assertEquals("F1-R1-S1", seat.get(a.get(3).id()));
        assertEquals(List.of("F1-R1-S2", "F1-R2-S1", "F1-R2-S2"),
                a.subList(0, 3).stream().map(p -> seat.get(p.id())).toList());
        // 乙 has columns 3 and 4, one seat of them spare
        assertEquals(List.of("F1-R1-S3", "F1-R1-S4", "F1-R2-S3"), b.stream().map(p -> seat.get(p.id())).toList());
        assertEquals(List.of("F1-R2-S4"), plan.placements().stream().filter(p -> p.kind() == Kind.SPARE)
                .map(Placement::seatId).toList());
        Placement leader = plan.placements().stream().filter(p -> a.get(3).id().equals(p.attendeeId()))
                .findFirst().orElseThrow();
        assertEquals("LEADER", leader.rule());
        assertTrue(leader.why().contains("1st in block: leader LEADER"), leader.why());
    }

    @Test
    void aZoneWhoseBlocksDoNotFitTakesTheFewestFurtherRowsWithWhichTheyDo() {
        // 21 attendees need 5 rows of 5; in columns of 5 or 6 the third block gets one column, too short for its
        // 7 people, so the zone takes 7 rows: one column per block, the last two columns unused
        List<String> order = List.of("甲", "乙", "丙");
        Map<String, List<Person>> blocks = new HashMap<>();
        List<Person> people = new ArrayList<>();
        for (String d : order) {
            for (int i = 0; i < 7; i++) {
                Person p = attendee(d);
                blocks.computeIfAbsent(d, x -> new ArrayList<>()).add(p);
                people.add(p);
            }
        }
        Person nonVoting = person("NON_VOTING", "甲", "MEMBER");
        people.add(nonVoting);
        Plan plan = plan(grid(1, 9, 5), people, order, with(BlockLayout.FRONT_TO_BACK));
        Map<UUID, String> seat = seatOf(plan);
        assertEquals(List.of(), plan.unseated());
        for (int b = 0; b < order.size(); b++) {
            List<String> column = new ArrayList<>();
            for (int row = 1; row <= 7; row++) {
                column.add(SeatGrid.id(1, row, b + 1));
            }
            assertEquals(column, blocks.get(order.get(b)).stream().map(p -> seat.get(p.id())).toList());
        }
        assertTrue(plan.placements().stream().noneMatch(p -> p.seatId().endsWith("-S4")
                || p.seatId().endsWith("-S5")), plan.placements().toString());
        assertEquals("F1-R8-S1", seat.get(nonVoting.id()));
    }

    @Test
    void aZoneThatFitsNowhereTakesEveryRowLeftAndNamesThoseItCannotSeat() {
        List<Person> a = List.of(attendee("甲"), attendee("甲"), attendee("甲"), attendee("甲"), attendee("甲"));
        List<Person> b = List.of(attendee("乙"), attendee("乙"), attendee("乙"), attendee("乙"), attendee("乙"));
        List<Person> people = new ArrayList<>(a);
        people.addAll(b);
        // two columns of three, all the hall has: 甲 takes both, its five people in the block's order, one seat
        // spare; no column is left for 乙, whose people are all named as unseated
        Plan plan = plan(grid(1, 3, 2), people, List.of("甲", "乙"), with(BlockLayout.FRONT_TO_BACK));
        Map<UUID, String> seat = seatOf(plan);
        assertEquals(List.of("F1-R1-S1", "F1-R1-S2", "F1-R2-S1", "F1-R2-S2", "F1-R3-S1"),
                a.stream().map(p -> seat.get(p.id())).toList());
        assertEquals(List.of("F1-R3-S2"), plan.placements().stream().filter(p -> p.kind() == Kind.SPARE)
                .map(Placement::seatId).toList());
        assertEquals(b.stream().map(Person::id).toList(), plan.unseated().stream()
                .map(HallSeating.Unseated::attendeeId).toList());
        assertTrue(plan.unseated().stream().allMatch(u -> u.reason().equals("no seat left in the hall for zone 1")),
                plan.unseated().toString());
    }

    @Test
    void atTheSidesAHallWithEverySeatBlockedNamesEveryoneAsUnseated() {
        List<Person> people = List.of(attendee("甲"), attendee("甲"), person("NON_VOTING", "甲", "MEMBER"));
        Policy sides = new Policy(DEFAULT.zones(), ZonePlacement.SIDES, BlockLayout.ACROSS, AudienceSide.LEFT,
                WithinBlock.STROKES, Absence.LEAVE_EMPTY, Replan.KEEP_SEATED);
        List<Seat> seats = grid(1, 2, 2);
        Set<String> blocked = new HashSet<>();
        seats.forEach(seat -> blocked.add(seat.id()));
        Plan plan = HallSeating.plan(new Input(seats, blocked, people, List.of(), Map.of(), Map.of(), List.of(),
                sides));
        assertTrue(seatOf(plan).isEmpty(), plan.placements().toString());
        assertEquals(people.stream().map(Person::id).toList(), plan.unseated().stream()
                .map(HallSeating.Unseated::attendeeId).toList());
    }

    @Test
    void centreOutPutsTheFirstInTheCentreAndAlternatesFromTheAudiencesLeft() {
        List<String> order = List.of("D1", "D2", "D3", "D4", "D5");
        List<Person> people = order.stream().map(HallSeatingTest::attendee).toList();
        Map<UUID, String> seat = seatOf(plan(grid(1, 1, 5), people, order, with(BlockLayout.CENTRE_OUT)));
        assertEquals(List.of("D4", "D2", "D1", "D3", "D5"), fromTheLeft(people, seat, 5));

        Policy right = new Policy(DEFAULT.zones(), DEFAULT.zonePlacement(), BlockLayout.CENTRE_OUT, AudienceSide.RIGHT,
                WithinBlock.STROKES, Absence.LEAVE_EMPTY, Replan.KEEP_SEATED);
        Map<UUID, String> mirrored = seatOf(plan(grid(1, 1, 5), people, order, right));
        assertEquals(List.of("D5", "D3", "D1", "D2", "D4"), fromTheLeft(people, mirrored, 5));
    }

    private static List<String> fromTheLeft(List<Person> people, Map<UUID, String> seat, int columns) {
        List<String> row = new ArrayList<>(Collections.nCopies(columns, (String) null));
        people.forEach(p -> row.set(Integer.parseInt(seat.get(p.id()).split("-S")[1]) - 1, p.delegation()));
        return row;
    }

    @Test
    void insideABlockLeadersComeFirstThenTheStrokeKeyOrTheRank() {
        Person member = attendee("甲");
        Person deputy = person("ATTENDEE", "甲", "DEPUTY_LEADER");
        Person leader = person("ATTENDEE", "甲", "LEADER");
        Person second = new Person(UUID.randomUUID(), "乙某", "ATTENDEE", "甲", 1, "MEMBER", "0000", false);
        List<Person> people = List.of(member, deputy, leader, second);
        Map<UUID, String> byStrokes = seatOf(plan(grid(1, 1, 4), people, DEFAULT));
        assertEquals(List.of("F1-R1-S1", "F1-R1-S2", "F1-R1-S3", "F1-R1-S4"),
                List.of(leader, deputy, second, member).stream().map(p -> byStrokes.get(p.id())).toList());

        Person low = new Person(UUID.randomUUID(), "丙某", "ATTENDEE", "甲", 99, "MEMBER", "0001", false);
        Person high = new Person(UUID.randomUUID(), "丁某", "ATTENDEE", "甲", 2, "MEMBER", "ffff", false);
        Policy byRank = new Policy(DEFAULT.zones(), DEFAULT.zonePlacement(), DEFAULT.layout(), AudienceSide.LEFT,
                WithinBlock.RANK, Absence.LEAVE_EMPTY, Replan.KEEP_SEATED);
        Plan plan = plan(grid(1, 1, 2), List.of(low, high), byRank);
        assertEquals(List.of(high.id(), low.id()), plan.placements().stream().map(Placement::attendeeId).toList());
        assertEquals("RANK", plan.placements().get(0).rule());
        assertEquals("2", plan.placements().get(0).key());
    }

    @Test
    void theSameInputGivesTheSamePlanWhateverTheOrderOfTheRoster() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            people.add(person(i % 4 == 0 ? "NON_VOTING" : "ATTENDEE", "团" + (i % 5), i % 7 == 0 ? "LEADER"
                    : "MEMBER"));
        }
        for (BlockLayout layout : BlockLayout.values()) {
            Plan first = plan(grid(2, 4, 10), people, List.of("团3", "团1"), with(layout));
            List<Person> shuffled = new ArrayList<>(people);
            Collections.shuffle(shuffled, new Random(7));
            Plan again = plan(grid(2, 4, 10), shuffled, List.of("团3", "团1"), with(layout));
            assertEquals(first, again, layout.name());
            assertEquals(60, seatOf(first).size());
        }
    }

    @Test
    void blockedSeatsAreSkippedAndPinnedPeopleNeverMove() {
        List<Person> people = List.of(attendee("甲"), attendee("甲"), attendee("甲"));
        UUID byHand = UUID.randomUUID();
        Plan plan = HallSeating.plan(new Input(grid(1, 1, 6), Set.of("F1-R1-S2"), people, List.of(),
                Map.of(people.get(0).id(), "F1-R1-S6"), Map.of("F1-R1-S1", byHand), List.of(), DEFAULT));
        Map<UUID, String> seat = seatOf(plan);
        assertEquals("F1-R1-S6", seat.get(people.get(0).id()));
        assertEquals("F1-R1-S1", seat.get(byHand), "seated by hand, so pinned");
        assertEquals("F1-R1-S3", seat.get(people.get(1).id()));
        assertEquals("F1-R1-S4", seat.get(people.get(2).id()));
        assertEquals("PINNED", plan.placements().get(0).rule());
        assertTrue(plan.moves().isEmpty());
        assertEquals(3, plan.added().size());
    }

    @Test
    void anAbsentPersonsSeatIsLeftEmptyOrClosedUp() {
        Person first = attendee("甲");
        Person away = new Person(UUID.randomUUID(), "请假者", "ATTENDEE", "甲", 5, "MEMBER", "0f00", true);
        Person last = new Person(UUID.randomUUID(), "后者", "ATTENDEE", "甲", 5, "MEMBER", "ff00", false);
        Plan empty = plan(grid(1, 1, 3), List.of(first, away, last), with(Absence.LEAVE_EMPTY));
        assertEquals("F1-R1-S3", seatOf(empty).get(last.id()));
        Placement kept = empty.placements().get(1);
        assertEquals(Kind.KEPT_EMPTY, kept.kind());
        assertTrue(kept.why().endsWith("kept empty: 请假者 is absent"), kept.why());

        Plan closed = plan(grid(1, 1, 3), List.of(first, away, last), with(Absence.CLOSE_UP));
        assertEquals("F1-R1-S2", seatOf(closed).get(last.id()));
        assertEquals(2, closed.placements().size());
    }

    /** Three delegations of four in a row of 12 seats, then of 16: ACROSS leaves no gap between blocks. */
    private static List<Person> delegations(int size) {
        List<Person> people = new ArrayList<>();
        for (String d : List.of("甲", "乙", "丙")) {
            for (int i = 0; i < size; i++) {
                people.add(attendee(d));
            }
        }
        return people;
    }

    @Test
    void oneWithdrawalLeavesOneSeatEmptyAndMovesNobody() {
        List<Person> people = delegations(4);
        List<Seat> seats = grid(1, 2, 8);
        Plan applied = plan(seats, people, List.of("甲", "乙", "丙"), DEFAULT);
        Person gone = people.get(5);
        List<Person> now = new ArrayList<>(people);
        now.set(5, new Person(gone.id(), gone.name(), gone.category(), gone.delegation(), gone.rank(), gone.role(),
                gone.strokeKey(), true));
        Plan late = HallSeating.plan(new Input(seats, Set.of(), now, List.of("甲", "乙", "丙"), Map.of(),
                holders(applied), applied.placements(), DEFAULT));
        assertEquals(List.of(), late.moves());
        assertEquals(List.of(), late.added());
        assertEquals(List.of(new HallSeating.Change(gone.id(), seatOf(applied).get(gone.id()), null)),
                late.leaving());
        assertEquals(Kind.KEPT_EMPTY, late.placements().stream().filter(p -> p.seatId().equals(
                seatOf(applied).get(gone.id()))).findFirst().orElseThrow().kind());

        // closing up moves only the two of the block behind the gap, one seat each
        Plan closed = HallSeating.plan(new Input(seats, Set.of(), now, List.of("甲", "乙", "丙"), Map.of(),
                holders(applied), applied.placements(), with(Absence.CLOSE_UP)));
        assertEquals(Set.of(people.get(6).id(), people.get(7).id()),
                closed.moves().stream().map(HallSeating.Change::attendeeId).collect(Collectors.toSet()));
        assertEquals("F1-R1-S6", seatOf(closed).get(people.get(6).id()));
    }

    @Test
    void oneAdditionMovesTheFewestPeople() {
        List<Person> people = delegations(4);
        List<Seat> seats = grid(1, 3, 6);
        Policy columns = with(BlockLayout.FRONT_TO_BACK);
        Plan applied = plan(seats, people, List.of("甲", "乙", "丙"), columns);
        // 甲's block (columns 1-2 of the two front rows) is full: it takes the free seat nearest the front, and the
        // three after the newcomer in protocol order move one seat each towards it; no other block moves
        Person newcomer = new Person(UUID.randomUUID(), "新人", "ATTENDEE", "甲", 9, "MEMBER",
                people.get(0).strokeKey() + "0", false);
        List<Person> now = new ArrayList<>(people);
        now.add(newcomer);
        Plan late = HallSeating.plan(new Input(seats, Set.of(), now, List.of("甲", "乙", "丙"), Map.of(),
                holders(applied), applied.placements(), columns));
        assertEquals(List.of(new HallSeating.Change(newcomer.id(), null, seatOf(applied).get(people.get(1).id()))),
                late.added());
        assertEquals(3, late.moves().size(), late.moves().toString());
        late.moves().forEach(m -> assertEquals("甲", now.stream().filter(p -> p.id().equals(m.attendeeId()))
                .findFirst().orElseThrow().delegation()));
        assertTrue(late.leaving().isEmpty());

        // planning from nothing instead would move more people (乙 and 丙 shift along the rows)
        Policy fresh = new Policy(DEFAULT.zones(), DEFAULT.zonePlacement(), BlockLayout.ACROSS, AudienceSide.LEFT,
                WithinBlock.STROKES, Absence.LEAVE_EMPTY, Replan.FRESH);
        Plan acrossApplied = plan(seats, people, List.of("甲", "乙", "丙"), with(BlockLayout.ACROSS));
        Plan replanned = HallSeating.plan(new Input(seats, Set.of(), now, List.of("甲", "乙", "丙"), Map.of(),
                holders(acrossApplied), acrossApplied.placements(), fresh));
        Plan kept = HallSeating.plan(new Input(seats, Set.of(), now, List.of("甲", "乙", "丙"), Map.of(),
                holders(acrossApplied), acrossApplied.placements(), with(BlockLayout.ACROSS)));
        assertTrue(kept.moves().size() < replanned.moves().size(), kept.moves() + " vs " + replanned.moves());
        assertEquals(3, kept.moves().size(), "甲's three after the newcomer move towards the free seat");
        assertNotEquals(seatOf(kept).get(newcomer.id()), null);
    }

    @Test
    void aPlanEditedByHandIsCheckedForSeatsAndPeopleGivenTwiceAndNonVotingAhead() {
        Person voting = attendee("甲");
        Person nonVoting = person("NON_VOTING", "甲", "MEMBER");
        List<HallSeating.Entry> entries = List.of(
                new HallSeating.Entry("F1-R2-S1", voting.id()),
                new HallSeating.Entry("F1-R1-S1", nonVoting.id()),
                new HallSeating.Entry("F1-R1-S1", voting.id()),
                new HallSeating.Entry("F9-R1-S1", UUID.randomUUID()));
        List<HallSeating.Issue> issues = HallSeating.validate(grid(1, 2, 2), Set.of(), List.of(voting, nonVoting),
                entries);
        assertEquals(List.of("seats[1].seatId NON_VOTING_AHEAD", "seats[2].attendeeId PERSON_SEATED_TWICE",
                "seats[2].seatId SEAT_GIVEN_TWICE", "seats[3].attendeeId NOT_IN_ROSTER", "seats[3].seatId NOT_ON_MAP"),
                issues.stream().map(i -> i.field() + " " + i.code()).toList());
    }
}
