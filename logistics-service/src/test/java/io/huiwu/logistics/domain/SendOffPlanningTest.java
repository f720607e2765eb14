package io.huiwu.logistics.domain;

import io.huiwu.logistics.domain.transport.PickupPlanning.Vehicle;
import io.huiwu.logistics.domain.transport.SendOffPlanning;
import io.huiwu.logistics.domain.transport.SendOffPlanning.Departure;
import io.huiwu.logistics.domain.transport.SendOffPlanning.Group;
import io.huiwu.logistics.domain.transport.SendOffPlanning.Plan;
import io.huiwu.logistics.domain.transport.SendOffPlanning.Policy;
import io.huiwu.logistics.domain.transport.SendOffPlanning.Rider;
import io.huiwu.logistics.domain.transport.VehicleKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The send-off planner without Quarkus: groups, leaving times, vehicles in use, VIP seats, determinism. */
class SendOffPlanningTest {

    private static final OffsetDateTime TWO = OffsetDateTime.parse("2027-01-18T14:00:00+08:00");
    private static final UUID JINGXI = UUID.nameUUIDFromBytes("京西宾馆".getBytes());
    private static final UUID YOUYI = UUID.nameUUIDFromBytes("友谊宾馆".getBytes());

    private int order;

    @Test
    void departuresAreGroupedByStationWindowAndHotelAndLeaveTheLeadBefore() {
        List<Departure> departures = List.of(
                departure(null, 0, "北京西站", 0, JINGXI),
                departure(null, 0, "北京西站", 40, JINGXI),
                departure(null, 0, "北京西站", 60, JINGXI), // the window's last minute
                departure(null, 0, "北京西站", 61, JINGXI), // opens the next group
                departure(null, 0, "北京西站", 10, YOUYI),
                departure(null, 0, "首都机场", 5, JINGXI));
        Plan plan = SendOffPlanning.plan(departures, buses(5), Policy.defaults());

        assertEquals(List.of("京西宾馆 → 北京西站 01-18 14:00", "京西宾馆 → 首都机场 01-18 14:05",
                "友谊宾馆 → 北京西站 01-18 14:10", "京西宾馆 → 北京西站 01-18 15:01"),
                plan.groups().stream().map(Group::key).toList());
        assertEquals(3, plan.groups().get(0).departures().size());
        assertEquals(TWO.minusMinutes(120), plan.groups().get(0).leaveAt());
        assertEquals(TWO.plusMinutes(60), plan.groups().get(0).last());
        assertTrue(plan.unplaced().isEmpty());
        // a longer lead makes the vehicles leave earlier, and the groups stay the same
        Plan early = SendOffPlanning.plan(departures, buses(5), new Policy(Duration.ofMinutes(60),
                Duration.ofMinutes(180), Duration.ofMinutes(60)));
        assertEquals(TWO.minusMinutes(180), early.groups().get(0).leaveAt());
        assertEquals(plan.groups().stream().map(Group::key).toList(),
                early.groups().stream().map(Group::key).toList());
    }

    @Test
    void aVehicleServesOneGroupUntilItIsBack() {
        // two groups at one station 90 minutes apart: the bus leaving at 12:00 is back at 15:00, after the second
        // group's vehicles left at 13:30, so the second group needs the other bus
        List<Departure> departures = List.of(departure(null, 0, "北京西站", 0, JINGXI),
                departure(null, 0, "北京西站", 90, JINGXI));
        Plan plan = SendOffPlanning.plan(departures, buses(2), Policy.defaults());
        assertEquals("京B1", plan.groups().get(0).loads().get(0).vehicle().plate());
        assertEquals("京B2", plan.groups().get(1).loads().get(0).vehicle().plate());
        // with one bus the second group has no vehicle, and says so
        Plan oneBus = SendOffPlanning.plan(departures, buses(1), Policy.defaults());
        assertEquals(1, oneBus.unplaced().size());
        assertEquals(departures.get(1).attendeeId(), oneBus.unplaced().get(0).attendeeId());
        assertTrue(oneBus.unplaced().get(0).reasonZh().contains("无空闲车辆"));
        // four hours apart, one bus serves both
        Plan apart = SendOffPlanning.plan(List.of(departures.get(0), departure(null, 0, "北京西站", 240, JINGXI)),
                buses(1), Policy.defaults());
        assertTrue(apart.unplaced().isEmpty());
    }

