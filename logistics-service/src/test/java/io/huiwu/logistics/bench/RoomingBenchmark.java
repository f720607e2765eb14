package io.huiwu.logistics.bench;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.huiwu.logistics.domain.RoomType;
import io.huiwu.logistics.domain.rooming.DelegationHotels;
import io.huiwu.logistics.domain.rooming.GreedyRooming;
import io.huiwu.logistics.domain.rooming.Guest;
import io.huiwu.logistics.domain.rooming.LodgingPolicy;
import io.huiwu.logistics.domain.rooming.Room;
import io.huiwu.logistics.domain.rooming.RoomingConstraints;
import io.huiwu.logistics.domain.rooming.RoomingPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Room assignment for a generated meeting (people in delegations of 10 to 90, a third women, one in twenty
 * accompanying, grades 4 to 10; four hotels with a fifth more beds than people, every fifth room a single): how long
 * until no hard rule is broken, and the soft score after a fixed time per hotel. Not a test; run as
 * docs/benchmarks.md says. Arguments: people (default 1000), seconds per hotel for the second run (default 10), and
 * {@code solver-only} to leave out the first plan in one pass ({@link GreedyRooming}).
 */
public final class RoomingBenchmark {

    private RoomingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        // "solver-only" leaves out the first plan in one pass, to compare
        boolean greedy = args.length <= 2 || !"solver-only".equals(args[2]);
        Random random = new Random(17);
        LodgingPolicy policy = LodgingPolicy.DEFAULT;
        List<Guest> people = new ArrayList<>();
        int delegation = 0;
        while (people.size() < count) {
            int size = Math.min(count - people.size(), 10 + random.nextInt(81));
            for (int i = 0; i < size; i++) {
                int grade = 4 + random.nextInt(7);
                String category = random.nextInt(20) == 0 ? "ACCOMPANYING" : "ATTENDEE";
                people.add(new Guest(UUID.randomUUID(), "p" + people.size(), random.nextInt(3) == 0 ? "FEMALE"
                        : "MALE", policy.lodgingClass(category), "d" + delegation, grade, policy.suiteAllowed(grade),
                        false, null));
            }
            delegation++;
        }
        List<Room> rooms = new ArrayList<>();
        List<DelegationHotels.Hotel> hotels = new ArrayList<>();
        int bedsPerHotel = (int) Math.ceil(count * 1.2 / 4);
        for (int h = 0; h < 4; h++) {
            UUID hotel = UUID.randomUUID();
            int beds = 0;
            for (int n = 0; beds < bedsPerHotel; n++) {
                RoomType type = n % 5 == 4 ? RoomType.SINGLE : RoomType.TWIN;
                int roomBeds = type == RoomType.SINGLE ? 1 : 2;
                rooms.add(new Room(UUID.randomUUID(), hotel, h + "/" + n / 20, String.valueOf(n), type, roomBeds));
                beds += roomBeds;
            }
            hotels.add(new DelegationHotels.Hotel(hotel, "h" + h, beds));
        }
        long start = System.nanoTime();
        DelegationHotels.Placement placement = DelegationHotels.place(people.stream()
                .map(p -> new DelegationHotels.Person(p.getId(), p.getDelegation(), null)).toList(), hotels);
        double stageOne = (System.nanoTime() - start) / 1e6;

        StringBuilder report = new StringBuilder();
        report.append(greedy ? "" : "without the first plan in one pass: ");
        report.append(String.format("%d people, %d delegations, %d rooms in 4 hotels; delegations into hotels in"
                + " %.1f ms%n", count, delegation, rooms.size(), stageOne));
        double feasibleSeconds = 0;
        HardSoftScore feasible = HardSoftScore.ZERO;
        HardSoftScore timed = HardSoftScore.ZERO;
        for (DelegationHotels.Hotel hotel : hotels) {
            HardSoftScore[] holder = new HardSoftScore[1];
            feasibleSeconds += solve(hotel, rooms, people, placement, new TerminationConfig()
                    .withBestScoreFeasible(true).withSpentLimit(Duration.ofSeconds(120)), s -> holder[0] = s,
                    greedy);
            feasible = feasible.add(holder[0]);
            solve(hotel, rooms, people, placement, new TerminationConfig()
                    .withSpentLimit(Duration.ofSeconds(seconds)), s -> holder[0] = s, greedy);
            timed = timed.add(holder[0]);
        }
        report.append(String.format("no hard rule broken after %.1f s in all (%s)%n", feasibleSeconds, feasible));
        report.append(String.format("after %d s per hotel: %s%n", seconds, timed));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "rooming-benchmark.txt"), report);
    }

    private static double solve(DelegationHotels.Hotel hotel, List<Room> rooms, List<Guest> people,
            DelegationHotels.Placement placement, TerminationConfig termination,
            Consumer<HardSoftScore> score, boolean greedy) {
        List<Room> hotelRooms = rooms.stream().filter(r -> r.getHotelId().equals(hotel.id())).toList();
        List<Guest> guests = people.stream().filter(p -> hotel.id().equals(placement.hotelOf().get(p.getId())))
                .map(p -> new Guest(p.getId(), p.getName(), p.getGender(), p.getLodgingClass(), p.getDelegation(),
                        p.getGradeLevel(), p.isSuiteAllowed(), false, null)).toList();
        if (greedy) {
            GreedyRooming.place(guests, hotelRooms);
        }
        SolverConfig config = new SolverConfig().withSolutionClass(RoomingPlan.class).withEntityClasses(Guest.class)
                .withConstraintProviderClass(RoomingConstraints.class).withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withTerminationConfig(termination);
        long start = System.nanoTime();
        RoomingPlan best = SolverFactory.<RoomingPlan>create(config).buildSolver()
                .solve(new RoomingPlan(hotelRooms, guests));
        score.accept(best.getScore());
        return (System.nanoTime() - start) / 1e9;
    }
}
