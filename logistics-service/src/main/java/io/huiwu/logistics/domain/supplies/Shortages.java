package io.huiwu.logistics.domain.supplies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the kits still to hand out need of each item, against what is in stock (缺货清单): for every kit, its lines
 * times the people of its categories who have not had it yet; an item is short by what that exceeds its stock.
 */
public final class Shortages {

    private Shortages() {
    }

    /** A kit's line: so many of an item per person. */
    public record Line(UUID itemId, int quantity) {
    }

    /** A kit with the number of people still waiting for it. */
    public record Kit(UUID id, String name, List<Line> lines, int waiting) {
    }

    /** An item with its stock. */
    public record Item(UUID id, String name, int stock) {
    }

    /** What an item lacks: needed by the kits (named) still to hand out, in stock, and the difference. */
    public record Shortage(UUID itemId, String item, long needed, int stock, long shortBy, List<String> kits) {
    }

    /**
     * The items that will run out, the largest shortfall first (then by name); with {@code all}, every item a kit
     * needs, short or not.
     */
    public static List<Shortage> of(List<Kit> kits, List<Item> items, boolean all) {
        Map<UUID, Long> needed = new LinkedHashMap<>();
        Map<UUID, TreeSet<String>> neededBy = new LinkedHashMap<>();
        for (Kit kit : kits) {
            for (Line line : kit.lines()) {
                needed.merge(line.itemId(), (long) line.quantity() * kit.waiting(), Long::sum);
                if (kit.waiting() > 0) {
                    neededBy.computeIfAbsent(line.itemId(), id -> new TreeSet<>()).add(kit.name());
                }
            }
        }
        List<Shortage> shortages = new ArrayList<>();
        for (Item item : items) {
            Long need = needed.get(item.id());
            if (need == null) {
                continue;
            }
            long shortBy = Math.max(0, need - item.stock());
            if (shortBy > 0 || all) {
                shortages.add(new Shortage(item.id(), item.name(), need, item.stock(), shortBy,
                        List.copyOf(neededBy.getOrDefault(item.id(), new TreeSet<>()))));
            }
        }
        shortages.sort(Comparator.comparingLong(Shortage::shortBy).reversed().thenComparing(Shortage::item));
        return shortages;
    }
}