    @Test
    void rankedPeopleRideVipCarsByProtocolAndCompanionsStayTogether() {
        Departure leader = departure(1, 1, "北京西站", 0, JINGXI);
        Departure deputy = departure(2, 0, "北京西站", 5, JINGXI);
        Departure family = departure(null, 3, "北京西站", 10, JINGXI);
        Departure single = departure(null, 0, "北京西站", 15, JINGXI);
        List<Vehicle> fleet = List.of(new Vehicle(UUID.randomUUID(), "京A1", VehicleKind.VIP_CAR, 3),
                new Vehicle(UUID.randomUUID(), "京A2", VehicleKind.CAR, 4),
                new Vehicle(UUID.randomUUID(), "京A3", VehicleKind.MINIBUS, 9));
        Plan plan = SendOffPlanning.plan(List.of(single, family, deputy, leader), fleet, Policy.defaults());
        Group group = plan.groups().get(0);
        List<Rider> vip = group.loads().get(0).riders();
        assertEquals("京A1", group.loads().get(0).vehicle().plate());
        // the leader (and his companion) rear right, the deputy rear left
        assertEquals(leader.attendeeId(), vip.get(0).attendeeId());
        assertEquals("REAR_RIGHT", vip.get(0).position());
        assertEquals(SendOffPlanning.Rule.VIP_CAR, vip.get(0).rule());
        assertTrue(vip.get(0).explanationZh().contains("礼宾排序第 1 位"));
        assertEquals(deputy.attendeeId(), vip.get(1).attendeeId());
        assertEquals("REAR_LEFT", vip.get(1).position());
        // the party of four and the single rider fit the minibus together, the smallest vehicle taking all five
        Rider first = group.loads().get(1).riders().get(0);
        assertEquals("京A3", group.loads().get(1).vehicle().plate());
        assertEquals(SendOffPlanning.Rule.GROUP, first.rule());
        assertEquals(5, group.loads().get(1).occupied());
        assertEquals(2, group.loads().size());
    }

    @Test
    void carsAndFlaggedDeparturesAreNotPlannedAndThePlanIsTheSameInAnyOrder() {
        Departure byCar = new Departure(UUID.randomUUID(), null, order++, TWO, "北京西站", "CAR", null, 0, JINGXI,
                "京西宾馆", false);
        Departure flagged = new Departure(UUID.randomUUID(), null, order++, TWO, "北京西站", "TRAIN", "G1", 0,
                JINGXI, "京西宾馆", true);
        List<Departure> departures = new ArrayList<>(List.of(byCar, flagged));
        for (int i = 0; i < 12; i++) {
            departures.add(departure(i % 3 == 0 ? i + 1 : null, i % 2, i % 2 == 0 ? "北京西站" : "北京南站", i * 7,
                    i % 2 == 0 ? JINGXI : YOUYI));
        }
        Plan plan = SendOffPlanning.plan(departures, buses(6), Policy.defaults());
        assertEquals(2, plan.unplaced().size());
        assertTrue(plan.unplaced().stream().anyMatch(u -> u.reasonZh().contains("自驾")));
        assertTrue(plan.unplaced().stream().anyMatch(u -> u.reasonZh().contains("早于到达")));
        List<Departure> shuffled = new ArrayList<>(departures);
        Collections.reverse(shuffled);
        assertEquals(plan, SendOffPlanning.plan(shuffled, buses(6), Policy.defaults()));
    }

    private Departure departure(Integer rank, int companions, String place, int minutes, UUID hotel) {
        return new Departure(UUID.nameUUIDFromBytes(("person " + order).getBytes()), rank, order++,
                TWO.plusMinutes(minutes), place, "TRAIN", "G" + (80 + minutes), companions, hotel,
                hotel.equals(JINGXI) ? "京西宾馆" : "友谊宾馆", false);
    }

    private static List<Vehicle> buses(int count) {
        List<Vehicle> buses = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            buses.add(new Vehicle(UUID.nameUUIDFromBytes(("bus " + i).getBytes()), "京B" + i, VehicleKind.BUS, 45));
        }
        return buses;
    }
}
