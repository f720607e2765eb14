package io.huiwu.logistics.domain;

import io.huiwu.logistics.domain.transport.PickupPlanning;
import io.huiwu.logistics.domain.transport.PickupPlanning.Arrival;
import io.huiwu.logistics.domain.transport.PickupPlanning.Plan;
import io.huiwu.logistics.domain.transport.PickupPlanning.Policy;
import io.huiwu.logistics.domain.transport.PickupPlanning.Rider;
import io.huiwu.logistics.domain.transport.PickupPlanning.Vehicle;
import io.huiwu.logistics.domain.transport.PickupPlanning.Wave;
import io.huiwu.logistics.domain.transport.VehicleKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pickup planner without Quarkus: waves, vehicles, companions, VIP seats, determinism, planning again. */
class PickupPlanningTest {

    private static final OffsetDateTime NINE = OffsetDateTime.parse("2027-01-14T09:00:00+08:00");
    private static final UUID JINGXI = UUID.nameUUIDFromBytes("京西宾馆".getBytes());
    private static final UUID YOUYI = UUID.nameUUIDFromBytes("友谊宾馆".getBytes());

    private int order;

    @Test
    void arrivalsAreGroupedByPlaceWindowAndHotel() {
        List<Arrival> arrivals = List.of(
                arrival("甲", null, 0, "北京西站", 0, JINGXI),
                arrival("乙", null, 0, "北京西站", 45, JINGXI),
                arrival("丙", null, 0, "北京西站", 60, JINGXI), // the window's last minute
                arrival("丁", null, 0, "北京西站", 61, JINGXI), // opens the next wave
                arrival("戊", null, 0, "北京西站", 10, YOUYI),
                arrival("己", null, 0, "首都机场", 5, JINGXI));
        Plan plan = PickupPlanning.plan(arrivals, List.of(bus("京B1", 45), bus("京B2", 45), bus("京B3", 45),
                bus("京B4", 45)), Policy.defaults());

        assertEquals(List.of("北京西站 01-14 09:00 → 京西宾馆", "首都机场 01-14 09:05 → 京西宾馆",
                "北京西站 01-14 09:10 → 友谊宾馆", "北京西站 01-14 10:01 → 京西宾馆"),
                plan.waves().stream().map(Wave::key).toList());
        assertEquals(List.of("甲", "乙", "丙"), names(plan.waves().get(0), arrivals));
        assertEquals(List.of("戊"), names(plan.waves().get(2), arrivals));
        assertEquals(List.of("丁"), names(plan.waves().get(3), arrivals));
        assertTrue(plan.unplaced().isEmpty());
        // a narrower window cuts the first wave at 30 minutes
        Plan narrow = PickupPlanning.plan(arrivals, List.of(bus("京B1", 45), bus("京B2", 45), bus("京B3", 45),
                bus("京B4", 45), bus("京B5", 45)), new Policy(Duration.ofMinutes(30), Duration.ZERO));
        assertEquals(List.of("甲"), names(narrow.waves().get(0), arrivals));
    }

    @Test
    void ridersAndCompanionsFillVehiclesWithinTheirSeats() {
        List<Arrival> arrivals = new ArrayList<>();
        arrivals.add(arrival("一", null, 2, "北京站", 0, JINGXI));
        for (int i = 0; i < 6; i++) {
            arrivals.add(arrival("员" + i, null, 0, "北京站", i, JINGXI));
        }
        // 9 seats wanted: the smallest vehicle that takes all is the 9-seat minibus, not the bus
        Plan plan = PickupPlanning.plan(arrivals, List.of(bus("京B1", 45), minibus("京M1", 9), car("京C1", 4)),
                Policy.defaults());
        assertEquals(1, plan.waves().get(0).loads().size());
        assertEquals("京M1", plan.waves().get(0).loads().get(0).vehicle().plate());
        assertEquals(9, plan.waves().get(0).loads().get(0).occupied());

        // with only two 4-seat cars, the party of three and one more fill one car, four the other, one waits
        Plan tight = PickupPlanning.plan(arrivals, List.of(car("京C1", 4), car("京C2", 4)), Policy.defaults());
        Wave wave = tight.waves().get(0);
        assertEquals(List.of(4, 4), wave.loads().stream().map(PickupPlanning.Load::occupied).toList());
        for (PickupPlanning.Load load : wave.loads()) {
            assertTrue(load.occupied() <= load.vehicle().seats());
        }
        assertEquals(1, tight.unplaced().size());
        assertTrue(tight.unplaced().get(0).reason().contains("no vehicle free"));
        // the party's rider sits first, the companions after: the next rider's seat is 4
        assertEquals(List.of(1, 4), wave.loads().get(0).riders().stream().map(Rider::seat).toList());
    }

