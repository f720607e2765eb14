package io.huiwu.logistics.domain.transport;

import org.jetbrains.annotations.Nullable;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Send-offs (送站) for return trips: pickups ({@link PickupPlanning}) the other way round.
 *
 * <p><b>Groups.</b> Departures from one station or airport are taken by time: the first opens a group, and everyone
 * leaving from there within the window after it (60 minutes unless set) joins it; the next departure after the
 * window opens the next group. A group is then split by the hotel each person is fetched from (their room's), so
 * that each vehicle starts from one hotel. The group's vehicles leave the hotel the lead time (120 minutes unless
 * set) before its first departure, so that the first to leave still has time to pass the checks.
 *
 * <p><b>Vehicles.</b> Groups are filled in order of time. A vehicle serves one group at a time: it is taken from the
 * group's leaving time until its first departure plus the way back (60 minutes unless set). Ranked people ride a VIP
 * car when one is free, higher ranks first, seated by protocol (rear right, rear left, rear middle from four seats,
 * front passenger); everyone else fills cars, minibuses and buses, higher ranks first and then in roster order, a
 * person with their companions in one vehicle: into a vehicle of the group that still has room, else the smallest
 * free vehicle that takes everyone left in the group, else the largest free one.
 *
 * <p>People leaving by car get no send-off, nor do people whose departure is flagged as before their arrival.
 * Every placement says which rule put the person there and on what key; the same input always gives the same plan.
 */
public final class SendOffPlanning {

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(60);
    public static final Duration DEFAULT_LEAD = Duration.ofMinutes(120);
    public static final Duration DEFAULT_BACK = Duration.ofMinutes(60);
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final String NO_HOTEL = "未分房";

    private SendOffPlanning() {
    }

    /**
     * How long a group stays open after its first departure, how long before it the vehicles leave the hotel, and
     * how long they need from the station back to the hotels.
     */
    public record Policy(Duration window, Duration lead, Duration back) {

        public Policy {
            if (window.isNegative() || lead.isNegative() || back.isNegative()) {
                throw new IllegalArgumentException("the window, the lead and the way back cannot be negative");
            }
        }

        public static Policy defaults() {
            return new Policy(DEFAULT_WINDOW, DEFAULT_LEAD, DEFAULT_BACK);
        }
    }

    /**
     * Someone leaving, with the roster's order breaking every tie.
     *
     * @param rank protocol rank, 1 the highest; null for none
     * @param mode TRAIN, FLIGHT, CAR or OTHER
     * @param hotelId the hotel of the person's room, null when they have none
     * @param flagged the departure is before the person's arrival: planned for nothing
     */
    public record Departure(UUID attendeeId, @Nullable Integer rank, int order, OffsetDateTime at, String place,
            String mode, @Nullable String number, int companions, @Nullable UUID hotelId, @Nullable String hotel,
            boolean flagged) {

        public Departure {
            if (companions < 0) {
                throw new IllegalArgumentException("companions cannot be negative");
            }
        }

        /** Seats the person takes: theirs and their companions'. */
        public int size() {
            return 1 + companions;
        }
    }

    /** The rule that put someone in a vehicle. */
    public enum Rule {
        /** A ranked person in a VIP car, seated by protocol. */
        VIP_CAR,
        /** Someone of the group in the vehicles the group took. */
        GROUP
    }

    /**
     * Where someone rides and why.
     *
     * @param seat the seat number in the vehicle (1 the best), companions in the seats after it
     * @param position REAR_RIGHT, REAR_LEFT, REAR_MIDDLE, FRONT_PASSENGER in a VIP car; SEAT_n otherwise
     */
    public record Rider(UUID attendeeId, int companions, int seat, String position, Rule rule, String key,
            String explanation, String explanationZh) {
    }

    /** A vehicle of a group and who rides it. */
    public record Load(PickupPlanning.Vehicle vehicle, List<Rider> riders) {

        public int occupied() {
            return riders.stream().mapToInt(r -> 1 + r.companions()).sum();
        }
    }

    /**
     * A group: who leaves from one place within one window, fetched from one hotel, and the vehicles taking them.
     *
     * @param key the group's name: hotel, place, time of its first departure
     * @param first the time of its first departure
     * @param last the time of its last departure
     * @param leaveAt when its vehicles leave the hotel
     */
    public record Group(String key, String place, OffsetDateTime first, OffsetDateTime last, OffsetDateTime leaveAt,
            @Nullable UUID hotelId, @Nullable String hotel, List<Departure> departures, List<Load> loads) {

        /** When the group's vehicles are free again. */
        OffsetDateTime freeAt(Policy policy) {
            return first.plus(policy.back());
        }
    }

    /** Someone the plan gives no send-off, and why. */
    public record Unplaced(UUID attendeeId, String reason, String reasonZh) {
    }

    /** The groups by leaving time, place and hotel, and whoever has no send-off. */
    public record Plan(List<Group> groups, List<Unplaced> unplaced) {
    }

