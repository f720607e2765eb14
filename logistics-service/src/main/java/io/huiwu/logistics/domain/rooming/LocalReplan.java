package io.huiwu.logistics.domain.rooming;

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
 * A re-plan after a change (someone added, someone withdrawn): only the people without a bed are placed, into the beds
 * that are free, and nobody who has a bed is moved. The hard rules are the planner's: shared rooms within one gender
 * and one lodging category, suites only from the grade set, a delegation in the hotel where most of its members
 * sleep (a delegation nobody of which has a bed goes to the hotel with the most free beds, all of it). Among the
 * rooms that keep them, the soft rules choose, in this order: a free suite for a grade for suites; a room shared only
 * with the delegation (closest grades first); an empty room; a room shared with others (the planner's penalties of
 * another delegation and of grades apart, the least first). Within each, a floor the delegation already lodges on, then
 * the room with the fewest free beds (so half-empty rooms fill before empty ones open), then floor and number.
 * Deterministic: the same beds and people give the same placements.
 */
public final class LocalReplan {

    /** Someone who has a bed: never moved. */
    public record Occupant(Guest guest, Room room, int bed) {
    }

    /** A bed given, with its rule and the soft rules it still breaks (against the roommates, or the floor). */
    public record Placement(Guest guest, Room room, int bed, ReplanRule rule, List<Occupant> roommates,
            List<LodgingRule> breaches) {
    }

    /** What the re-plan gives, and who keeps no bed ({@link ReplanRule#NO_BED}). */
    public record Result(List<Placement> placements, List<Guest> unplaced) {
    }

    private LocalReplan() {
    }

    /**
     * @param rooms     every room of the meeting
     * @param occupants everyone who has a bed
     * @param waiting   the people to place (their room is ignored)
     */
    public static Result place(List<Room> rooms, List<Occupant> occupants, List<Guest> waiting) {
        Map<Room, List<Occupant>> inRoom = new LinkedHashMap<>();
        rooms.stream().sorted(Comparator.comparing(Room::getFloorKey).thenComparing(Room::getNumber)
                .thenComparing(Room::getId)).forEach(room -> inRoom.put(room, new ArrayList<>()));
        Map<String, Map<UUID, Integer>> delegationHotels = new HashMap<>();
        Map<String, Set<String>> delegationFloors = new HashMap<>();
        Map<UUID, Integer> freeBeds = new HashMap<>();
        rooms.forEach(room -> freeBeds.merge(room.getHotelId(), room.getBeds(), Integer::sum));
        for (Occupant occupant : occupants) {
            List<Occupant> list = inRoom.get(occupant.room());
            if (list == null) {
                continue;
            }
            list.add(occupant);
            freeBeds.merge(occupant.room().getHotelId(), -1, Integer::sum);
            noteDelegation(occupant.guest(), occupant.room(), delegationHotels, delegationFloors);
        }
        List<Guest> order = new ArrayList<>(waiting);
        order.sort(Comparator.comparing(Guest::isSuiteAllowed).reversed()
                .thenComparing(g -> g.getDelegation() == null ? "\uffff" : g.getDelegation())
                .thenComparing(Guest::getLodgingClass)
                .thenComparing(g -> String.valueOf(g.getGender()))
                .thenComparing(g -> g.getGradeLevel() == null ? Integer.MAX_VALUE : g.getGradeLevel())
                .thenComparing(g -> g.getId().toString()));
        List<Placement> placements = new ArrayList<>();
        List<Guest> unplaced = new ArrayList<>();
        for (Guest guest : order) {
            UUID hotel = hotelOf(guest, delegationHotels, freeBeds);
            Set<String> floors = guest.getDelegation() == null ? Set.of()
                    : delegationFloors.getOrDefault(guest.getDelegation(), Set.of());
            Candidate best = null;
            for (Map.Entry<Room, List<Occupant>> entry : inRoom.entrySet()) {
                Room room = entry.getKey();
                List<Occupant> there = entry.getValue();
                if (hotel != null && !hotel.equals(room.getHotelId()) || there.size() >= room.getBeds()
                        || room.isSuite() && !guest.isSuiteAllowed()
                        || there.stream().anyMatch(o -> !LodgingPolicy.mayShare(guest, o.guest()))) {
                    continue;
                }
                Candidate candidate = candidate(guest, room, there, floors);
                if (best == null || candidate.compareTo(best) < 0) {
                    best = candidate;
                }
            }
            if (best == null) {
                unplaced.add(guest);
                continue;
            }
            List<Occupant> there = inRoom.get(best.room());
            int bed = lowestFree(there, best.room().getBeds());
            placements.add(new Placement(guest, best.room(), bed, best.rule(), List.copyOf(there),
                    breaches(guest, there, floors, best.room())));
            there.add(new Occupant(guest, best.room(), bed));
            freeBeds.merge(best.room().getHotelId(), -1, Integer::sum);
            noteDelegation(guest, best.room(), delegationHotels, delegationFloors);
        }
        return new Result(placements, unplaced);
    }

