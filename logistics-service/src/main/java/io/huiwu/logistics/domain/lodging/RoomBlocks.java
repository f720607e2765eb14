package io.huiwu.logistics.domain.lodging;

import io.huiwu.logistics.domain.RoomType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Rooms held against rooms used, per hotel, night and room type. A room is used on a night when at least one stay
 * not cancelled in it covers that night (arrival on or before it, departure after it), however many guests share
 * it. More rooms used than held is an over-block; free rooms of one hotel or type never make up for it.
 */
public final class RoomBlocks {

    private RoomBlocks() {
    }

    /** Rooms a hotel holds on a night. */
    public record Held(UUID hotelId, LocalDate night, RoomType type, int rooms) {
    }

    /** A stay in a room of a type, over its nights. */
    public record Occupied(UUID hotelId, UUID roomId, RoomType type, LocalDate arrival, LocalDate departure) {
    }

    /** One hotel's rooms of one type on one night. */
    public record Line(UUID hotelId, LocalDate night, RoomType type, int blocked, int used) {

        public int free() {
            return Math.max(0, blocked - used);
        }

        public int over() {
            return Math.max(0, used - blocked);
        }
    }

    /** All hotels on one night: the sums of their lines. */
    public record Total(LocalDate night, int blocked, int used, int free, int over) {
    }

    private record Key(UUID hotelId, LocalDate night, RoomType type) {
    }

    /** The lines with rooms held or used, by night, hotel (as ordered by {@code hotelOrder}) and type. */
    public static List<Line> lines(List<Held> held, List<Occupied> occupied, Comparator<UUID> hotelOrder) {
        Map<Key, Integer> blocked = new TreeMap<>(order(hotelOrder));
        for (Held h : held) {
            blocked.merge(new Key(h.hotelId(), h.night(), h.type()), h.rooms(), Integer::sum);
        }
        Map<Key, Set<UUID>> used = new TreeMap<>(order(hotelOrder));
        for (Occupied o : occupied) {
            if (o.arrival() == null || o.departure() == null) {
                continue;
            }
            for (LocalDate night = o.arrival(); night.isBefore(o.departure()); night = night.plusDays(1)) {
                used.computeIfAbsent(new Key(o.hotelId(), night, o.type()), k -> new HashSet<>()).add(o.roomId());
            }
        }
        Map<Key, Line> lines = new TreeMap<>(order(hotelOrder));
        blocked.forEach((key, rooms) -> lines.put(key, new Line(key.hotelId(), key.night(), key.type(), rooms,
                used.getOrDefault(key, Set.of()).size())));
        used.forEach((key, rooms) -> lines.putIfAbsent(key, new Line(key.hotelId(), key.night(), key.type(), 0,
                rooms.size())));
        return new ArrayList<>(lines.values());
    }

    /** Per night, the sums over every hotel and type. */
    public static List<Total> totals(List<Line> lines) {
        Map<LocalDate, int[]> sums = new TreeMap<>();
        for (Line line : lines) {
            int[] sum = sums.computeIfAbsent(line.night(), n -> new int[4]);
            sum[0] += line.blocked();
            sum[1] += line.used();
            sum[2] += line.free();
            sum[3] += line.over();
        }
        List<Total> totals = new ArrayList<>();
        sums.forEach((night, s) -> totals.add(new Total(night, s[0], s[1], s[2], s[3])));
        return totals;
    }

    private static Comparator<Key> order(Comparator<UUID> hotelOrder) {
        return Comparator.comparing(Key::night).thenComparing(Key::hotelId, hotelOrder).thenComparing(Key::type);
    }
}
