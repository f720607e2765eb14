package io.huiwu.logistics.domain.dining;

import org.jetbrains.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who sits at which table and seat for one meal, by the dining protocol of DOMAIN.md (Protocol rules: Dining).
 *
 * <p><b>Tables.</b> The main table (主桌) ranks highest: the one the hall marks as main, else the one farthest from
 * the door, then nearest the middle, then on the right. The others rank by nearness to the main table, then right
 * above left ("right" as seen facing the door, the way the host sits), then farther from the door, then by number.
 *
 * <p><b>Seats.</b> Every table is laid the same way (各桌同向): seat 1 is the host's (主位), facing the door; seat 2
 * the second host's, opposite; then the seats nearer the host rank higher, and at equal distance the host's right
 * above his left. A seat's number is its rank at the table.
 *
 * <p><b>People.</b> Places fixed by hand (pins) stay. The main table takes the highest-ranked people. Halal, vegan
 * and vegetarian diners go to the hall's tables set aside for their diet, when it has some. Everyone else sits with
 * their delegation, delegations taken in order and each kept at as few tables as the free seats allow; at a table
 * the higher-ranked take the better seats. Every placement says which rule put the person there and on what key.
 * The same input always gives the same plan.
 */
public final class TablePlanning {

    /** The most people at one table. */
    public static final int MAX_SEATS = 10;

    private TablePlanning() {
    }

    /**
     * A table of the hall. {@code x} runs to the right as seen facing the door (the host's right), {@code y} away
     * from the door; both in any unit the hall plan uses.
     *
     * @param diet the diet the table is set aside for (清真桌), or null for an ordinary table
     */
    public record Table(UUID id, int number, int capacity, int x, int y, boolean main, @Nullable Diet diet) {
    }

    /**
     * Someone to seat, in the order the roster lists them (stroke order), which breaks every tie.
     *
     * @param rank protocol rank, 1 the highest; null for none
     */
    public record Diner(UUID id, String name, @Nullable Integer rank, @Nullable String delegation, Set<Diet> diet) {

        public Diner {
            diet = Set.copyOf(diet);
        }
    }

    /** A seat fixed by hand. */
    public record Pin(UUID attendeeId, UUID tableId, int seat) {
    }

    /** The rule that put someone where they sit. */
    public enum Rule {
        /** Placed by hand: kept. */
        PINNED("placed by hand", "手工安排"),
        /** The main table, by rank. */
        MAIN_TABLE("main table, protocol rank {0}", "主桌，礼宾排序第 {0} 位"),
        /** A table set aside for a diet. */
        DIET_TABLE("table set aside for the {0} diet", "{0}餐桌"),
        /** With the delegation. */
        DELEGATION("with delegation {0}", "与{0}同桌"),
        /** No delegation: at the tables left. */
        NO_DELEGATION("no delegation: at the tables left", "无所属代表团，安排在余下餐桌");

        private final String english;
        private final String chinese;

        Rule(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }

        public String explain(String key) {
            return english.replace("{0}", key);
        }

        public String explainZh(String key) {
            return chinese.replace("{0}", key);
        }
    }

    /**
     * A seat of a table and where it is.
     *
     * @param number the seat's number, which is its rank at the table (1 the host's)
     * @param position {@code HOST}, {@code SECOND_HOST}, or {@code HOST_RIGHT_n} / {@code HOST_LEFT_n}, the n-th
     *                 seat to the host's right or left
     * @param angle degrees round the table from the host's seat, towards the host's right
     */
    public record Seat(int number, String position, int angle) {
    }

    /** A table and its rank in the hall (1 for the main table). */
    public record RankedTable(Table table, int rank) {
    }

    /** Where someone sits and why. */
    public record Placement(UUID attendeeId, UUID tableId, int tableNumber, int seat, Rule rule, String key,
            String explanation, String explanationZh) {
    }

    /** Someone the plan found no seat for. */
    public record Unplaced(UUID attendeeId, String reason, String reasonZh) {
    }

    /** The plan: tables in rank order, placements by table rank and seat, and whoever has no seat. */
    public record Plan(List<RankedTable> tables, List<Placement> placements, List<Unplaced> unplaced) {
    }