    @Test
    void aVipCarSeatsItsRidersByProtocol() {
        List<Arrival> arrivals = List.of(
                arrival("次长", 2, 0, "北京南站", 5, JINGXI),
                arrival("首长", 1, 0, "北京南站", 10, JINGXI),
                arrival("三长", 3, 0, "北京南站", 0, JINGXI),
                arrival("随员", null, 0, "北京南站", 0, JINGXI));
        Plan plan = PickupPlanning.plan(arrivals, List.of(vip("京A·V1", 4), car("京C1", 4)), Policy.defaults());
        PickupPlanning.Load vipCar = plan.waves().get(0).loads().get(0);
        assertEquals("京A·V1", vipCar.vehicle().plate());
        assertEquals(List.of("首长", "次长", "三长"), vipCar.riders().stream().map(r -> name(r, arrivals)).toList());
        assertEquals(List.of("REAR_RIGHT", "REAR_LEFT", "REAR_MIDDLE"),
                vipCar.riders().stream().map(Rider::position).toList());
        assertEquals(PickupPlanning.Rule.VIP_CAR, vipCar.riders().get(0).rule());
        assertEquals("rank 1", vipCar.riders().get(0).key());
        assertTrue(vipCar.riders().get(0).explanationZh().contains("后排右座"));
        // the unranked rider is not put in the VIP car
        assertEquals("京C1", plan.waves().get(0).loads().get(1).vehicle().plate());
        assertEquals(PickupPlanning.Rule.WAVE, plan.waves().get(0).loads().get(1).riders().get(0).rule());
        assertEquals(List.of("REAR_RIGHT", "REAR_LEFT", "FRONT_PASSENGER"), PickupPlanning.vipSeats(3));
    }

