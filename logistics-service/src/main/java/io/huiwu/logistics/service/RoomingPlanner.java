package io.huiwu.logistics.service;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverManager;
import io.huiwu.logistics.api.RoomingResult;
import io.huiwu.logistics.domain.rooming.DelegationHotels;
import io.huiwu.logistics.domain.rooming.GreedyRooming;
import io.huiwu.logistics.domain.rooming.Guest;
import io.huiwu.logistics.domain.rooming.LodgingPolicy;
import io.huiwu.logistics.domain.rooming.LodgingRule;
import io.huiwu.logistics.domain.rooming.Room;
import io.huiwu.logistics.domain.rooming.RoomingPlan;
import io.huiwu.logistics.domain.rooming.RuleBreach;
import io.huiwu.logistics.event.LodgingSnapshot;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Plans who sleeps where for a whole meeting: delegations into hotels first ({@link DelegationHotels}), then, one
 * hotel at a time, a first plan in one pass ({@link GreedyRooming}) that the solver improves under the termination
 * limits of the configuration.
 * The result names every rule the plan still breaks, for each person it concerns, from the solver's own score
 * analysis, so the explanation and the score can never disagree.
 */
@ApplicationScoped
public class RoomingPlanner {

    /** A room as the planner needs it, with the names the result shows. */
    public record RoomInfo(UUID id, UUID hotelId, String hotel, String floorKey, Room room) {
    }

    /** Someone placed by hand: never moved. */
    public record Pin(UUID attendeeId, UUID roomId, int bed) {
    }

    /** Everything one run needs, read in one transaction. */
    public record Input(List<LodgingSnapshot> people, List<RoomInfo> rooms, List<DelegationHotels.Hotel> hotels,
            Map<UUID, Pin> pins, LodgingPolicy policy) {
    }

    /** Told how far the run is, 0 to 100, and what it is doing. */
    public interface Progress {
        void report(int percent, String phase);
    }

    private final SolverManager<RoomingPlan, UUID> solvers;
    private final SolutionManager<RoomingPlan, HardSoftScore> solutions;

    public RoomingPlanner(SolverManager<RoomingPlan, UUID> solvers,
            SolutionManager<RoomingPlan, HardSoftScore> solutions) {
        this.solvers = solvers;
        this.solutions = solutions;
    }

    public RoomingResult plan(Input input, Progress progress) {
        Map<UUID, RoomInfo> rooms = new HashMap<>();
        input.rooms().forEach(room -> rooms.put(room.id(), room));
        Map<UUID, LodgingSnapshot> people = new LinkedHashMap<>();
        input.people().forEach(person -> people.put(person.attendeeId(), person));
        List<DelegationHotels.Person> stagePeople = input.people().stream().map(person -> {
            Pin pin = input.pins().get(person.attendeeId());
            UUID pinnedHotel = pin == null || !rooms.containsKey(pin.roomId()) ? null
                    : rooms.get(pin.roomId()).hotelId();
            return new DelegationHotels.Person(person.attendeeId(), person.delegation(), pinnedHotel);
        }).toList();
        DelegationHotels.Placement placement = DelegationHotels.place(stagePeople, input.hotels());

        List<Guest> planned = new ArrayList<>();
        List<RoomingResult.Violation> violations = new ArrayList<>();
        HardSoftScore total = HardSoftScore.ZERO;
        List<DelegationHotels.Hotel> hotels = input.hotels().stream()
                .sorted(Comparator.comparing(DelegationHotels.Hotel::name)).toList();
        int done = 0;
        for (DelegationHotels.Hotel hotel : hotels) {
            progress.report(5 + 90 * done / Math.max(1, hotels.size()), "pairing roommates in " + hotel.name());
            List<Room> hotelRooms = input.rooms().stream().filter(r -> r.hotelId().equals(hotel.id()))
                    .map(RoomInfo::room).toList();
            List<Guest> guests = input.people().stream()
                    .filter(p -> hotel.id().equals(placement.hotelOf().get(p.attendeeId())))
                    .map(p -> guest(p, input, rooms)).toList();
            done++;
            if (guests.isEmpty()) {
                continue;
            }
            GreedyRooming.place(guests, hotelRooms);
            RoomingPlan best = solve(new RoomingPlan(hotelRooms, guests));
            ScoreAnalysis<HardSoftScore> analysis = solutions.analyze(best);
            total = total.add(analysis.score());
            explain(analysis, people, violations);
            planned.addAll(best.getGuests());
        }
        for (LodgingSnapshot person : input.people()) {
            if (!placement.hotelOf().containsKey(person.attendeeId())) {
                violations.add(violation(person, LodgingRule.NO_BED, null, List.of()));
                total = total.add(HardSoftScore.ONE_HARD.negate());
            }
        }
        for (UUID split : placement.split()) {
            LodgingSnapshot person = people.get(split);
            violations.add(violation(person, LodgingRule.DELEGATION_SPLIT, person.delegation(), List.of()));
            total = total.add(HardSoftScore.ONE_HARD.negate());
        }
        progress.report(97, "numbering beds");
        List<RoomingResult.Placement> placements = beds(planned, input, rooms, people);
        violations.sort(Comparator.comparing((RoomingResult.Violation v) -> !v.hard())
                .thenComparing(RoomingResult.Violation::rule).thenComparing(RoomingResult.Violation::name)
                .thenComparing(RoomingResult.Violation::attendeeId));
        return new RoomingResult(input.people().size(), placements.size(), total.hardScore() >= 0,
                total.toString(), placements, violations);
    }

