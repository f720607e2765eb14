package io.huiwu.logistics.domain;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.huiwu.logistics.domain.rooming.GreedyRooming;
import io.huiwu.logistics.domain.rooming.Guest;
import io.huiwu.logistics.domain.rooming.LodgingPolicy;
import io.huiwu.logistics.domain.rooming.LodgingRule;
import io.huiwu.logistics.domain.rooming.Room;
import io.huiwu.logistics.domain.rooming.RoomingConstraints;
import io.huiwu.logistics.domain.rooming.RoomingPlan;
import io.huiwu.logistics.domain.rooming.RuleBreach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lodging rules as the solver applies them, on a problem small enough to solve in a moment. */
class RoomingSolverTest {

    private static final UUID HOTEL = UUID.randomUUID();
    private static final SolverConfig CONFIG = new SolverConfig()
            .withSolutionClass(RoomingPlan.class)
            .withEntityClasses(Guest.class)
            .withConstraintProviderClass(RoomingConstraints.class)
            .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
            .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(2))
                    .withUnimprovedSpentLimit(Duration.ofMillis(500)));

    private final LodgingPolicy policy = LodgingPolicy.DEFAULT;

    @Test
    void roommatesShareAGenderAndACategoryAndEveryoneHasABed() {
        List<Room> rooms = List.of(room("801", "TWIN", 2, 8), room("802", "TWIN", 2, 8), room("803", "TWIN", 2, 8),
                room("901", "SUITE", 1, 9), room("902", "TWIN", 2, 9));
        Room pinnedRoom = rooms.get(4);
        List<Guest> guests = new ArrayList<>(List.of(
                guest("甲", "MALE", "ATTENDEE", "长安", 5, false, null),
                guest("乙", "MALE", "ATTENDEE", "长安", 5, false, null),
                guest("丙", "FEMALE", "ATTENDEE", "长安", 6, false, null),
                guest("丁", "FEMALE", "ATTENDEE", "长安", 6, false, null),
                guest("戊", "MALE", "ACCOMPANYING", "长安", null, false, null),
                guest("己", "MALE", "ACCOMPANYING", "长安", null, false, null),
                guest("庚", "MALE", "ATTENDEE", "长安", 3, false, null),
                guest("辛", "FEMALE", "ATTENDEE", "雁塔", 7, true, pinnedRoom)));
        RoomingPlan best = SolverFactory.<RoomingPlan>create(CONFIG).buildSolver()
                .solve(new RoomingPlan(rooms, guests));

        assertEquals(0, best.getScore().hardScore(), best.getScore().toString());
        for (Guest guest : best.getGuests()) {
            assertNotNull(guest.getRoom(), guest + " has no room");
        }
        Map<Room, List<Guest>> byRoom = best.getGuests().stream().collect(Collectors.groupingBy(Guest::getRoom));
        byRoom.forEach((room, sharing) -> {
            assertTrue(sharing.size() <= room.getBeds(), room + " holds " + sharing);
            assertEquals(1, sharing.stream().map(Guest::getGender).distinct().count(), room + " mixes genders");
            assertEquals(1, sharing.stream().map(Guest::getLodgingClass).distinct().count(), room + " mixes "
                    + sharing);
        });
        Guest pinned = best.getGuests().stream().filter(Guest::isPinned).findFirst().orElseThrow();
        assertSame(pinnedRoom.getId(), pinned.getRoom().getId(), "someone placed by hand is never moved");
        // the suite goes to the only one of a grade for suites (level 3), who has it alone
        Guest senior = best.getGuests().stream().filter(g -> "庚".equals(g.getName())).findFirst().orElseThrow();
        assertEquals("901", senior.getRoom().getNumber());
    }

    @Test
    void aPlanLeavingSomeoneOutIsNotFeasibleAndEveryBreachNamesThePeople() {
        Room single = room("101", "SINGLE", 1, 1);
        Guest one = guest("甲", "MALE", "ATTENDEE", "长安", 5, false, single);
        Guest other = guest("乙", "FEMALE", "ATTENDEE", "长安", 5, false, single);
        Guest nobody = guest("丙", "MALE", "ATTENDEE", "长安", 5, false, null);
        RoomingPlan plan = new RoomingPlan(List.of(single), List.of(one, other, nobody));
        var analysis = SolutionManager.<RoomingPlan, HardSoftScore>create(SolverFactory.create(CONFIG))
                .analyze(plan);

        assertEquals(-3, analysis.score().hardScore(), analysis.summarize());
        assertFalse(analysis.score().isFeasible());
        assertEquals(1, analysis.getConstraintAnalysis(LodgingRule.NO_BED.name()).matchCount());
        assertEquals(1, analysis.getConstraintAnalysis(LodgingRule.OVER_CAPACITY.name()).matchCount());
        assertEquals(1, analysis.getConstraintAnalysis(LodgingRule.MIXED_GENDER.name()).matchCount());
        var breach = (RuleBreach) analysis
                .getConstraintAnalysis(LodgingRule.MIXED_GENDER.name()).matches().get(0).justification();
        assertEquals(List.of(one.getId(), other.getId()).stream().sorted().toList(),
                breach.people().stream().sorted().toList());
        assertEquals("101", breach.where());
    }

    @Test
    void theFirstPlanInOnePassBreaksNoHardRuleAndLeavesPinsAlone() {
        List<Room> rooms = List.of(room("801", "TWIN", 2, 8), room("802", "TWIN", 2, 8), room("888", "SUITE", 1, 8),
                room("901", "SINGLE", 1, 9));
        Guest pinned = guest("甲", "FEMALE", "ATTENDEE", "长安", 6, true, rooms.get(0));
        List<Guest> guests = List.of(pinned,
                guest("乙", "MALE", "ATTENDEE", "长安", 6, false, null),
                guest("丙", "FEMALE", "ATTENDEE", "雁塔", 6, false, null),
                guest("丁", "MALE", "ATTENDEE", "长安", 4, false, null),
                guest("戊", "MALE", "ACCOMPANYING", "长安", null, false, null));
        GreedyRooming.place(guests, rooms);
        var analysis = SolutionManager.<RoomingPlan, HardSoftScore>create(SolverFactory.create(CONFIG))
                .analyze(new RoomingPlan(rooms, guests));
        assertEquals(0, analysis.score().hardScore(), analysis.summarize());
        assertSame(rooms.get(0), pinned.getRoom());
        assertEquals("888", guests.get(3).getRoom().getNumber(), "the suite goes to the one of a grade for it");
        assertEquals("801", guests.get(2).getRoom().getNumber(), "a woman joins the woman placed by hand");
    }

    @Test
    void aSuiteBelowTheGradeIsAHardBreach() {
        Room suite = room("888", "SUITE", 1, 8);
        Guest junior = guest("甲", "MALE", "ATTENDEE", "长安", 7, false, suite);
        var analysis = SolutionManager.<RoomingPlan, HardSoftScore>create(SolverFactory.create(CONFIG))
                .analyze(new RoomingPlan(List.of(suite), List.of(junior)));
        assertEquals(1, analysis.getConstraintAnalysis(LodgingRule.SUITE_BELOW_GRADE.name()).matchCount());
        assertTrue(policy.suiteAllowed(4));
        assertFalse(policy.suiteAllowed(5));
        assertFalse(policy.suiteAllowed(null));
    }

    private static Room room(String number, String type, int beds, int floor) {
        return new Room(UUID.randomUUID(), HOTEL, "main/" + floor, number,
                RoomType.valueOf(type), beds);
    }

    private Guest guest(String name, String gender, String category, String delegation, Integer grade,
            boolean pinned, Room room) {
        return new Guest(UUID.randomUUID(), name, gender, policy.lodgingClass(category), delegation, grade,
                policy.suiteAllowed(grade), pinned, room);
    }
}
