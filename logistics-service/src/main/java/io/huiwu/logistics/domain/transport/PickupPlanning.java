package io.huiwu.logistics.domain.transport;

import org.jetbrains.annotations.Nullable;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Pickups (接站) from reported arrivals.
 *
 * <p><b>Waves.</b> Arrivals at one station or airport are taken by time: the first opens a wave, and everyone
 * arriving there within the window after it (60 minutes unless set) joins it; the next arrival after the window
 * opens the next wave. A wave is then split by destination hotel (the person's room, when they have one), so that
 * each vehicle goes to one hotel.
 *
 * <p><b>Vehicles.</b> Waves are filled in order of time. A vehicle serves one wave at a time: it is taken from the
 * wave's first arrival until its last arrival plus the turnaround (120 minutes unless set), then free again. Someone
 * with a protocol rank rides a VIP car when one is free, higher ranks first; in a VIP car the riders take the seats
 * by protocol (DOMAIN.md, Vehicles): rear right, rear left, rear middle when the car has four seats or more, then
 * the front passenger seat. Everyone else fills cars, minibuses and buses, higher ranks first and then in roster
 * order, a rider with their companions in one vehicle: into a vehicle of the wave that still has room, else the
 * smallest free vehicle that takes everyone left in the wave, else the largest free one. On a bus the front rows
 * rank higher: seat numbers are given in that order.
 *
 * <p>Arrivals by car, and arrivals flagged as after the person's departure, get no pickup. Every placement says
 * which rule put the person there and on what key; the same input always gives the same plan.
 *
 * <p><b>Planning again.</b> {@link #replan} keeps every wave of a previous plan whose people and vehicles are as
 * they were, and plans only the rest: a delayed train changes its own wave (and the wave its rider joins), nothing
 * else.
 */
public final class PickupPlanning {

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(60);
    public static final Duration DEFAULT_TURNAROUND = Duration.ofMinutes(120);
    /** The time zone the keys and explanations are written in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private PickupPlanning() {
    }

    /** How long a wave stays open after its first arrival, and how long a vehicle needs to come back. */
    public record Policy(Duration window, Duration turnaround) {

        public Policy {
            if (window.isNegative() || turnaround.isNegative()) {
                throw new IllegalArgumentException("the window and the turnaround cannot be negative");
            }
        }

        public static Policy defaults() {
            return new Policy(DEFAULT_WINDOW, DEFAULT_TURNAROUND);
        }
    }

    /**
     * Someone arriving, with the list's order (the roster's stroke order) breaking every tie.
     *
     * @param rank protocol rank, 1 the highest; null for none
     * @param order the person's place in the roster's order
     * @param mode TRAIN, FLIGHT, CAR or OTHER
     * @param hotelId the hotel of the person's room, null when they have none yet
     * @param flagged the arrival is after the person's departure: planned for nothing
     */
    public record Arrival(UUID attendeeId, String name, @Nullable Integer rank, int order, OffsetDateTime at,
            String place, String mode, @Nullable String number, int companions, @Nullable UUID hotelId,
            @Nullable String hotel, boolean flagged) {

        public Arrival {
            if (companions < 0) {
                throw new IllegalArgumentException("companions cannot be negative");
            }
        }

        /** Seats the rider takes: theirs and their companions'. */
        public int size() {
            return 1 + companions;
        }

        /** What a wave kept from a previous plan must find unchanged. */
        boolean sameTrip(Arrival other) {
            return at.isEqual(other.at) && place.equals(other.place) && companions == other.companions
                    && Objects.equals(hotelId, other.hotelId);
        }
    }

    /** A vehicle of the meeting; {@code seats} for riders, the driver's not counted. */
    public record Vehicle(UUID id, String plate, VehicleKind kind, int seats) {
    }

    /** The rule that put someone in a vehicle. */
    public enum Rule {
        /** A ranked rider in a VIP car, seated by protocol. */
        VIP_CAR,
        /** A rider of the wave in the vehicles the wave took. */
        WAVE,
        /** Put in the vehicle by hand: kept while the wave is unchanged. */
        BY_HAND
    }

    /**
     * Where someone rides and why.
     *
     * @param seat the rider's seat number in the vehicle (1 the best), their companions in the seats after it
     * @param position REAR_RIGHT, REAR_LEFT, REAR_MIDDLE, FRONT_PASSENGER in a VIP car; SEAT_n otherwise
     */
    public record Rider(UUID attendeeId, int companions, int seat, String position, Rule rule, String key,
            String explanation, String explanationZh) {
    }

    /** A vehicle of a wave and who rides it. */
    public record Load(Vehicle vehicle, List<Rider> riders) {

        public int occupied() {
            return riders.stream().mapToInt(r -> 1 + r.companions()).sum();
        }
    }

    /**
     * A wave: who arrives at one place within one window and goes to one hotel, and the vehicles taking them.
     *
     * @param key the wave's name: place, time of its first arrival, hotel
     * @param last the time of its last arrival
     * @param arrivals everyone of the wave, placed or not
     */
    public record Wave(String key, String place, OffsetDateTime start, OffsetDateTime last, @Nullable UUID hotelId,
            @Nullable String hotel, List<Arrival> arrivals, List<Load> loads) {

        /** The time the wave's vehicles are taken: from its first arrival to its last plus the turnaround. */
        boolean overlaps(Wave other, Duration turnaround) {
            return start.isBefore(other.last.plus(turnaround)) && other.start.isBefore(last.plus(turnaround));
        }
    }

    /** Someone the plan gives no pickup, and why. */
    public record Unplaced(UUID attendeeId, String reason, String reasonZh) {
    }

    /** The waves by time, place and hotel, and whoever has no pickup. */
    public record Plan(List<Wave> waves, List<Unplaced> unplaced) {
    }

    /** A whole plan from nothing. */
    public static Plan plan(List<Arrival> arrivals, List<Vehicle> vehicles, Policy policy) {
        return replan(new Plan(List.of(), List.of()), arrivals, vehicles, policy);
    }

    /**
     * Plans again, keeping each wave of {@code previous} whose people (time, place, companions, hotel) and vehicles
     * are unchanged and that left nobody without a seat; everyone else is grouped into waves afresh and filled into
     * the vehicles the kept waves leave free.
     */
    public static Plan replan(Plan previous, List<Arrival> arrivals, List<Vehicle> vehicles, Policy policy) {
        Map<UUID, Arrival> byPerson = new LinkedHashMap<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            if (arrival.flagged()) {
                unplaced.add(new Unplaced(arrival.attendeeId(), "arrival after the departure: the report needs"
                        + " correcting", "到达时间晚于返程时间：请更正行程"));
            } else if ("CAR".equals(arrival.mode())) {
                unplaced.add(new Unplaced(arrival.attendeeId(), "comes by car: no pickup", "自驾抵达：无需接站"));
            } else {
                byPerson.put(arrival.attendeeId(), arrival);
            }
        }
        Map<UUID, Vehicle> fleet = new HashMap<>();
        vehicles.forEach(v -> fleet.put(v.id(), v));
        List<Wave> kept = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        Set<UUID> leftOver = new HashSet<>();
        previous.unplaced().forEach(u -> leftOver.add(u.attendeeId()));
        for (Wave wave : previous.waves()) {
            if (keeps(wave, byPerson, fleet, leftOver)) {
                kept.add(wave);
                wave.arrivals().forEach(a -> placed.add(a.attendeeId()));
            }
        }
        List<Arrival> rest = byPerson.values().stream().filter(a -> !placed.contains(a.attendeeId())).toList();
        Set<String> keys = new HashSet<>();
        kept.forEach(w -> keys.add(w.key()));
        List<Wave> waves = new ArrayList<>(kept);
        List<Wave> formed = form(rest, policy, keys);
        List<Vehicle> ordered = vehicles.stream().sorted(Comparator.comparing(Vehicle::plate)
                .thenComparing(Vehicle::id)).toList();
        Map<UUID, List<Wave>> busy = new HashMap<>();
        for (Wave wave : kept) {
            wave.loads().forEach(l -> busy.computeIfAbsent(l.vehicle().id(), v -> new ArrayList<>()).add(wave));
        }
        for (Wave wave : formed) {
            Wave filled = fill(wave, ordered, busy, policy, unplaced);
            filled.loads().forEach(l -> busy.computeIfAbsent(l.vehicle().id(), v -> new ArrayList<>()).add(filled));
            waves.add(filled);
        }
        waves.sort(WAVE_ORDER);
        unplaced.sort(Comparator.comparing(u -> u.attendeeId().toString()));
        return new Plan(List.copyOf(waves), List.copyOf(unplaced));
    }

    private static final Comparator<Wave> WAVE_ORDER = Comparator.comparing(Wave::start)
            .thenComparing(Wave::place).thenComparing(w -> w.hotel() == null ? "\uffff" : w.hotel())
            .thenComparing(Wave::key);

    private static boolean keeps(Wave wave, Map<UUID, Arrival> now, Map<UUID, Vehicle> fleet,
            Set<UUID> left) {
        for (Arrival was : wave.arrivals()) {
            Arrival is = now.get(was.attendeeId());
            if (is == null || !is.sameTrip(was) || left.contains(was.attendeeId())) {
                return false;
            }
        }
        for (Load load : wave.loads()) {
            Vehicle vehicle = fleet.get(load.vehicle().id());
            if (vehicle == null || vehicle.seats() < load.occupied()
                    || (vehicle.kind() == VehicleKind.VIP_CAR) != (load.vehicle().kind() == VehicleKind.VIP_CAR)) {
                return false;
            }
        }
        return !wave.loads().isEmpty();
    }

    /** Groups arrivals into waves by place and window, then by hotel; no vehicle yet. */
    private static List<Wave> form(List<Arrival> arrivals, Policy policy, Set<String> keys) {
        Map<String, List<Arrival>> byPlace = new TreeMap<>();
        for (Arrival arrival : arrivals) {
            byPlace.computeIfAbsent(arrival.place(), p -> new ArrayList<>()).add(arrival);
        }
        List<Wave> waves = new ArrayList<>();
        for (Map.Entry<String, List<Arrival>> place : byPlace.entrySet()) {
            List<Arrival> sorted = new ArrayList<>(place.getValue());
            sorted.sort(Comparator.comparing(Arrival::at).thenComparingInt(Arrival::order)
                    .thenComparing(Arrival::attendeeId));
            int i = 0;
            while (i < sorted.size()) {
                OffsetDateTime start = sorted.get(i).at();
                OffsetDateTime close = start.plus(policy.window());
                List<Arrival> window = new ArrayList<>();
                while (i < sorted.size() && !sorted.get(i).at().isAfter(close)) {
                    window.add(sorted.get(i++));
                }
                Map<UUID, List<Arrival>> byHotel = new LinkedHashMap<>();
                window.stream().sorted(Comparator.comparing((Arrival a) -> a.hotel() == null ? "\uffff" : a.hotel())
                        .thenComparing(a -> a.hotelId() == null ? "" : a.hotelId().toString()))
                        .forEach(a -> byHotel.computeIfAbsent(a.hotelId(), h -> new ArrayList<>()).add(a));
                for (List<Arrival> group : byHotel.values()) {
                    Arrival first = group.get(0);
                    OffsetDateTime groupStart = group.stream().map(Arrival::at).min(Comparator.naturalOrder())
                            .orElseThrow();
                    OffsetDateTime last = group.stream().map(Arrival::at).max(Comparator.naturalOrder())
                            .orElseThrow();
                    String key = place.getKey() + " " + KEY_TIME.format(groupStart.atZoneSameInstant(ZONE)) + " → "
                            + (first.hotel() == null ? "未分房" : first.hotel());
                    String unique = key;
                    for (int n = 2; keys.contains(unique); n++) {
                        unique = key + " (" + n + ")";
                    }
                    keys.add(unique);
                    waves.add(new Wave(unique, place.getKey(), groupStart, last, first.hotelId(), first.hotel(),
                            List.copyOf(group), List.of()));
                }
            }
        }
        waves.sort(WAVE_ORDER);
        return waves;
    }

    /** Puts a wave's people into vehicles free at its time; those who find no seat are listed. */
    private static Wave fill(Wave wave, List<Vehicle> vehicles, Map<UUID, List<Wave>> busy, Policy policy,
            List<Unplaced> unplaced) {
        Set<UUID> taken = new HashSet<>();
        for (Vehicle vehicle : vehicles) {
            for (Wave other : busy.getOrDefault(vehicle.id(), List.of())) {
                if (other.overlaps(wave, policy.turnaround())) {
                    taken.add(vehicle.id());
                    break;
                }
            }
        }
        List<Arrival> parties = new ArrayList<>(wave.arrivals());
        parties.sort(Comparator.comparing((Arrival a) -> a.rank() == null ? Integer.MAX_VALUE : a.rank())
                .thenComparingInt(Arrival::order).thenComparing(Arrival::attendeeId));
        Map<Vehicle, List<Rider>> loads = new LinkedHashMap<>();
        Map<Vehicle, Integer> occupied = new HashMap<>();
        List<Arrival> general = new ArrayList<>();
        for (Arrival party : parties) {
            if (party.rank() == null) {
                general.add(party);
                continue;
            }
            Vehicle car = open(loads, occupied, party, true);
            if (car == null) {
                car = vehicles.stream().filter(v -> v.kind() == VehicleKind.VIP_CAR && !taken.contains(v.id())
                        && !loads.containsKey(v) && v.seats() >= party.size())
                        .min(Comparator.comparingInt(Vehicle::seats)).orElse(null);
            }
            if (car == null) {
                general.add(party);
                continue;
            }
            board(loads, occupied, car, party, wave);
        }
        int remaining = general.stream().mapToInt(Arrival::size).sum();
        for (Arrival party : general) {
            Vehicle vehicle = open(loads, occupied, party, false);
            if (vehicle == null) {
                int needed = remaining;
                List<Vehicle> free = vehicles.stream().filter(v -> v.kind() != VehicleKind.VIP_CAR
                        && !taken.contains(v.id()) && !loads.containsKey(v) && v.seats() >= party.size()).toList();
                vehicle = free.stream().filter(v -> v.seats() >= needed).min(Comparator.comparingInt(Vehicle::seats))
                        .orElse(free.stream().max(Comparator.comparingInt(Vehicle::seats)
                                .thenComparing(Vehicle::plate, Comparator.reverseOrder())).orElse(null));
            }
            remaining -= party.size();
            if (vehicle == null) {
                unplaced.add(new Unplaced(party.attendeeId(), "no vehicle free with " + party.size()
                        + " seats for wave " + wave.key(), "接站批次 " + wave.key() + " 无空闲车辆（需 "
                        + party.size() + " 座）"));
                continue;
            }
            board(loads, occupied, vehicle, party, wave);
        }
        List<Load> result = new ArrayList<>();
        loads.forEach((vehicle, riders) -> result.add(new Load(vehicle, List.copyOf(riders))));
        return new Wave(wave.key(), wave.place(), wave.start(), wave.last(), wave.hotelId(), wave.hotel(),
                wave.arrivals(), List.copyOf(result));
    }

    /** A vehicle the wave already took, of the kind asked, with room for the party; the first opened first. */
    private static Vehicle open(Map<Vehicle, List<Rider>> loads, Map<Vehicle, Integer> occupied, Arrival party,
            boolean vip) {
        for (Vehicle vehicle : loads.keySet()) {
            if ((vehicle.kind() == VehicleKind.VIP_CAR) == vip
                    && vehicle.seats() - occupied.get(vehicle) >= party.size()) {
                return vehicle;
            }
        }
        return null;
    }

    private static void board(Map<Vehicle, List<Rider>> loads, Map<Vehicle, Integer> occupied, Vehicle vehicle,
            Arrival party, Wave wave) {
        List<Rider> riders = loads.computeIfAbsent(vehicle, v -> new ArrayList<>());
        int before = occupied.getOrDefault(vehicle, 0);
        String trip = trip(party);
        Rider rider;
        if (vehicle.kind() == VehicleKind.VIP_CAR) {
            String position = vipSeats(vehicle.seats()).get(riders.size());
            String key = "rank " + party.rank();
            rider = new Rider(party.attendeeId(), party.companions(), riders.size() + 1, position, Rule.VIP_CAR, key,
                    "protocol rank " + party.rank() + ": VIP car " + vehicle.plate() + ", " + english(position)
                            + "; " + trip + ", wave " + wave.key(),
                    "礼宾排序第 " + party.rank() + " 位：贵宾车 " + vehicle.plate() + " " + chinese(position) + "；"
                            + trip + "，接站批次 " + wave.key());
        } else {
            int seat = before + 1;
            rider = new Rider(party.attendeeId(), party.companions(), seat, "SEAT_" + seat, Rule.WAVE, wave.key(),
                    trip + ": wave " + wave.key() + ", " + vehicle.plate() + " seat " + seat,
                    trip + "：接站批次 " + wave.key() + "，" + vehicle.plate() + " 第 " + seat + " 座");
        }
        riders.add(rider);
        occupied.put(vehicle, before + party.size());
    }

    private static String trip(Arrival party) {
        return (party.number() == null ? party.mode() : party.number()) + " "
                + KEY_TIME.format(party.at().atZoneSameInstant(ZONE)) + " " + party.place()
                + (party.companions() > 0 ? " +" + party.companions() : "");
    }

    /** A VIP car's seats by protocol rank: rear right, rear left, (rear middle,) front passenger. */
    public static List<String> vipSeats(int seats) {
        List<String> order = new ArrayList<>(List.of("REAR_RIGHT", "REAR_LEFT"));
        if (seats >= 4) {
            order.add("REAR_MIDDLE");
        }
        order.add("FRONT_PASSENGER");
        for (int n = order.size() + 1; order.size() < seats; n++) {
            order.add("SEAT_" + n);
        }
        return order.subList(0, Math.max(1, Math.min(seats, order.size())));
    }

    private static String english(String position) {
        return position.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A seat's name as printed. */
    public static String chinese(String position) {
        return switch (position) {
            case "REAR_RIGHT" -> "后排右座";
            case "REAR_LEFT" -> "后排左座";
            case "REAR_MIDDLE" -> "后排中座";
            case "FRONT_PASSENGER" -> "副驾驶座";
            default -> position.startsWith("SEAT_") ? position.substring(5) + " 号座" : position;
        };
    }
}