    /** A room that keeps the hard rules, ranked by the soft ones: the smaller, the better. */
    private record Candidate(Room room, ReplanRule rule, int tier, int cost, boolean onFloor, int free)
            implements Comparable<Candidate> {

        private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::tier)
                .thenComparingInt(Candidate::cost).thenComparing(c -> !c.onFloor())
                .thenComparingInt(Candidate::free);

        @Override
        public int compareTo(Candidate other) {
            return ORDER.compare(this, other);
        }
    }

    private static Candidate candidate(Guest guest, Room room, List<Occupant> there, Set<String> floors) {
        boolean onFloor = floors.contains(room.getFloorKey());
        int free = room.getBeds() - there.size();
        if (there.isEmpty()) {
            return room.isSuite() ? new Candidate(room, ReplanRule.SUITE_BY_GRADE, 0, 0, onFloor, free)
                    : new Candidate(room, ReplanRule.FREE_ROOM, 2, 0, onFloor, free);
        }
        boolean own = guest.getDelegation() != null
                && there.stream().allMatch(o -> guest.getDelegation().equals(o.guest().getDelegation()));
        int cost = 0;
        for (Occupant occupant : there) {
            cost += RoomingConstraints.gradeGap(guest, occupant.guest());
            if (!Objects.equals(guest.getDelegation(), occupant.guest().getDelegation())) {
                cost += RoomingConstraints.OTHER_DELEGATION_WEIGHT;
            }
        }
        return own ? new Candidate(room, ReplanRule.WITH_DELEGATION, 1, cost, onFloor, free)
                : new Candidate(room, ReplanRule.WITH_OTHERS, 3, cost, onFloor, free);
    }

    private static List<LodgingRule> breaches(Guest guest, List<Occupant> there, Set<String> floors, Room room) {
        List<LodgingRule> breaches = new ArrayList<>();
        if (there.stream().anyMatch(o -> !Objects.equals(guest.getDelegation(), o.guest().getDelegation()))) {
            breaches.add(LodgingRule.ROOMMATE_FROM_ANOTHER_DELEGATION);
        }
        if (there.stream().anyMatch(o -> RoomingConstraints.gradeGap(guest, o.guest()) > 0)) {
            breaches.add(LodgingRule.ROOMMATE_GRADE_GAP);
        }
        if (!floors.isEmpty() && !floors.contains(room.getFloorKey())) {
            breaches.add(LodgingRule.DELEGATION_SPREAD);
        }
        return breaches;
    }

    /** The delegation's hotel (where most of it sleeps); for a delegation without beds, the roomiest hotel. */
    private static UUID hotelOf(Guest guest, Map<String, Map<UUID, Integer>> delegationHotels,
            Map<UUID, Integer> freeBeds) {
        Map<UUID, Integer> counts = guest.getDelegation() == null ? null : delegationHotels.get(guest.getDelegation());
        if (counts != null && !counts.isEmpty()) {
            return counts.entrySet().stream().max(Map.Entry.<UUID, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey().toString(), Comparator.reverseOrder())).orElseThrow().getKey();
        }
        if (guest.getDelegation() == null) {
            return null;
        }
        return freeBeds.entrySet().stream().max(Map.Entry.<UUID, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().toString(), Comparator.reverseOrder())).map(Map.Entry::getKey)
                .orElse(null);
    }

    private static void noteDelegation(Guest guest, Room room, Map<String, Map<UUID, Integer>> hotels,
            Map<String, Set<String>> floors) {
        if (guest.getDelegation() == null) {
            return;
        }
        hotels.computeIfAbsent(guest.getDelegation(), d -> new HashMap<>()).merge(room.getHotelId(), 1,
                Integer::sum);
        floors.computeIfAbsent(guest.getDelegation(), d -> new HashSet<>()).add(room.getFloorKey());
    }

    private static int lowestFree(List<Occupant> there, int beds) {
        Set<Integer> taken = new HashSet<>();
        there.forEach(o -> taken.add(o.bed()));
        for (int bed = 1; bed <= beds; bed++) {
            if (!taken.contains(bed)) {
                return bed;
            }
        }
        return there.size() + 1;
    }
}
