package io.huiwu.logistics.domain.sitevisit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Site-visit buses (现场参观乘车): who rides which bus, by discussion group. Practice, not a written rule (DOMAIN.md,
 * vehicles: "site-visit buses are numbered by group"), so the planner keeps it plain and explains every placement:
 * <ul>
 *     <li>groups in their order (registration's position, then name); each goes whole onto the first bus, in the
 *     fleet's order, with enough free seats ({@link Rule#GROUP});</li>
 *     <li>a group that fits on no bus whole is split over consecutive buses from the first with a free seat, in the
 *     group's own order, so its conveners (召集人, first in the group) ride with the first part ({@link
 *     Rule#GROUP_SPLIT});</li>
 *     <li>people in no group follow, in roster order ({@link Rule#NO_GROUP});</li>
 *     <li>each bus keeps one seat for its marshal (a staff member): one of the staff serving a group on the bus,
 *     the group with most riders first, else the next of the meeting's other staff ({@link MarshalRule});</li>
 *     <li>the buses used are numbered 1..n in the fleet's order; seats are numbered front first.</li>
 * </ul>
 * Whoever finds no seat is listed. The same input gives the same plan: every order is total.
 */
public final class BusPlanning {

    private BusPlanning() {
    }

    /** Why a rider is on their bus. */
    public enum Rule {
        GROUP, GROUP_SPLIT, NO_GROUP
    }

    /** How a bus got its marshal. */
    public enum MarshalRule {
        GROUP_STAFF, STAFF_POOL
    }

    /** A vehicle offered for the visit; {@code seats} for riders, the driver's not counted. */
    public record Bus(UUID vehicleId, String plate, String kind, int seats) {
    }

    /** A discussion group with its members in order (conveners first) and the staff serving it. */
    public record Group(UUID id, String name, int position, List<Member> members, List<Staff> staff) {
    }

    public record Member(UUID attendeeId, boolean convener) {
    }

    /** A staff member who can be a marshal. */
    public record Staff(UUID attendeeId, String name) {
    }

    /** Who takes part in the visit, in roster order. */
    public record Participant(UUID attendeeId, String name) {
    }

    public record Rider(UUID attendeeId, int seat, UUID groupId, String group, boolean convener, Rule rule,
            String key, String explanation, String explanationZh) {
    }

    public record Marshal(UUID attendeeId, String name, MarshalRule rule, String explanation,
            String explanationZh) {
    }

    /** A bus of the plan: its number, vehicle, marshal (null when no staff member was left) and riders. */
    public record Load(int number, Bus bus, Marshal marshal, List<Rider> riders) {
    }

    public record Unplaced(UUID attendeeId, UUID groupId, String group, String reason, String reasonZh) {
    }

    public record Plan(List<Load> loads, List<Unplaced> unplaced) {
    }

    /** The seats a bus keeps for its marshal. */
    public static final int MARSHAL_SEATS = 1;

    public static Plan plan(List<Bus> fleet, List<Group> groups, List<Participant> participants,
            List<Staff> staffPool) {
        Map<UUID, Participant> taking = new LinkedHashMap<>();
        participants.forEach(p -> taking.put(p.attendeeId(), p));
        List<Group> ordered = groups.stream().sorted(Comparator.comparingInt(Group::position)
                .thenComparing(Group::name).thenComparing(Group::id)).toList();

        int[] free = new int[fleet.size()];
        List<List<Rider>> seated = new ArrayList<>();
        for (int b = 0; b < fleet.size(); b++) {
            free[b] = Math.max(0, fleet.get(b).seats() - MARSHAL_SEATS);
            seated.add(new ArrayList<>());
        }
        List<Unplaced> unplaced = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        for (Group group : ordered) {
            List<Member> riding = new ArrayList<>();
            for (Member member : group.members()) {
                if (taking.containsKey(member.attendeeId()) && placed.add(member.attendeeId())) {
                    riding.add(member);
                }
            }
            if (riding.isEmpty()) {
                continue;
            }
            int whole = firstFitting(free, riding.size());
            if (whole >= 0) {
                for (Member member : riding) {
                    seated.get(whole).add(new Rider(member.attendeeId(), 0, group.id(), group.name(),
                            member.convener(), Rule.GROUP, group.name(), "group " + group.name() + " ("
                            + riding.size() + ") rides together on one bus",
                            "讨论组" + group.name() + "（" + riding.size() + "人）同乘一车"));
                    free[whole]--;
                }
                continue;
            }
            int b = firstFitting(free, 1);
            for (Member member : riding) {
                while (b >= 0 && b < free.length && free[b] == 0) {
                    b++;
                }
                if (b < 0 || b >= free.length) {
                    unplaced.add(new Unplaced(member.attendeeId(), group.id(), group.name(),
                            "no seat left on the buses offered", "所派车辆已无空座"));
                    continue;
                }
                seated.get(b).add(new Rider(member.attendeeId(), 0, group.id(), group.name(), member.convener(),
                        Rule.GROUP_SPLIT, group.name(), "group " + group.name() + " (" + riding.size()
                        + ") fits on no bus whole: split over consecutive buses, conveners in the first",
                        "讨论组" + group.name() + "（" + riding.size() + "人）一车坐不下，分乘相邻车辆，召集人在前车"));
                free[b]--;
            }
        }
        for (Participant person : participants) {
            if (!placed.add(person.attendeeId())) {
                continue;
            }
            int b = firstFitting(free, 1);
            if (b < 0) {
                unplaced.add(new Unplaced(person.attendeeId(), null, null, "no seat left on the buses offered",
                        "所派车辆已无空座"));
                continue;
            }
            seated.get(b).add(new Rider(person.attendeeId(), 0, null, null, false, Rule.NO_GROUP, "",
                    "in no discussion group: seated after the groups", "未编入讨论组：排在各组之后"));
            free[b]--;
        }
        return new Plan(loads(fleet, seated, ordered, staffPool, taking.keySet()), List.copyOf(unplaced));
    }

    private static int firstFitting(int[] free, int seats) {
        for (int b = 0; b < free.length; b++) {
            if (free[b] >= seats) {
                return b;
            }
        }
        return -1;
    }

    private static List<Load> loads(List<Bus> fleet, List<List<Rider>> seated, List<Group> groups,
            List<Staff> staffPool, Set<UUID> riding) {
        Map<UUID, Group> byId = new HashMap<>();
        groups.forEach(g -> byId.put(g.id(), g));
        Set<UUID> marshals = new HashSet<>(riding);
        List<Load> loads = new ArrayList<>();
        int number = 0;
        for (int b = 0; b < fleet.size(); b++) {
            List<Rider> inside = seated.get(b);
            if (inside.isEmpty()) {
                continue;
            }
            number++;
            List<Rider> numbered = new ArrayList<>();
            for (Rider r : inside) {
                numbered.add(new Rider(r.attendeeId(), numbered.size() + 1, r.groupId(), r.group(), r.convener(),
                        r.rule(), r.key(), r.explanation(), r.explanationZh()));
            }
            loads.add(new Load(number, fleet.get(b), marshal(number, numbered, byId, staffPool, marshals),
                    List.copyOf(numbered)));
        }
        return List.copyOf(loads);
    }

    /** The bus's marshal: staff of its groups, the group with most riders first; else the meeting's other staff. */
    private static Marshal marshal(int number, List<Rider> riders, Map<UUID, Group> groups, List<Staff> staffPool,
            Set<UUID> taken) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        riders.stream().map(Rider::groupId).filter(Objects::nonNull).forEach(g -> counts.merge(g, 1, Integer::sum));
        List<UUID> byRiders = new ArrayList<>(counts.keySet());
        byRiders.sort(Comparator.comparing((UUID g) -> -counts.get(g)));
        for (UUID groupId : byRiders) {
            Group group = groups.get(groupId);
            for (Staff staff : group.staff()) {
                if (taken.add(staff.attendeeId())) {
                    return new Marshal(staff.attendeeId(), staff.name(), MarshalRule.GROUP_STAFF,
                            "serves group " + group.name() + ", the largest on bus " + number,
                            "服务于讨论组" + group.name() + "（本车人数最多的组）");
                }
            }
        }
        for (Staff staff : staffPool) {
            if (taken.add(staff.attendeeId())) {
                return new Marshal(staff.attendeeId(), staff.name(), MarshalRule.STAFF_POOL,
                        "the next of the meeting's staff not yet on a bus", "会务工作人员中依次选派");
            }
        }
        return null;
    }
}
