package io.huiwu.logistics.domain;

import io.huiwu.logistics.domain.sitevisit.BusPlanning;
import io.huiwu.logistics.domain.sitevisit.BusPlanning.Bus;
import io.huiwu.logistics.domain.sitevisit.BusPlanning.Group;
import io.huiwu.logistics.domain.sitevisit.BusPlanning.Load;
import io.huiwu.logistics.domain.sitevisit.BusPlanning.Member;
import io.huiwu.logistics.domain.sitevisit.BusPlanning.Participant;
import io.huiwu.logistics.domain.sitevisit.BusPlanning.Plan;
import io.huiwu.logistics.domain.sitevisit.BusPlanning.Rider;
import io.huiwu.logistics.domain.sitevisit.BusPlanning.Rule;
import io.huiwu.logistics.domain.sitevisit.BusPlanning.Staff;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site-visit bus planner without Quarkus: groups kept together, split, conveners, marshals, determinism. */
class BusPlanningTest {

    private final List<Participant> participants = new ArrayList<>();

    @Test
    void aGroupThatFitsRidesTogetherAndTheNextTakesTheFirstBusWithRoom() {
        // 10 riders a bus (11 seats, one the marshal's)
        Group first = group("第一组", 1, 8, 1);
        Group second = group("第二组", 2, 6, 1);
        Group third = group("第三组", 3, 2, 0);
        Plan plan = BusPlanning.plan(List.of(bus("京B1", 11), bus("京B2", 11)), List.of(third, second, first),
                participants, List.of());

        assertEquals(List.of(), plan.unplaced());
        assertEquals(2, plan.loads().size());
        Load one = plan.loads().get(0);
        Load two = plan.loads().get(1);
        // 第一组 (8) on bus 1; 第二组 (6) does not fit in its 2 free seats and goes whole on bus 2; 第三组 (2) fills bus 1
        assertEquals(Map.of("第一组", 8L, "第三组", 2L), countByGroup(one));
        assertEquals(Map.of("第二组", 6L), countByGroup(two));
        assertTrue(one.riders().stream().allMatch(r -> r.rule() == Rule.GROUP), one.toString());
        // seats front first, the convener of the first group in seat 1
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), one.riders().stream().map(Rider::seat).toList());
        assertTrue(one.riders().get(0).convener());
        assertEquals("讨论组第一组（8人）同乘一车", one.riders().get(0).explanationZh());
        // marshals: the staff serving the largest group on each bus
        assertEquals("第一组工作人员", one.marshal().name());
        assertEquals(BusPlanning.MarshalRule.GROUP_STAFF, one.marshal().rule());
        assertEquals("第二组工作人员", two.marshal().name());
    }

    @Test
    void aGroupLargerThanABusIsSplitOverConsecutiveBusesConvenersFirst() {
        Group big = group("第一组", 1, 25, 2);
        Plan plan = BusPlanning.plan(List.of(bus("京B1", 11), bus("京B2", 11), bus("京B3", 11)), List.of(big),
                participants, List.of(new Staff(UUID.randomUUID(), "备用甲"), new Staff(UUID.randomUUID(), "备用乙")));

        assertEquals(List.of(10, 10, 5), plan.loads().stream().map(l -> l.riders().size()).toList());
        assertEquals(List.of(1, 2, 3), plan.loads().stream().map(Load::number).toList());
        List<Rider> firstBus = plan.loads().get(0).riders();
        assertTrue(firstBus.get(0).convener() && firstBus.get(1).convener(), firstBus.toString());
        assertTrue(plan.loads().stream().flatMap(l -> l.riders().stream()).allMatch(r -> r.rule() == Rule.GROUP_SPLIT));
        // the group's one staff member marshals bus 1, the pool the others, in order
        assertEquals(List.of("第一组工作人员", "备用甲", "备用乙"), plan.loads().stream().map(l -> l.marshal().name())
                .toList());
        assertEquals(BusPlanning.MarshalRule.STAFF_POOL, plan.loads().get(1).marshal().rule());
    }

    @Test
    void peopleInNoGroupFollowAndWhoeverFindsNoSeatIsListed() {
        Group first = group("第一组", 1, 9, 1);
        Participant loner = participant("无组甲");
        Participant another = participant("无组乙");
        Plan plan = BusPlanning.plan(List.of(bus("京B1", 11)), List.of(first), participants, List.of());

        assertEquals(10, plan.loads().get(0).riders().size());
        Rider last = plan.loads().get(0).riders().get(9);
        assertEquals(loner.attendeeId(), last.attendeeId());
        assertEquals(Rule.NO_GROUP, last.rule());
        assertEquals(1, plan.unplaced().size());
        assertEquals(another.attendeeId(), plan.unplaced().get(0).attendeeId());
        assertEquals("所派车辆已无空座", plan.unplaced().get(0).reasonZh());
        // no bus at all: everyone is listed, no bus planned
        Plan none = BusPlanning.plan(List.of(), List.of(first), participants, List.of());
        assertEquals(0, none.loads().size());
        assertEquals(11, none.unplaced().size());
    }

    @Test
    void membersWhoDoNotTakePartAreLeftOutAndABusWithoutStaffHasNoMarshal() {
        Group first = group("第一组", 1, 4, 1);
        // someone of the group who does not take part in the visit (not a participant)
        List<Member> members = new ArrayList<>(first.members());
        members.add(new Member(UUID.randomUUID(), false));
        Group withOutsider = new Group(first.id(), first.name(), first.position(), members, List.of());
        Plan plan = BusPlanning.plan(List.of(bus("京B1", 45)), List.of(withOutsider), participants, List.of());
        assertEquals(4, plan.loads().get(0).riders().size());
        assertNull(plan.loads().get(0).marshal());
    }

    @Test
    void theSameInputGivesTheSamePlanWhateverTheOrderOfGroups() {
        List<Group> groups = new ArrayList<>();
        for (int g = 1; g <= 6; g++) {
            groups.add(group("第" + g + "组", g, 7 + g * 3, 1));
        }
        List<Bus> fleet = List.of(bus("京B1", 45), bus("京B2", 45), bus("京B3", 33), bus("京B4", 19));
        Plan plan = BusPlanning.plan(fleet, groups, participants, List.of());
        List<Group> shuffled = new ArrayList<>(groups);
        Collections.reverse(shuffled);
        assertEquals(plan, BusPlanning.plan(fleet, shuffled, participants, List.of()));
        // everyone of a group that fits a bus whole rides with their group
        for (Load load : plan.loads()) {
            assertTrue(load.riders().size() <= load.bus().seats() - BusPlanning.MARSHAL_SEATS);
        }
    }

    private Group group(String name, int position, int size, int conveners) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Participant p = participant(name + "成员" + i);
            members.add(new Member(p.attendeeId(), i < conveners));
        }
        return new Group(UUID.nameUUIDFromBytes(name.getBytes()), name, position, members,
                List.of(new Staff(UUID.nameUUIDFromBytes((name + "staff").getBytes()), name + "工作人员")));
    }

    private Participant participant(String name) {
        Participant p = new Participant(UUID.nameUUIDFromBytes(name.getBytes()), name);
        participants.add(p);
        return p;
    }

    private static Bus bus(String plate, int seats) {
        return new Bus(UUID.nameUUIDFromBytes(plate.getBytes()), plate, "BUS", seats);
    }

    private static Map<String, Long> countByGroup(Load load) {
        return load.riders().stream().collect(Collectors.groupingBy(Rider::group, Collectors.counting()));
    }
}