    public static Plan plan(List<Departure> departures, List<PickupPlanning.Vehicle> vehicles, Policy policy) {
        List<Unplaced> unplaced = new ArrayList<>();
        List<Departure> planned = new ArrayList<>();
        for (Departure departure : departures) {
            if (departure.flagged()) {
                unplaced.add(new Unplaced(departure.attendeeId(), "departure before the arrival: the report needs"
                        + " correcting", "返程时间早于到达时间：请更正行程"));
            } else if ("CAR".equals(departure.mode())) {
                unplaced.add(new Unplaced(departure.attendeeId(), "leaves by car: no send-off", "自驾返程：无需送站"));
            } else {
                planned.add(departure);
            }
        }
        List<PickupPlanning.Vehicle> ordered = vehicles.stream().sorted(Comparator
                .comparing(PickupPlanning.Vehicle::plate).thenComparing(PickupPlanning.Vehicle::id)).toList();
        Map<UUID, List<Group>> busy = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (Group group : form(planned, policy)) {
            Group filled = fill(group, ordered, busy, policy, unplaced);
            filled.loads().forEach(l -> busy.computeIfAbsent(l.vehicle().id(), v -> new ArrayList<>()).add(filled));
            groups.add(filled);
        }
        unplaced.sort(Comparator.comparing(u -> u.attendeeId().toString()));
        return new Plan(List.copyOf(groups), List.copyOf(unplaced));
    }

    private static final Comparator<Group> GROUP_ORDER = Comparator.comparing(Group::leaveAt)
            .thenComparing(Group::place).thenComparing(g -> g.hotel() == null ? "\uffff" : g.hotel())
            .thenComparing(Group::key);