    @Test
    void theSameInputGivesTheSamePlanWhateverItsOrder() {
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            arrivals.add(arrival("人" + i, i % 7 == 0 ? i + 1 : null, i % 3, i % 2 == 0 ? "北京站" : "首都机场",
                    (i * 17) % 180, i % 4 == 0 ? YOUYI : JINGXI));
        }
        List<Vehicle> vehicles = List.of(vip("V1", 3), car("C1", 4), car("C2", 4), minibus("M1", 12),
                bus("B1", 30));
        Plan plan = PickupPlanning.plan(arrivals, vehicles, Policy.defaults());
        List<Arrival> reversed = new ArrayList<>(arrivals);
        java.util.Collections.reverse(reversed);
        List<Vehicle> shuffled = List.of(vehicles.get(3), vehicles.get(0), vehicles.get(4), vehicles.get(2),
                vehicles.get(1));
        assertEquals(plan, PickupPlanning.plan(reversed, shuffled, Policy.defaults()));
        // every placement carries its rule, key and explanation in both languages
        for (Wave wave : plan.waves()) {
            for (PickupPlanning.Load load : wave.loads()) {
                for (Rider rider : load.riders()) {
                    assertTrue(!rider.key().isBlank() && !rider.explanation().isBlank()
                            && !rider.explanationZh().isBlank(), rider.toString());
                }
            }
        }
    }

    @Test
    void aDelayedTrainPlansOnlyItsOwnWaveAgain() {
        Arrival late = arrival("晚点", null, 0, "北京西站", 10, JINGXI);
        List<Arrival> arrivals = new ArrayList<>(List.of(
                arrival("甲", null, 0, "北京西站", 0, JINGXI), late,
                arrival("乙", null, 1, "首都机场", 20, JINGXI),
                arrival("丙", null, 0, "北京西站", 300, JINGXI)));
        List<Vehicle> vehicles = List.of(car("C1", 4), car("C2", 4), car("C3", 4));
        Plan before = PickupPlanning.plan(arrivals, vehicles, Policy.defaults());
        assertEquals(3, before.waves().size());

        // G87 is three hours late: its rider leaves the 09:00 wave and opens a wave of their own at 12:10
        arrivals.set(1, new Arrival(late.attendeeId(), late.name(), null, late.order(), late.at().plusHours(3),
                late.place(), late.mode(), late.number(), 0, JINGXI, "京西宾馆", false));
        Plan after = PickupPlanning.replan(before, arrivals, vehicles, Policy.defaults());

        Wave airport = wave(before, "首都机场 01-14 09:20 → 京西宾馆");
        Wave evening = wave(before, "北京西站 01-14 14:00 → 京西宾馆");
        assertEquals(airport, wave(after, airport.key()));
        assertEquals(evening, wave(after, evening.key()));
        Wave morning = wave(after, "北京西站 01-14 09:00 → 京西宾馆");
        assertEquals(List.of("甲"), names(morning, arrivals));
        assertEquals(List.of("晚点"), names(wave(after, "北京西站 01-14 12:10 → 京西宾馆"), arrivals));
        assertEquals(4, after.waves().size());
        // nothing changed: the plan is kept whole
        assertEquals(after, PickupPlanning.replan(after, arrivals, vehicles, Policy.defaults()));
    }

    @Test
    void byCarAndFlaggedArrivalsGetNoPickupAndAVehicleServesOneWaveAtATime() {
        Arrival driving = new Arrival(UUID.randomUUID(), "自驾", null, order++, NINE, "北京站", "CAR", null, 0, null,
                null, false);
        Arrival flagged = new Arrival(UUID.randomUUID(), "错报", null, order++, NINE, "北京站", "TRAIN", "G1", 0, null,
                null, true);
        Arrival early = arrival("早", null, 0, "北京站", 0, JINGXI);
        Arrival soon = arrival("稍后", null, 0, "北京站", 90, JINGXI); // the car is still out (turnaround 120)
        Arrival later = arrival("更晚", null, 0, "北京站", 250, JINGXI);
        Plan plan = PickupPlanning.plan(List.of(driving, flagged, early, soon, later), List.of(car("C1", 4)),
                Policy.defaults());
        assertEquals(3, plan.unplaced().size());
        assertTrue(plan.unplaced().stream().anyMatch(u -> u.attendeeId().equals(driving.attendeeId())
                && u.reason().contains("car")));
        assertTrue(plan.unplaced().stream().anyMatch(u -> u.attendeeId().equals(flagged.attendeeId())
                && u.reasonZh().contains("更正")));
        assertTrue(plan.unplaced().stream().anyMatch(u -> u.attendeeId().equals(soon.attendeeId())));
        assertEquals(1, wave(plan, "北京站 01-14 13:10 → 京西宾馆").loads().size());
    }

    private Arrival arrival(String name, Integer rank, int companions, String place, int minutes, UUID hotel) {
        return new Arrival(UUID.nameUUIDFromBytes(name.getBytes()), name, rank, order++, NINE.plusMinutes(minutes),
                place, "TRAIN", "G" + (80 + order), companions, hotel, hotel == JINGXI ? "京西宾馆" : "友谊宾馆", false);
    }

    private static Vehicle bus(String plate, int seats) {
        return new Vehicle(UUID.nameUUIDFromBytes(plate.getBytes()), plate, VehicleKind.BUS, seats);
    }

    private static Vehicle minibus(String plate, int seats) {
        return new Vehicle(UUID.nameUUIDFromBytes(plate.getBytes()), plate, VehicleKind.MINIBUS, seats);
    }

    private static Vehicle car(String plate, int seats) {
        return new Vehicle(UUID.nameUUIDFromBytes(plate.getBytes()), plate, VehicleKind.CAR, seats);
    }

    private static Vehicle vip(String plate, int seats) {
        return new Vehicle(UUID.nameUUIDFromBytes(plate.getBytes()), plate, VehicleKind.VIP_CAR, seats);
    }

    private static Wave wave(Plan plan, String key) {
        return plan.waves().stream().filter(w -> w.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no wave " + key + " in " + plan.waves().stream()
                        .map(Wave::key).toList()));
    }

    private static List<String> names(Wave wave, List<Arrival> arrivals) {
        return wave.loads().stream().flatMap(l -> l.riders().stream()).map(r -> name(r, arrivals)).toList();
    }

    private static String name(Rider rider, List<Arrival> arrivals) {
        return arrivals.stream().filter(a -> a.attendeeId().equals(rider.attendeeId())).findFirst().orElseThrow()
                .name();
    }
}