    private RoomingPlan solve(RoomingPlan plan) {
        try {
            return solvers.solve(UUID.randomUUID(), plan).getFinalBestSolution();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("room assignment was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the planner failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Guest guest(LodgingSnapshot person, Input input, Map<UUID, RoomInfo> rooms) {
        Pin pin = input.pins().get(person.attendeeId());
        Room pinned = pin == null || !rooms.containsKey(pin.roomId()) ? null : rooms.get(pin.roomId()).room();
        return new Guest(person.attendeeId(), person.name(), person.gender(),
                input.policy().lodgingClass(person.category()), person.delegation(), person.gradeLevel(),
                input.policy().suiteAllowed(person.gradeLevel()), pinned != null, pinned);
    }

    /** Every match of every constraint, turned into one violation per person it names. */
    private static void explain(ScoreAnalysis<HardSoftScore> analysis, Map<UUID, LodgingSnapshot> people,
            List<RoomingResult.Violation> violations) {
        for (ConstraintAnalysis<HardSoftScore> constraint : analysis.constraintAnalyses()) {
            LodgingRule rule = LodgingRule.valueOf(constraint.constraintName());
            if (constraint.matches() == null) {
                continue;
            }
            for (MatchAnalysis<HardSoftScore> match : constraint.matches()) {
                if (!(match.justification() instanceof RuleBreach breach)) {
                    continue;
                }
                for (UUID id : breach.people()) {
                    List<UUID> others = breach.people().stream().filter(other -> !other.equals(id)).toList();
                    violations.add(violation(people.get(id), rule, breach.where(), others));
                }
            }
        }
    }

    private static RoomingResult.Violation violation(LodgingSnapshot person, LodgingRule rule, String where,
            List<UUID> with) {
        return new RoomingResult.Violation(person.attendeeId(), person.name(), rule, rule.hard(), where, with,
                person.name() + " " + rule.explain(where), person.name() + rule.explainZh(where));
    }

    /**
     * Numbers the beds of each room: someone placed by hand keeps their bed, the others take the lowest free ones.
     * People beyond a room's beds get none (the plan already reports the room as over capacity).
     */
    private static List<RoomingResult.Placement> beds(List<Guest> planned, Input input, Map<UUID, RoomInfo> rooms,
            Map<UUID, LodgingSnapshot> people) {
        Map<UUID, List<Guest>> byRoom = new LinkedHashMap<>();
        planned.stream().filter(guest -> guest.getRoom() != null)
                .sorted(Comparator.comparing(Guest::isPinned).reversed().thenComparing(Guest::getName)
                        .thenComparing(Guest::getId))
                .forEach(guest -> byRoom.computeIfAbsent(guest.getRoom().getId(), id -> new ArrayList<>()).add(guest));
        List<RoomingResult.Placement> placements = new ArrayList<>();
        for (Map.Entry<UUID, List<Guest>> entry : byRoom.entrySet()) {
            RoomInfo room = rooms.get(entry.getKey());
            Set<Integer> taken = new HashSet<>();
            for (Guest guest : entry.getValue()) {
                Pin pin = guest.isPinned() ? input.pins().get(guest.getId()) : null;
                int bed = pin != null && pin.bed() <= room.room().getBeds() && taken.add(pin.bed()) ? pin.bed()
                        : lowestFree(taken, room.room().getBeds());
                if (bed == 0) {
                    continue;
                }
                taken.add(bed);
                placements.add(new RoomingResult.Placement(guest.getId(), people.get(guest.getId()).name(),
                        room.hotelId(), room.hotel(), room.id(), room.room().getNumber(), bed, guest.isPinned()));
            }
        }
        placements.sort(Comparator.comparing(RoomingResult.Placement::hotel)
                .thenComparing(RoomingResult.Placement::room).thenComparingInt(RoomingResult.Placement::bed));
        return placements;
    }

    private static int lowestFree(Set<Integer> taken, int beds) {
        for (int bed = 1; bed <= beds; bed++) {
            if (!taken.contains(bed)) {
                return bed;
            }
        }
        return 0;
    }
}
