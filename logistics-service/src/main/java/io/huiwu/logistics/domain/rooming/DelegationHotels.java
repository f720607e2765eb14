package io.huiwu.logistics.domain.rooming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The first stage of room assignment: each delegation into one hotel (DOMAIN.md, Lodging: a delegation stays in one
 * hotel). A planner that moves one person at a time never pulls a whole delegation across, so this is decided first,
 * deterministically, and the planner then pairs roommates inside each hotel.
 *
 * <p>A delegation with members placed by hand goes where most of them are (a member pinned elsewhere stays there and
 * is reported as {@link LodgingRule#DELEGATION_SPLIT}); the others, largest first, go to the hotel with the most free
 * beds (which holds them all if any hotel does). Someone without a delegation is
 * placed alone, after the delegations.
 */
public final class DelegationHotels {

    /** Someone to lodge, as this stage needs them. */
    public record Person(UUID id, String delegation, UUID pinnedHotel) {
    }

    /** A hotel and its beds. */
    public record Hotel(UUID id, String name, int beds) {
    }

    /**
     * @param hotelOf each person's hotel (those pinned keep theirs); empty when there is no hotel at all
     * @param split   people pinned outside their delegation's hotel
     */
    public record Placement(Map<UUID, UUID> hotelOf, List<UUID> split) {
    }

    private DelegationHotels() {
    }

    public static Placement place(List<Person> people, List<Hotel> hotels) {
        Map<UUID, UUID> hotelOf = new HashMap<>();
        List<UUID> split = new ArrayList<>();
        if (hotels.isEmpty()) {
            return new Placement(hotelOf, split);
        }
        Map<UUID, Integer> free = new LinkedHashMap<>();
        hotels.stream().sorted(Comparator.comparing(Hotel::name).thenComparing(Hotel::id))
                .forEach(hotel -> free.put(hotel.id(), hotel.beds()));
        Map<String, List<Person>> groups = new LinkedHashMap<>();
        people.stream().sorted(Comparator.comparing(Person::id)).forEach(person -> groups.computeIfAbsent(
                person.delegation() == null ? "\u0000" + person.id() : person.delegation(),
                key -> new ArrayList<>()).add(person));
        for (Person person : people) {
            if (person.pinnedHotel() != null && free.containsKey(person.pinnedHotel())) {
                free.merge(person.pinnedHotel(), -1, Integer::sum);
            }
        }
        List<Map.Entry<String, List<Person>>> order = new ArrayList<>(groups.entrySet());
        // delegations before people on their own, larger first, then by name: the same input gives the same plan
        order.sort(Comparator.<Map.Entry<String, List<Person>>, Boolean>comparing(e -> e.getKey().startsWith("\u0000"))
                .thenComparing(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey));
        // delegations with a member placed by hand first, so that the free beds they leave are known
        order.sort(Comparator.comparing(e -> e.getValue().stream().noneMatch(p -> pinnedIn(p, free))));
        for (Map.Entry<String, List<Person>> group : order) {
            List<Person> members = group.getValue();
            List<Person> loose = members.stream().filter(p -> !pinnedIn(p, free)).toList();
            UUID hotel = pinnedMajority(members, free);
            if (hotel == null) {
                hotel = roomiest(free);
            }
            for (Person person : members) {
                if (pinnedIn(person, free)) {
                    hotelOf.put(person.id(), person.pinnedHotel());
                    if (!person.pinnedHotel().equals(hotel)) {
                        split.add(person.id());
                    }
                } else {
                    hotelOf.put(person.id(), hotel);
                }
            }
            free.merge(hotel, -loose.size(), Integer::sum);
        }
        return new Placement(hotelOf, split);
    }

    private static boolean pinnedIn(Person person, Map<UUID, Integer> hotels) {
        return person.pinnedHotel() != null && hotels.containsKey(person.pinnedHotel());
    }

    /** The hotel where most members placed by hand are; ties go to the hotel listed first. */
    private static UUID pinnedMajority(List<Person> members, Map<UUID, Integer> free) {
        Map<UUID, Integer> counts = new HashMap<>();
        members.stream().filter(p -> pinnedIn(p, free)).forEach(p -> counts.merge(p.pinnedHotel(), 1, Integer::sum));
        UUID best = null;
        for (UUID hotel : free.keySet()) {
            if (counts.containsKey(hotel) && (best == null || counts.get(hotel) > counts.get(best))) {
                best = hotel;
            }
        }
        return best;
    }

    /** The hotel with the most free beds: it holds the group if any hotel does. */
    private static UUID roomiest(Map<UUID, Integer> free) {
        UUID best = null;
        for (Map.Entry<UUID, Integer> hotel : free.entrySet()) {
            if (best == null || hotel.getValue() > free.get(best)) {
                best = hotel.getKey();
            }
        }
        return best;
    }
}