    /** Groups departures by place and window, then by hotel; no vehicle yet. */
    private static List<Group> form(List<Departure> departures, Policy policy) {
        Map<String, List<Departure>> byPlace = new TreeMap<>();
        departures.forEach(d -> byPlace.computeIfAbsent(d.place(), p -> new ArrayList<>()).add(d));
        List<Group> groups = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Map.Entry<String, List<Departure>> place : byPlace.entrySet()) {
            List<Departure> sorted = new ArrayList<>(place.getValue());
            sorted.sort(Comparator.comparing(Departure::at).thenComparingInt(Departure::order)
                    .thenComparing(Departure::attendeeId));
            int i = 0;
            while (i < sorted.size()) {
                OffsetDateTime close = sorted.get(i).at().plus(policy.window());
                List<Departure> window = new ArrayList<>();
                while (i < sorted.size() && !sorted.get(i).at().isAfter(close)) {
                    window.add(sorted.get(i++));
                }
                Map<UUID, List<Departure>> byHotel = new LinkedHashMap<>();
                window.stream().sorted(Comparator.comparing((Departure d) -> d.hotel() == null ? "\uffff" : d.hotel())
                        .thenComparing(d -> d.hotelId() == null ? "" : d.hotelId().toString()))
                        .forEach(d -> byHotel.computeIfAbsent(d.hotelId(), h -> new ArrayList<>()).add(d));
                for (List<Departure> group : byHotel.values()) {
                    Departure head = group.get(0);
                    OffsetDateTime first = group.stream().map(Departure::at).min(Comparator.naturalOrder())
                            .orElseThrow();
                    OffsetDateTime last = group.stream().map(Departure::at).max(Comparator.naturalOrder())
                            .orElseThrow();
                    String key = (head.hotel() == null ? NO_HOTEL : head.hotel()) + " → " + place.getKey() + " "
                            + KEY_TIME.format(first.atZoneSameInstant(PickupPlanning.ZONE));
                    String unique = key;
                    for (int n = 2; keys.contains(unique); n++) {
                        unique = key + " (" + n + ")";
                    }
                    keys.add(unique);
                    groups.add(new Group(unique, place.getKey(), first, last, first.minus(policy.lead()),
                            head.hotelId(), head.hotel(), List.copyOf(group), List.of()));
                }
            }
        }
        groups.sort(GROUP_ORDER);
        return groups;
    }

    /** Puts a group's people into vehicles free at its time; those who find no seat are listed. */
    private static Group fill(Group group, List<PickupPlanning.Vehicle> vehicles, Map<UUID, List<Group>> busy,
            Policy policy, List<Unplaced> unplaced) {
        Set<UUID> taken = new HashSet<>();
        for (PickupPlanning.Vehicle vehicle : vehicles) {
            for (Group other : busy.getOrDefault(vehicle.id(), List.of())) {
                if (group.leaveAt().isBefore(other.freeAt(policy)) && other.leaveAt().isBefore(group.freeAt(policy))) {
                    taken.add(vehicle.id());
                    break;
                }
            }
        }
        List<Departure> parties = new ArrayList<>(group.departures());
        parties.sort(Comparator.comparing((Departure d) -> d.rank() == null ? Integer.MAX_VALUE : d.rank())
                .thenComparingInt(Departure::order).thenComparing(Departure::attendeeId));
        Map<PickupPlanning.Vehicle, List<Rider>> loads = new LinkedHashMap<>();
        Map<PickupPlanning.Vehicle, Integer> occupied = new HashMap<>();
        List<Departure> general = new ArrayList<>();
        for (Departure party : parties) {
            if (party.rank() == null) {
                general.add(party);
                continue;
            }
            PickupPlanning.Vehicle car = open(loads, occupied, party, true);
            if (car == null) {
                car = vehicles.stream().filter(v -> v.kind() == VehicleKind.VIP_CAR && !taken.contains(v.id())
                        && !loads.containsKey(v) && v.seats() >= party.size())
                        .min(Comparator.comparingInt(PickupPlanning.Vehicle::seats)).orElse(null);
            }
            if (car == null) {
                general.add(party);
                continue;
            }
            board(loads, occupied, car, party, group);
        }
        int remaining = general.stream().mapToInt(Departure::size).sum();
        for (Departure party : general) {
            PickupPlanning.Vehicle vehicle = open(loads, occupied, party, false);
            if (vehicle == null) {
                int needed = remaining;
                List<PickupPlanning.Vehicle> free = vehicles.stream().filter(v -> v.kind() != VehicleKind.VIP_CAR
                        && !taken.contains(v.id()) && !loads.containsKey(v) && v.seats() >= party.size()).toList();
                vehicle = free.stream().filter(v -> v.seats() >= needed)
                        .min(Comparator.comparingInt(PickupPlanning.Vehicle::seats))
                        .orElse(free.stream().max(Comparator.comparingInt(PickupPlanning.Vehicle::seats)
                                .thenComparing(PickupPlanning.Vehicle::plate, Comparator.reverseOrder()))
                                .orElse(null));
            }
            remaining -= party.size();
            if (vehicle == null) {
                unplaced.add(new Unplaced(party.attendeeId(), "no vehicle free with " + party.size()
                        + " seats for send-off " + group.key(), "送站批次 " + group.key() + " 无空闲车辆（需 "
                        + party.size() + " 座）"));
                continue;
            }
            board(loads, occupied, vehicle, party, group);
        }
        List<Load> result = new ArrayList<>();
        loads.forEach((vehicle, riders) -> result.add(new Load(vehicle, List.copyOf(riders))));
        return new Group(group.key(), group.place(), group.first(), group.last(), group.leaveAt(), group.hotelId(),
                group.hotel(), group.departures(), List.copyOf(result));
    }

    private static PickupPlanning.Vehicle open(Map<PickupPlanning.Vehicle, List<Rider>> loads,
            Map<PickupPlanning.Vehicle, Integer> occupied, Departure party, boolean vip) {
        for (PickupPlanning.Vehicle vehicle : loads.keySet()) {
            if ((vehicle.kind() == VehicleKind.VIP_CAR) == vip
                    && vehicle.seats() - occupied.get(vehicle) >= party.size()) {
                return vehicle;
            }
        }
        return null;
    }

    private static void board(Map<PickupPlanning.Vehicle, List<Rider>> loads,
            Map<PickupPlanning.Vehicle, Integer> occupied, PickupPlanning.Vehicle vehicle, Departure party,
            Group group) {
        List<Rider> riders = loads.computeIfAbsent(vehicle, v -> new ArrayList<>());
        int before = occupied.getOrDefault(vehicle, 0);
        String trip = trip(party);
        String leave = KEY_TIME.format(group.leaveAt().atZoneSameInstant(PickupPlanning.ZONE));
        Rider rider;
        if (vehicle.kind() == VehicleKind.VIP_CAR) {
            String position = PickupPlanning.vipSeats(vehicle.seats()).get(riders.size());
            rider = new Rider(party.attendeeId(), party.companions(), riders.size() + 1, position, Rule.VIP_CAR,
                    "rank " + party.rank(), "protocol rank " + party.rank() + ": VIP car " + vehicle.plate() + ", "
                            + position.toLowerCase(Locale.ROOT).replace('_', ' ') + ", leaves " + leave
                            + "; " + trip + ", send-off " + group.key(),
                    "礼宾排序第 " + party.rank() + " 位：贵宾车 " + vehicle.plate() + " " + PickupPlanning.chinese(position)
                            + "，" + leave + " 发车；" + trip + "，送站批次 " + group.key());
        } else {
            int seat = before + 1;
            rider = new Rider(party.attendeeId(), party.companions(), seat, "SEAT_" + seat, Rule.GROUP, group.key(),
                    trip + ": send-off " + group.key() + ", " + vehicle.plate() + " seat " + seat + ", leaves "
                            + leave,
                    trip + "：送站批次 " + group.key() + "，" + vehicle.plate() + " 第 " + seat + " 座，" + leave
                            + " 发车");
        }
        riders.add(rider);
        occupied.put(vehicle, before + party.size());
    }

    private static String trip(Departure party) {
        return (party.number() == null ? party.mode() : party.number()) + " "
                + KEY_TIME.format(party.at().atZoneSameInstant(PickupPlanning.ZONE)) + " " + party.place()
                + (party.companions() > 0 ? " +" + party.companions() : "");
    }
}