    /** The seats of a table of {@code capacity} seats, by number (rank at the table). */
    public static List<Seat> seats(int capacity) {
        if (capacity < 1 || capacity > MAX_SEATS) {
            throw new IllegalArgumentException("a table has 1 to " + MAX_SEATS + " seats, not " + capacity);
        }
        int second = capacity / 2;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            order.add(i);
        }
        // i is the place round the table from the host's, towards his right; capacity - i is the same place
        // counted towards his left
        order.sort(Comparator.<Integer>comparingInt(i -> i == 0 ? 0 : i == second ? 1 : 2)
                .thenComparingInt(i -> Math.min(i, capacity - i))
                .thenComparingInt(i -> i <= capacity - i ? 0 : 1));
        List<Seat> seats = new ArrayList<>(capacity);
        for (int rank = 0; rank < capacity; rank++) {
            int i = order.get(rank);
            String position = i == 0 ? "HOST" : i == second ? "SECOND_HOST"
                    : i < capacity - i ? "HOST_RIGHT_" + i : "HOST_LEFT_" + (capacity - i);
            seats.add(new Seat(rank + 1, position, Math.round(360f * i / capacity)));
        }
        return seats;
    }

    /** The hall's tables in rank order: the main table, then by nearness to it, then right above left. */
    public static List<RankedTable> rank(Collection<Table> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        Table main = tables.stream().filter(Table::main).min(Comparator.comparingInt(Table::number))
                .orElseGet(() -> tables.stream().min(Comparator.comparingInt((Table t) -> -t.y())
                        .thenComparingInt(t -> Math.abs(t.x())).thenComparingInt(t -> -t.x())
                        .thenComparingInt(Table::number)).orElseThrow());
        List<Table> ordered = new ArrayList<>(tables);
        ordered.remove(main);
        ordered.sort(Comparator.comparingLong((Table t) -> distance(t, main)).thenComparingInt(t -> -t.x())
                .thenComparingInt(t -> -t.y()).thenComparingInt(Table::number));
        ordered.add(0, main);
        List<RankedTable> ranked = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            ranked.add(new RankedTable(ordered.get(i), i + 1));
        }
        return ranked;
    }

    private static long distance(Table a, Table b) {
        long dx = a.x() - b.x();
        long dy = a.y() - b.y();
        return dx * dx + dy * dy;
    }

    /**
     * The plan for one meal.
     *
     * @param diners everyone to seat, in roster order
     * @param pins seats fixed by hand; a pin on a table or seat the hall does not have is dropped
     * @param delegationOrder delegations to seat first, in this order; the others follow by their best rank, then
     *                        in the order the roster first names them
     */
    public static Plan plan(Collection<Table> tables, List<Diner> diners, Collection<Pin> pins,
            List<String> delegationOrder) {
        return new Planner(rank(tables), diners, pins, delegationOrder).plan();
    }

    /** The state of one planning run. */
    private static final class Planner {

        private final List<RankedTable> ranked;
        private final List<Diner> diners;
        private final Map<UUID, Integer> order = new HashMap<>();
        private final Collection<Pin> pins;
        private final List<String> delegationOrder;
        /** Per table id: the diners placed there, each with the rule that did. */
        private final Map<UUID, List<Seated>> atTable = new LinkedHashMap<>();
        private final Map<UUID, Set<Integer>> taken = new HashMap<>();
        private final List<Placement> pinned = new ArrayList<>();
        private final List<Unplaced> unplaced = new ArrayList<>();

        private record Seated(Diner diner, Rule rule, String key) {
        }

        Planner(List<RankedTable> ranked, List<Diner> diners, Collection<Pin> pins, List<String> delegationOrder) {
            this.ranked = ranked;
            this.diners = diners;
            this.pins = pins;
            this.delegationOrder = delegationOrder == null ? List.of() : delegationOrder;
            for (int i = 0; i < diners.size(); i++) {
                order.put(diners.get(i).id(), i);
            }
            for (RankedTable table : ranked) {
                atTable.put(table.table().id(), new ArrayList<>());
                taken.put(table.table().id(), new HashSet<>());
            }
        }

        Plan plan() {
            Map<UUID, RankedTable> byId = new HashMap<>();
            ranked.forEach(t -> byId.put(t.table().id(), t));
            Set<UUID> seated = new HashSet<>();
            for (Pin pin : pins) {
                RankedTable table = byId.get(pin.tableId());
                if (table == null || pin.seat() < 1 || pin.seat() > table.table().capacity()
                        || !taken.get(pin.tableId()).add(pin.seat()) || !seated.add(pin.attendeeId())) {
                    continue;
                }
                pinned.add(new Placement(pin.attendeeId(), pin.tableId(), table.table().number(), pin.seat(),
                        Rule.PINNED, "", Rule.PINNED.explain(""), Rule.PINNED.explainZh("")));
            }
            List<Diner> left = new ArrayList<>(diners.stream().filter(d -> !seated.contains(d.id())).toList());
            if (!ranked.isEmpty() && ranked.get(0).table().diet() == null) {
                mainTable(ranked.get(0).table(), left);
            }
            Map<Diet, List<Table>> dietTables = new LinkedHashMap<>();
            for (RankedTable table : ranked) {
                if (table.table().diet() != null) {
                    dietTables.computeIfAbsent(table.table().diet(), d -> new ArrayList<>()).add(table.table());
                }
            }
            for (Map.Entry<Diet, List<Table>> diet : dietTables.entrySet()) {
                List<Diner> eating = left.stream()
                        .filter(d -> Diet.tableOf(d.diet()).map(diet.getKey()::equals).orElse(false)).toList();
                left.removeAll(eating);
                byDelegation(diet.getValue(), eating, Rule.DIET_TABLE, diet.getKey().label());
            }
            List<Table> ordinary = ranked.stream().filter(t -> t.rank() > 1 && t.table().diet() == null)
                    .map(RankedTable::table).toList();
            byDelegation(ordinary, left, null, null);
            return new Plan(ranked, placements(), List.copyOf(unplaced));
        }

        /** The main table's free seats go to the highest-ranked people. */
        private void mainTable(Table main, List<Diner> left) {
            int free = main.capacity() - taken.get(main.id()).size();
            List<Diner> ranking = left.stream().filter(d -> d.rank() != null).sorted(byRank()).limit(free).toList();
            for (Diner diner : ranking) {
                atTable.get(main.id()).add(new Seated(diner, Rule.MAIN_TABLE, String.valueOf(diner.rank())));
            }
            left.removeAll(ranking);
        }

        /**
         * Seats people at these tables delegation by delegation: a delegation goes whole to the first table (in rank
         * order) with room for all of it; if none has, to the table with the most free seats, and so on with the
         * rest, which keeps it at as few tables as the free seats allow.
         */
        private void byDelegation(List<Table> tables, List<Diner> people, Rule rule, String key) {
            Map<String, List<Diner>> groups = new LinkedHashMap<>();
            for (Diner diner : people) {
                groups.computeIfAbsent(diner.delegation() == null ? "" : diner.delegation(), d -> new ArrayList<>())
                        .add(diner);
            }
            for (String delegation : delegationOrder(groups)) {
                List<Diner> members = new ArrayList<>(groups.get(delegation));
                members.sort(byRank());
                Rule why = rule != null ? rule : delegation.isEmpty() ? Rule.NO_DELEGATION : Rule.DELEGATION;
                String because = key != null ? key : delegation;
                while (!members.isEmpty()) {
                    Optional<Table> table = fitting(tables, members.size());
                    if (table.isEmpty()) {
                        for (Diner diner : members) {
                            unplaced.add(new Unplaced(diner.id(), "no free seat at the tables for them",
                                    "没有可安排的空座位"));
                        }
                        break;
                    }
                    int free = free(table.get());
                    List<Diner> here = members.subList(0, Math.min(free, members.size()));
                    for (Diner diner : here) {
                        atTable.get(table.get().id()).add(new Seated(diner, why, because));
                    }
                    members = new ArrayList<>(members.subList(here.size(), members.size()));
                }
            }
        }

        private List<String> delegationOrder(Map<String, List<Diner>> groups) {
            List<String> named = new ArrayList<>();
            for (String delegation : delegationOrder) {
                if (delegation != null && groups.containsKey(delegation) && !named.contains(delegation)) {
                    named.add(delegation);
                }
            }
            List<String> rest = new ArrayList<>(groups.keySet());
            rest.removeAll(named);
            rest.sort(Comparator.comparingInt((String d) -> d.isEmpty() ? 1 : 0)
                    .thenComparingInt(d -> groups.get(d).stream().map(Diner::rank).filter(r -> r != null)
                            .min(Integer::compare).orElse(Integer.MAX_VALUE))
                    .thenComparingInt(d -> order.get(groups.get(d).get(0).id())));
            named.addAll(rest);
            return named;
        }

        /** The first table in rank order with room for everyone left, else the one with the most free seats. */
        private Optional<Table> fitting(List<Table> tables, int people) {
            Table most = null;
            for (Table table : tables) {
                int free = free(table);
                if (free >= people) {
                    return Optional.of(table);
                }
                if (free > 0 && (most == null || free > free(most))) {
                    most = table;
                }
            }
            return Optional.ofNullable(most);
        }

        private int free(Table table) {
            return table.capacity() - taken.get(table.id()).size() - atTable.get(table.id()).size();
        }

        private Comparator<Diner> byRank() {
            return Comparator.comparingInt((Diner d) -> d.rank() == null ? Integer.MAX_VALUE : d.rank())
                    .thenComparingInt(d -> order.get(d.id()));
        }

        /** Everyone placed, by table rank then seat: at each table the higher-ranked take the better free seats. */
        private List<Placement> placements() {
            List<Placement> all = new ArrayList<>(pinned);
            for (RankedTable ranking : ranked) {
                Table table = ranking.table();
                List<Seated> seated = new ArrayList<>(atTable.get(table.id()));
                seated.sort(Comparator.comparing(Seated::diner, byRank()));
                int seat = 1;
                for (Seated person : seated) {
                    while (taken.get(table.id()).contains(seat)) {
                        seat++;
                    }
                    all.add(new Placement(person.diner().id(), table.id(), table.number(), seat, person.rule(),
                            person.key(), person.rule().explain(person.key()), person.rule().explainZh(person.key())));
                    seat++;
                }
            }
            Map<UUID, Integer> tableRank = new HashMap<>();
            ranked.forEach(t -> tableRank.put(t.table().id(), t.rank()));
            all.sort(Comparator.comparingInt((Placement p) -> tableRank.get(p.tableId()))
                    .thenComparingInt(Placement::seat));
            return List.copyOf(all);
        }
    }
}
