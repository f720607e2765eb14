package io.huiwu.logistics.bench;

import io.huiwu.logistics.domain.transport.PickupPlanning;
import io.huiwu.logistics.domain.transport.VehicleKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A pickup plan ({@link PickupPlanning}) for generated arrivals: spread over two days between 07:00 and 23:00 at
 * four railway stations and two airports, one in fifty ranked, one in five with one or two companions, three hotels
 * and one in ten without a room yet; a fleet of 12 VIP cars, 40 cars, 25 minibuses of 15 and 12 buses of 45. Times
 * the whole plan (waves, vehicles, seats) and a plan again after one train is late, after a warm-up. Not a test;
 * run as docs/benchmarks.md says. Arguments: arrivals (default 2000), timed runs (default 20).
 */
public final class PickupPlanBenchmark {

    private static final List<String> PLACES = List.of("北京站", "北京西站", "北京南站", "北京北站", "首都机场",
            "大兴机场");

    private PickupPlanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Random random = new Random(29);
        OffsetDateTime first = OffsetDateTime.parse("2027-01-13T07:00:00+08:00");
        List<UUID> hotels = List.of(new UUID(2, 1), new UUID(2, 2), new UUID(2, 3));
        List<PickupPlanning.Arrival> arrivals = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int day = random.nextInt(2);
            int minute = random.nextInt(16 * 60);
            int hotel = random.nextInt(10) == 0 ? -1 : random.nextInt(3);
            boolean flight = random.nextInt(3) == 0;
            String place = PLACES.get(flight ? 4 + random.nextInt(2) : random.nextInt(4));
            arrivals.add(new PickupPlanning.Arrival(new UUID(0, n), "代表" + n, n % 50 == 0 ? n / 50 + 1 : null, n,
                    first.plusDays(day).plusMinutes(minute), place, flight ? "FLIGHT" : "TRAIN",
                    (flight ? "CA" : "G") + (100 + random.nextInt(900)), random.nextInt(5) == 0 ? 1 + random.nextInt(2)
                    : 0, hotel < 0 ? null : hotels.get(hotel), hotel < 0 ? null : "宾馆" + hotel, false));
        }
        List<PickupPlanning.Vehicle> vehicles = new ArrayList<>();
        fleet(vehicles, VehicleKind.VIP_CAR, 12, 3);
        fleet(vehicles, VehicleKind.CAR, 40, 4);
        fleet(vehicles, VehicleKind.MINIBUS, 25, 15);
        fleet(vehicles, VehicleKind.BUS, 12, 45);
        PickupPlanning.Policy policy = PickupPlanning.Policy.defaults();

        PickupPlanning.Plan plan = null;
        for (int warm = 0; warm < 10; warm++) {
            plan = PickupPlanning.plan(arrivals, vehicles, policy);
        }
        long[] millis = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            plan = PickupPlanning.plan(arrivals, vehicles, policy);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        List<PickupPlanning.Arrival> late = new ArrayList<>(arrivals);
        PickupPlanning.Arrival delayed = late.get(count / 2);
        late.set(count / 2, new PickupPlanning.Arrival(delayed.attendeeId(), delayed.name(), delayed.rank(),
                delayed.order(), delayed.at().plusHours(2), delayed.place(), delayed.mode(), delayed.number(),
                delayed.companions(), delayed.hotelId(), delayed.hotel(), false));
        long[] again = new long[runs];
        PickupPlanning.Plan replanned = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            replanned = PickupPlanning.replan(plan, late, vehicles, policy);
            again[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(again);
        long placed = plan.waves().stream().flatMap(w -> w.loads().stream()).mapToLong(l -> l.riders().size())
                .sum();
        long kept = replanned.waves().stream().filter(plan.waves()::contains).count();
        String report = String.format("pickup plan: %d arrivals, %d vehicles%n"
                + "%d waves, placed %d, unplaced %d%n"
                + "%d runs after 10 to warm up: median %d ms, fastest %d ms, slowest %d ms%n"
                + "one train late: %d of %d waves kept; median %d ms, fastest %d ms, slowest %d ms%n",
                count, vehicles.size(), plan.waves().size(), placed, plan.unplaced().size(), runs, millis[runs / 2],
                millis[0], millis[runs - 1], kept, replanned.waves().size(), again[runs / 2], again[0],
                again[runs - 1]);
        System.out.print(report);
        Path out = Path.of("target", "pickup-plan-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static void fleet(List<PickupPlanning.Vehicle> vehicles, VehicleKind kind, int count, int seats) {
        for (int v = 0; v < count; v++) {
            vehicles.add(new PickupPlanning.Vehicle(new UUID(1, vehicles.size()), kind.name() + "-" + v, kind,
                    seats));
        }
    }
}
