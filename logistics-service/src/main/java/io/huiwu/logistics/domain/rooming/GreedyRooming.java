package io.huiwu.logistics.domain.rooming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A first plan for one hotel, made in one pass so that the solver starts from a plan that breaks no hard rule where
 * one exists, instead of building it one person at a time (which took most of a minute for 5,000 people). People are
 * taken by lodging category, delegation, gender and grade, so that a room fills with people of one gender and one
 * category, mostly of one delegation and of near grades, and a delegation's rooms follow one another; a suite goes
 * first to those of a grade for suites. Someone pinned stays where they are, and their room takes only people who may
 * share it with them. People for whom no bed is left keep none: {@link LodgingRule#NO_BED} reports them.
 */
public final class GreedyRooming {

    private GreedyRooming() {
    }

    /** Gives a room to each guest who is neither pinned nor placed yet; the others are left as they are. */
    public static void place(List<Guest> guests, List<Room> rooms) {
        Map<Room, Integer> free = new HashMap<>();
        Map<Room, Guest> firstIn = new HashMap<>();
        rooms.forEach(room -> free.put(room, room.getBeds()));
        for (Guest guest : guests) {
            if (guest.getRoom() != null && free.containsKey(guest.getRoom())) {
                free.merge(guest.getRoom(), -1, Integer::sum);
                firstIn.putIfAbsent(guest.getRoom(), guest);
            }
        }
        List<Room> ordered = rooms.stream().sorted(Comparator.comparing(Room::getFloorKey)
                .thenComparing(Room::getNumber)).toList();
        List<Guest> waiting = new ArrayList<>(guests.stream().filter(g -> !g.isPinned() && g.getRoom() == null)
                .toList());
        waiting.sort(Comparator.comparing(Guest::isSuiteAllowed).reversed()
                .thenComparing(Guest::getLodgingClass)
                .thenComparing(g -> g.getDelegation() == null ? "" : g.getDelegation())
                .thenComparing(g -> String.valueOf(g.getGender()))
                .thenComparing(g -> g.getGradeLevel() == null ? Integer.MAX_VALUE : g.getGradeLevel())
                .thenComparing(g -> g.getId().toString()));
        Map<String, Room> open = new HashMap<>();
        int nextEmpty = 0;
        for (Guest guest : waiting) {
            String key = guest.getLodgingClass() + "/" + guest.getGender();
            Room chosen = null;
            if (guest.isSuiteAllowed()) {
                chosen = ordered.stream().filter(Room::isSuite).filter(r -> fits(r, guest, free, firstIn))
                        .findFirst().orElse(null);
            }
            Room current = open.get(key);
            if (chosen == null && current != null && free.get(current) > 0) {
                chosen = current;
            }
            while (chosen == null && nextEmpty < ordered.size()) {
                Room room = ordered.get(nextEmpty++);
                if (!room.isSuite() && free.get(room) == room.getBeds()) {
                    chosen = room;
                }
            }
            if (chosen == null) {
                chosen = ordered.stream().filter(r -> !r.isSuite() || guest.isSuiteAllowed())
                        .filter(r -> fits(r, guest, free, firstIn)).findFirst().orElse(null);
            }
            if (chosen == null) {
                continue;
            }
            guest.setRoom(chosen);
            free.merge(chosen, -1, Integer::sum);
            firstIn.putIfAbsent(chosen, guest);
            open.put(key, chosen);
        }
    }

    private static boolean fits(Room room, Guest guest, Map<Room, Integer> free, Map<Room, Guest> firstIn) {
        Guest other = firstIn.get(room);
        return free.get(room) > 0 && (other == null || LodgingPolicy.mayShare(guest, other));
    }
}
