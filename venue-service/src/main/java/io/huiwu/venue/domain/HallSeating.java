package io.huiwu.venue.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Seats a session's hall by protocol: DOMAIN.md, "Protocol rules: Hall", and research domain-rules.md section 2.
 *
 * <ul>
 *   <li>Zones by category, in the policy's order: the first (出席, {@code ATTENDEE}) front and centre, the next
 *       ones ({@code NON_VOTING} 列席 and guests, then staff and press) {@link ZonePlacement#BEHIND behind} it
 *       (whole rows, lower floors first: a higher floor ranks lower) or {@link ZonePlacement#SIDES at the sides}
 *       (whole columns, from the centre outwards). A category in no zone is not seated.</li>
 *   <li>Inside a zone, delegations in blocks, in the delegation order given (registration's agreed order), those it
 *       lacks after it by name, people of no delegation last: {@link BlockLayout#ACROSS 横排} (one after the other
 *       along the rows, front row first, each row from the audience's left), {@link BlockLayout#FRONT_TO_BACK 竖排}
 *       (whole columns from the audience's left, each block filled front to back) or
 *       {@link BlockLayout#CENTRE_OUT 左右排列} (the first delegation on the centre columns, the others alternating
 *       outwards, the second on the audience's left by default: D4 D2 D1 D3 D5).</li>
 *   <li>Inside a block: 团长 then 副团长 first (its first row), then the zone's categories in order (a non-voting
 *       attendee never ahead of a voting one), then by registration's surname-stroke key, or by rank.</li>
 *   <li>Absent people (withdrawn, or on leave for the session) {@link Absence#LEAVE_EMPTY leave their seat empty}
 *       or are {@link Absence#CLOSE_UP closed up}. Blocked seats are skipped.</li>
 *   <li>Pinned people never move: those the request pins and anyone holding a seat the previous plan did not give
 *       them (seated by hand).</li>
 *   <li>A late change ({@link Replan#KEEP_SEATED}, the default when a plan was applied before): everyone still
 *       seated where the plan put them stays; a newcomer is inserted in protocol order into their block, moving
 *       the fewest people towards the nearest empty seat of the block; a departure leaves the seat empty, or under
 *       {@link Absence#CLOSE_UP} the block's people behind the gap move up one seat each.</li>
 * </ul>
 * Every placement says why. The same input always gives the same plan.
 */
public final class HallSeating {

    private HallSeating() {
    }

    /** Where the zones after the first go. */
    public enum ZonePlacement { BEHIND, SIDES }

    /** How a zone's delegations are laid out in blocks. */
    public enum BlockLayout { ACROSS, FRONT_TO_BACK, CENTRE_OUT }

    /** The side, from the audience's view, that takes the second block of {@link BlockLayout#CENTRE_OUT}. */
    public enum AudienceSide { LEFT, RIGHT }

    /** The order inside a block after the leaders. */
    public enum WithinBlock { STROKES, RANK }

    /** What happens to the seat of someone absent. */
    public enum Absence { LEAVE_EMPTY, CLOSE_UP }

    /** Whether a new plan starts from the seating applied before (fewest moves) or from nothing. */
    public enum Replan { KEEP_SEATED, FRESH }

    /** Why a seat is in the plan. */
    public enum Kind { SEATED, KEPT_EMPTY, SPARE }

    public static final List<List<String>> DEFAULT_ZONES = List.of(List.of("ATTENDEE"),
            List.of("NON_VOTING", "GUEST"), List.of("STAFF", "PRESS"));

    /** The organiser's choice of rules; {@link #DEFAULT} is the mainstream one. */
    public record Policy(List<List<String>> zones, ZonePlacement zonePlacement, BlockLayout layout,
            AudienceSide firstSide, WithinBlock withinBlock, Absence absence, Replan replan) {
        public static final Policy DEFAULT = new Policy(DEFAULT_ZONES, ZonePlacement.BEHIND, BlockLayout.ACROSS,
                AudienceSide.LEFT, WithinBlock.STROKES, Absence.LEAVE_EMPTY, Replan.KEEP_SEATED);
    }

    /** A seat of the published map: numbers run across the floor's row from the audience's left. */
    public record Seat(String id, int floor, int row, int number) {
    }

    /**
     * A person of the roster copy. {@code role} is the delegation role (LEADER, DEPUTY_LEADER...), {@code strokeKey}
     * registration's surname-stroke sort key (hex); {@code absence}: why they are absent from the session (withdrawn,
     * listed absent by the caller, on leave), null when they are expected. It becomes the key of the seat kept empty
     * for them and ends its why.
     */
    public record Person(UUID id, String name, String category, String delegation, Integer rank, String role,
            String strokeKey, String absence) {

        public Person(UUID id, String name, String category, String delegation, Integer rank, String role,
                String strokeKey, boolean absent) {
            this(id, name, category, delegation, rank, role, strokeKey, absent ? "absent" : null);
        }

        public boolean absent() {
            return absence != null;
        }
    }

    /**
     * What to plan: the seats, those out of use, the people, the delegations in their agreed order, the pins
     * (person to seat), the seats' holders now, and the placements of the plan applied before (empty for none).
     */
    public record Input(List<Seat> seats, Set<String> blocked, List<Person> people, List<String> delegationOrder,
            Map<UUID, String> pins, Map<String, UUID> holders, List<Placement> previous, Policy policy) {
    }

    /**
     * A seat in the plan: who sits there (null when kept empty or spare), the zone (1 first) and delegation of its
     * block, the rule that put them there (PINNED, LEADER, STROKES, RANK, KEPT, MOVED, KEPT_EMPTY, SPARE), the key
     * that rule read, and why in words.
     */
    public record Placement(String seatId, UUID attendeeId, Kind kind, int zone, String delegation, String rule,
            String key, String why) {
    }

    /** A person's seat before and after ({@code from} null: added; {@code to} null: leaves the seating). */
    public record Change(UUID attendeeId, String from, String to) {
    }

    /** A person the plan could not seat, and why. */
    public record Unseated(UUID attendeeId, String reason) {
    }

    public record Plan(List<Placement> placements, List<Change> moves, List<Change> added, List<Change> leaving,
            List<Unseated> unseated) {
    }

    /** A fault of a plan edited by hand: the field (path into it) and a code. */
    public record Issue(String field, String code, String english, String chinese) {
    }

    private static final Comparator<Seat> FRONT_FIRST = Comparator.comparingInt(Seat::floor)
            .thenComparingInt(Seat::row).thenComparingInt(Seat::number);

    /** A block of one delegation in one zone. */
    private record Group(int zone, String delegation, int position, List<Person> people) {
    }

    /** Plans the seating. */
    public static Plan plan(Input in) {
        Policy policy = in.policy() == null ? Policy.DEFAULT : in.policy();
        Map<String, Seat> seats = new HashMap<>();
        in.seats().forEach(s -> seats.put(s.id(), s));
        Map<UUID, Person> people = new LinkedHashMap<>();
        in.people().forEach(p -> people.put(p.id(), p));
        Map<UUID, Placement> previousOf = new HashMap<>();
        in.previous().stream().filter(p -> p.attendeeId() != null).forEach(p -> previousOf.put(p.attendeeId(), p));

        // pinned: asked for, or seated by hand (a seat the previous plan did not give them)
        Map<UUID, String> pinned = new TreeMap<>(in.pins());
        Set<String> pinnedSeats = new HashSet<>(pinned.values());
        in.holders().forEach((seat, person) -> {
            Placement before = previousOf.get(person);
            boolean byPlan = before != null && before.seatId().equals(seat);
            if (!byPlan && !pinned.containsKey(person) && !pinnedSeats.contains(seat) && seats.containsKey(seat)) {
                pinned.put(person, seat);
                pinnedSeats.add(seat);
            }
        });
        Map<String, Placement> placed = new HashMap<>();
        pinned.forEach((person, seat) -> placed.put(seat, new Placement(seat, person, Kind.SEATED, 0,
                people.containsKey(person) ? people.get(person).delegation() : null, "PINNED", null,
                "pinned: seated by hand or pinned in the request, never moved")));

        Map<String, Integer> delegationRank = new HashMap<>();
        for (int i = 0; i < in.delegationOrder().size(); i++) {
            delegationRank.putIfAbsent(in.delegationOrder().get(i), i + 1);
        }
        List<Unseated> unseated = new ArrayList<>();
        List<Group> groups = groups(people.values().stream().filter(p -> !pinned.containsKey(p.id())).toList(),
                policy, delegationRank, unseated);
        Set<String> usable = new HashSet<>();
        seats.keySet().stream().filter(id -> !in.blocked().contains(id) && !pinnedSeats.contains(id))
                .forEach(usable::add);
        boolean incremental = policy.replan() == Replan.KEEP_SEATED && !in.previous().isEmpty();
        if (incremental) {
            late(in, policy, seats, usable, groups, previousOf, placed, unseated);
        } else {
            fresh(policy, seats, usable, groups, placed, unseated, delegationRank);
        }

        Map<UUID, String> after = new HashMap<>();
        placed.values().stream().filter(p -> p.attendeeId() != null).forEach(p -> after.put(p.attendeeId(),
                p.seatId()));
        Map<UUID, String> before = new TreeMap<>();
        in.holders().forEach((seat, person) -> before.put(person, seat));
        List<Change> moves = new ArrayList<>();
        List<Change> added = new ArrayList<>();
        List<Change> leaving = new ArrayList<>();
        before.forEach((person, seat) -> {
            String to = after.get(person);
            if (to == null) {
                leaving.add(new Change(person, seat, null));
            } else if (!to.equals(seat)) {
                moves.add(new Change(person, seat, to));
            }
        });
        after.forEach((person, seat) -> {
            if (!before.containsKey(person)) {
                added.add(new Change(person, null, seat));
            }
        });
        Map<String, Integer> front = frontRanks(seats.values());
        Comparator<Change> byTarget = Comparator.comparingInt(c -> front.get(c.to()));
        added.sort(byTarget);
        moves.sort(byTarget);
        List<Placement> placements = placed.values().stream()
                .sorted(Comparator.comparingInt(p -> front.get(p.seatId()))).toList();
        return new Plan(placements, moves, added, leaving, unseated);
    }

    /** Each seat's place in {@link #FRONT_FIRST} order, sorted once: seats in the same place share one. */
    private static Map<String, Integer> frontRanks(Collection<Seat> seats) {
        List<Seat> sorted = new ArrayList<>(seats);
        sorted.sort(FRONT_FIRST);
        Map<String, Integer> ranks = new HashMap<>(sorted.size() * 2);
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && FRONT_FIRST.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
                rank++;
            }
            ranks.put(sorted.get(i).id(), rank);
        }
        return ranks;
    }

    /** People by zone and delegation, in protocol order; people of no zone are not seated. */
    private static List<Group> groups(List<Person> people, Policy policy, Map<String, Integer> delegationRank,
            List<Unseated> unseated) {
        Map<String, Integer> zoneOf = new HashMap<>();
        for (int z = 0; z < policy.zones().size(); z++) {
            for (String category : policy.zones().get(z)) {
                zoneOf.putIfAbsent(category, z + 1);
            }
        }
        Map<Integer, Map<String, List<Person>>> byZone = new TreeMap<>();
        List<Person> ordered = people.stream().sorted(Comparator.comparing(Person::id)).toList();
        for (Person p : ordered) {
            Integer zone = zoneOf.get(p.category());
            if (zone == null) {
                unseated.add(new Unseated(p.id(), "category " + p.category() + " is in no zone of the policy"));
                continue;
            }
            byZone.computeIfAbsent(zone, z -> new TreeMap<>(delegationOrder(delegationRank)))
                    .computeIfAbsent(p.delegation() == null ? "" : p.delegation(), d -> new ArrayList<>()).add(p);
        }
        List<Group> groups = new ArrayList<>();
        byZone.forEach((zone, delegations) -> {
            int position = 0;
            for (Map.Entry<String, List<Person>> d : delegations.entrySet()) {
                List<Person> members = new ArrayList<>(d.getValue());
                members.sort(withinBlock(policy, policy.zones().get(zone - 1)));
                groups.add(new Group(zone, d.getKey().isEmpty() ? null : d.getKey(), ++position, members));
            }
        });
        return groups;
    }

    /** Delegations: the agreed order first, then the others by name, no delegation ("") last. */
    private static Comparator<String> delegationOrder(Map<String, Integer> rank) {
        return Comparator.<String>comparingInt(d -> d.isEmpty() ? 2 : rank.containsKey(d) ? 0 : 1)
                .thenComparingInt(d -> rank.getOrDefault(d, 0)).thenComparing(Comparator.naturalOrder());
    }

    /** Leaders first, then the zone's categories in order, then strokes or rank; the id settles the rest. */
    static Comparator<Person> withinBlock(Policy policy, List<String> categories) {
        Comparator<Person> order = Comparator.<Person>comparingInt(p -> leaderOrder(p.role()))
                .thenComparingInt(p -> categories.indexOf(p.category()));
        Comparator<Person> strokes = Comparator.comparing(Person::strokeKey,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Person> rank = Comparator.comparing(Person::rank, Comparator.nullsLast(Comparator.naturalOrder()));
        order = policy.withinBlock() == WithinBlock.RANK ? order.thenComparing(rank).thenComparing(strokes)
                : order.thenComparing(strokes);
        return order.thenComparing(Person::id);
    }

    private static int leaderOrder(String role) {
        return "LEADER".equals(role) ? 0 : "DEPUTY_LEADER".equals(role) ? 1 : 2;
    }

    // ---------------------------------------------------------------- a plan from nothing

    private static void fresh(Policy policy, Map<String, Seat> seats, Set<String> usable, List<Group> groups,
            Map<String, Placement> placed, List<Unseated> unseated, Map<String, Integer> delegationRank) {
        List<List<Seat>> units = zoneUnits(policy, usable.stream().map(seats::get).toList());
        int next = 0;
        Map<Integer, List<Group>> byZone = new TreeMap<>();
        groups.forEach(g -> byZone.computeIfAbsent(g.zone(), z -> new ArrayList<>()).add(g));
        for (Map.Entry<Integer, List<Group>> zone : byZone.entrySet()) {
            List<Group> blocks = zone.getValue().stream().map(g -> seatable(g, policy)).toList();
            int end = unitsNeeded(policy, units, next, blocks);
            List<Seat> zoneSeats = new ArrayList<>();
            while (next < end) {
                zoneSeats.addAll(units.get(next++));
            }
            Map<String, Placement> laid = new HashMap<>();
            List<Person> over = layOut(policy, zoneSeats, blocks, laid, delegationRank);
            placed.putAll(laid);
            over.forEach(p -> unseated.add(new Unseated(p.id(), "no seat left in the hall for zone " + zone.getKey())));
        }
    }

    /**
     * Where the zone's rows or columns end, the zone taking them from {@code first} on: as many as its people need
     * seats, then more one by one until every block fits (all that are left when it never does). Only the blocks'
     * sizes and the columns' lengths are counted here; the zone is laid out once, on the result.
     */
    private static int unitsNeeded(Policy policy, List<List<Seat>> units, int first, List<Group> blocks) {
        int[] sizes = blocks.stream().mapToInt(g -> g.people().size()).toArray();
        int need = Arrays.stream(sizes).sum();
        int end = first;
        int have = 0;
        TreeMap<Integer, Integer> columnLengths = new TreeMap<>();
        while (end < units.size() && have < need) {
            have += units.get(end).size();
            count(units.get(end++), columnLengths);
        }
        if (policy.layout() == BlockLayout.ACROSS) {
            return end; // one block after the other: the zone fits when it has a seat for everyone
        }
        while (!fits(policy, columnLengths, sizes) && end < units.size()) {
            count(units.get(end++), columnLengths);
        }
        return end;
    }

    private static void count(List<Seat> unit, Map<Integer, Integer> columnLengths) {
        unit.forEach(s -> columnLengths.merge(s.number(), 1, Integer::sum));
    }

    /** Whether every block gets a seat for each of its people from the zone's columns of these lengths. */
    private static boolean fits(Policy policy, TreeMap<Integer, Integer> columnLengths, int[] sizes) {
        int[] lengths = columnLengths.values().stream().mapToInt(Integer::intValue).toArray();
        int[][] taken = blockColumns(policy, lengths, sizes);
        for (int b = 0; b < sizes.length; b++) {
            int seats = 0;
            for (int c : taken[b]) {
                seats += lengths[c];
            }
            if (seats < sizes[b]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The columns (indexes, from the audience's left) each block takes under {@link BlockLayout#FRONT_TO_BACK} or
     * {@link BlockLayout#CENTRE_OUT}, given the columns' lengths and the blocks' sizes: a block takes columns until
     * it has a seat for each of its people or none is left.
     */
    private static int[][] blockColumns(Policy policy, int[] lengths, int[] sizes) {
        int[][] taken = new int[sizes.length][];
        int[] block = new int[lengths.length];
        if (lengths.length == 0) {
            Arrays.fill(taken, block);
            return taken;
        }
        if (policy.layout() == BlockLayout.FRONT_TO_BACK) {
            int cursor = 0;
            for (int b = 0; b < sizes.length; b++) {
                int n = 0;
                int seats = 0;
                while (cursor < lengths.length && seats < sizes[b]) {
                    seats += lengths[cursor];
                    block[n++] = cursor++;
                }
                taken[b] = Arrays.copyOf(block, n);
            }
            return taken;
        }
        // CENTRE_OUT: the first block on the centre columns, the others alternating outwards
        int lo = (lengths.length - 1) / 2 + 1;
        int hi = lo - 1;
        boolean firstLeft = policy.firstSide() == AudienceSide.LEFT;
        for (int b = 0; b < sizes.length; b++) {
            int n = 0;
            int seats = 0;
            boolean left = b == 0 || (b % 2 == 1) == firstLeft;
            boolean alternate = b == 0;
            while (seats < sizes[b] && (lo > 0 || hi < lengths.length - 1)) {
                boolean takeLeft = lo > 0 && (left || hi >= lengths.length - 1);
                int c = takeLeft ? --lo : ++hi;
                seats += lengths[c];
                block[n++] = c;
                if (alternate) {
                    left = !left;
                }
            }
            taken[b] = Arrays.copyOf(block, n);
        }
        return taken;
    }

    /** The group's people who take a seat (absent ones too when their seat is to be left empty). */
    private static Group seatable(Group g, Policy policy) {
        return policy.absence() == Absence.LEAVE_EMPTY ? g
                : new Group(g.zone(), g.delegation(), g.position(), g.people().stream().filter(p -> !p.absent())
                        .toList());
    }

    /** The rows (behind) or columns (sides, from the centre out) zones are taken in. */
    private static List<List<Seat>> zoneUnits(Policy policy, List<Seat> seats) {
        List<Seat> sorted = new ArrayList<>(seats);
        sorted.sort(FRONT_FIRST);
        if (policy.zonePlacement() == ZonePlacement.BEHIND) {
            Map<Long, List<Seat>> rows = new TreeMap<>();
            sorted.forEach(s -> rows.computeIfAbsent((long) s.floor() << 32 | s.row(), r -> new ArrayList<>())
                    .add(s));
            return new ArrayList<>(rows.values());
        }
        List<List<Seat>> columns = columns(sorted);
        List<List<Seat>> out = new ArrayList<>();
        if (columns.isEmpty()) {
            // nothing left for this zone: its people are named as unseated
            return out;
        }
        int lo = (columns.size() - 1) / 2;
        int hi = lo + 1;
        boolean left = true;
        while (lo >= 0 || hi < columns.size()) {
            if ((left && lo >= 0) || hi >= columns.size()) {
                out.add(columns.get(lo--));
            } else {
                out.add(columns.get(hi++));
            }
            left = !left;
        }
        return out;
    }

    /** Columns (seat numbers) from the audience's left, each front to back. */
    private static List<List<Seat>> columns(List<Seat> seats) {
        Map<Integer, List<Seat>> columns = new TreeMap<>();
        seats.forEach(s -> columns.computeIfAbsent(s.number(), n -> new ArrayList<>()).add(s));
        columns.values().forEach(c -> c.sort(FRONT_FIRST));
        return new ArrayList<>(columns.values());
    }

    /** Lays the zone's blocks out on its seats; returns the people left over (none when all fit). */
    private static List<Person> layOut(Policy policy, List<Seat> zoneSeats, List<Group> blocks,
            Map<String, Placement> laid, Map<String, Integer> delegationRank) {
        List<Person> over = new ArrayList<>();
        List<Seat> sorted = new ArrayList<>(zoneSeats);
        sorted.sort(FRONT_FIRST);
        if (policy.layout() == BlockLayout.ACROSS) {
            int cursor = 0;
            for (Group g : blocks) {
                int end = Math.min(sorted.size(), cursor + g.people().size());
                fill(policy, g, sorted.subList(cursor, end), laid, over, delegationRank);
                cursor = end;
            }
            return over;
        }
        List<List<Seat>> columns = columns(sorted);
        if (columns.isEmpty() && policy.layout() == BlockLayout.CENTRE_OUT) {
            blocks.forEach(g -> over.addAll(g.people()));
            return over;
        }
        int[] lengths = columns.stream().mapToInt(List::size).toArray();
        int[][] taken = blockColumns(policy, lengths, blocks.stream().mapToInt(g -> g.people().size()).toArray());
        for (int b = 0; b < blocks.size(); b++) {
            List<Seat> block = new ArrayList<>();
            for (int c : taken[b]) {
                block.addAll(columns.get(c));
            }
            fill(policy, blocks.get(b), block, laid, over, delegationRank);
        }
        return over;
    }

    private static void fill(Policy policy, Group g, List<Seat> block, Map<String, Placement> laid,
            List<Person> over, Map<String, Integer> delegationRank) {
        List<Seat> seats = new ArrayList<>(block);
        seats.sort(FRONT_FIRST);
        String text = blockText(policy, g, delegationRank);
        for (int i = 0; i < g.people().size(); i++) {
            Person p = g.people().get(i);
            if (i >= seats.size()) {
                over.add(p);
                continue;
            }
            laid.put(seats.get(i).id(), placement(policy, g, p, seats.get(i), i, text));
        }
        String spare = text + " · spare seat of the block";
        for (int i = g.people().size(); i < seats.size(); i++) {
            laid.put(seats.get(i).id(), new Placement(seats.get(i).id(), null, Kind.SPARE, g.zone(), g.delegation(),
                    "SPARE", null, spare));
        }
    }

    /** A person's placement in the block; {@code blockText} says which block. */
    private static Placement placement(Policy policy, Group g, Person p, Seat seat, int index, String blockText) {
        String rule;
        String key;
        if (leaderOrder(p.role()) < 2) {
            rule = "LEADER";
            key = p.role();
        } else if (policy.withinBlock() == WithinBlock.RANK) {
            rule = "RANK";
            key = p.rank() == null ? null : p.rank().toString();
        } else {
            rule = "STROKES";
            key = p.strokeKey();
        }
        String why = blockText + " · " + ordinal(index + 1) + " in block: "
                + (rule.equals("LEADER") ? "leader " + key : rule.equals("RANK") ? "rank " + key : "stroke key "
                + key) + " · row " + seat.row() + (seat.floor() > 1 ? ", floor " + seat.floor() : "");
        if (p.absent()) {
            return new Placement(seat.id(), null, Kind.KEPT_EMPTY, g.zone(), g.delegation(), "KEPT_EMPTY",
                    p.absence(), why + " · kept empty: " + p.name() + " is " + p.absence());
        }
        return new Placement(seat.id(), p.id(), Kind.SEATED, g.zone(), g.delegation(), rule, key, why);
    }

    private static String blockText(Policy policy, Group g, Map<String, Integer> delegationRank) {
        String delegation = g.delegation() == null ? "no delegation"
                : "delegation " + g.position() + " (" + g.delegation() + (delegationRank.containsKey(g.delegation())
                ? ", agreed order " + delegationRank.get(g.delegation()) : ", not in the agreed order") + ")";
        return "zone " + g.zone() + " (" + String.join(", ", policy.zones().get(g.zone() - 1)) + ") · "
                + delegation + " · " + policy.layout() + " block";
    }

    private static String ordinal(int n) {
        return n + switch (n % 100 > 10 && n % 100 < 14 ? 0 : n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    // ---------------------------------------------------------------- a late change, with the fewest moves

    private static void late(Input in, Policy policy, Map<String, Seat> seats, Set<String> usable,
            List<Group> groups, Map<UUID, Placement> previousOf, Map<String, Placement> placed,
            List<Unseated> unseated) {
        Map<UUID, String> heldBy = new HashMap<>();
        in.holders().forEach((seat, person) -> heldBy.put(person, seat));
        // each block's seats as the previous plan laid them out, front first
        Map<String, List<Seat>> regions = new LinkedHashMap<>();
        Map<String, Placement> previousAt = new HashMap<>();
        for (Placement p : in.previous()) {
            if (usable.contains(p.seatId())) {
                regions.computeIfAbsent(region(p.zone(), p.delegation()), r -> new ArrayList<>())
                        .add(seats.get(p.seatId()));
                previousAt.put(p.seatId(), p);
            }
        }
        regions.values().forEach(r -> r.sort(FRONT_FIRST));
        Set<String> taken = new HashSet<>();
        in.previous().forEach(p -> taken.add(p.seatId()));
        FreeSeats free = new FreeSeats(usable.stream().filter(id -> !taken.contains(id)).map(seats::get).toList());

        for (Group g : groups) {
            String key = region(g.zone(), g.delegation());
            List<Seat> region = regions.computeIfAbsent(key, r -> new ArrayList<>());
            Comparator<Person> order = withinBlock(policy, policy.zones().get(g.zone() - 1));
            // slots of the block: who sits in each seat now (kept), or null
            Person[] slots = new Person[region.size()];
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < region.size(); i++) {
                index.put(region.get(i).id(), i);
            }
            List<Person> newcomers = new ArrayList<>();
            List<Person> absentees = new ArrayList<>();
            for (Person p : g.people()) {
                Placement before = previousOf.get(p.id());
                String seat = heldBy.get(p.id());
                boolean stays = !p.absent() && before != null && seat != null && seat.equals(before.seatId())
                        && index.containsKey(seat);
                if (stays) {
                    slots[index.get(seat)] = p;
                } else if (p.absent()) {
                    absentees.add(p);
                } else {
                    newcomers.add(p);
                }
            }
            if (policy.absence() == Absence.CLOSE_UP) {
                List<Person> everyone = new ArrayList<>();
                for (Person p : slots) {
                    if (p != null) {
                        everyone.add(p);
                    }
                }
                everyone.addAll(newcomers);
                everyone.sort(order);
                while (region.size() < everyone.size() && extend(region, free)) {
                    // the block grows by the free seat nearest the front
                }
                slots = new Person[region.size()];
                for (int i = 0; i < everyone.size(); i++) {
                    if (i < slots.length) {
                        slots[i] = everyone.get(i);
                    } else {
                        unseated.add(new Unseated(everyone.get(i).id(), "no seat left in the hall for zone "
                                + g.zone()));
                    }
                }
            } else {
                // an absentee's seat, where the plan gave them one, stays theirs, empty
                Set<Integer> keptEmpty = new HashSet<>();
                for (int i = 0; i < region.size(); i++) {
                    Placement at = previousAt.get(region.get(i).id());
                    if (slots[i] == null && at != null && at.kind() == Kind.KEPT_EMPTY) {
                        keptEmpty.add(i);
                    }
                }
                for (Person p : absentees) {
                    Placement before = previousOf.get(p.id());
                    Integer seat = before == null ? null : index.get(before.seatId());
                    if (seat != null && slots[seat] == null) {
                        keptEmpty.add(seat);
                    }
                }
                newcomers.sort(order);
                for (Person p : newcomers) {
                    slots = insert(p, slots, region, keptEmpty, order, free);
                    if (slots == null) {
                        unseated.add(new Unseated(p.id(), "no seat left in the hall for zone " + g.zone()));
                        slots = new Person[0];
                    }
                }
                for (int i : keptEmpty) {
                    if (slots.length > i && slots[i] == null) {
                        Seat seat = region.get(i);
                        placed.put(seat.id(), new Placement(seat.id(), null, Kind.KEPT_EMPTY, g.zone(),
                                g.delegation(), "KEPT_EMPTY", null, previousAt.get(seat.id()).why()
                                .replaceAll(" · kept empty.*$", "") + " · kept empty: its holder is absent"));
                    }
                }
            }
            int seated = 0;
            for (int i = 0; i < slots.length && i < region.size(); i++) {
                Seat seat = region.get(i);
                Person p = slots[i];
                if (p == null) {
                    if (!placed.containsKey(seat.id())) {
                        placed.put(seat.id(), new Placement(seat.id(), null, Kind.SPARE, g.zone(), g.delegation(),
                                "SPARE", null, "zone " + g.zone() + " · " + (g.delegation() == null
                                ? "no delegation" : g.delegation()) + " · spare seat of the block"));
                    }
                    continue;
                }
                seated++;
                Placement before = previousOf.get(p.id());
                boolean kept = before != null && before.seatId().equals(seat.id())
                        && seat.id().equals(heldBy.get(p.id()));
                String why = kept ? before.why() : "zone " + g.zone() + " · " + (g.delegation() == null
                        ? "no delegation" : "delegation " + g.delegation()) + " · " + ordinal(seated)
                        + " in block by protocol order (late change, fewest moves) · row " + seat.row()
                        + (seat.floor() > 1 ? ", floor " + seat.floor() : "");
                placed.put(seat.id(), new Placement(seat.id(), p.id(), Kind.SEATED, g.zone(), g.delegation(),
                        kept ? before.rule() : "MOVED", kept ? before.key() : p.strokeKey(), why));
            }
        }
    }

    private static String region(int zone, String delegation) {
        return zone + "\u0000" + (delegation == null ? "" : delegation);
    }

    /**
     * Puts a newcomer into the block in protocol order, moving the fewest people: between the last one before them
     * and the first one after them, an empty seat is taken with no move; else the people from the insertion point
     * to the nearest empty seat (forwards or backwards) each move one seat. With no empty seat, the block takes the
     * first free seat of the hall.
     */
    private static Person[] insert(Person p, Person[] slots, List<Seat> region, Set<Integer> keptEmpty,
            Comparator<Person> order, FreeSeats free) {
        while (true) {
            int before = -1;
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] != null && order.compare(slots[i], p) < 0) {
                    before = i;
                }
            }
            int after = slots.length;
            for (int i = before + 1; i < slots.length; i++) {
                if (slots[i] != null) {
                    after = i;
                    break;
                }
            }
            for (int i = before + 1; i < after; i++) {
                if (slots[i] == null) {
                    int chosen = i;
                    for (int j = before + 1; j < after; j++) {
                        if (slots[j] == null && !keptEmpty.contains(j)) {
                            chosen = j;
                            break;
                        }
                    }
                    slots[chosen] = p;
                    keptEmpty.remove(chosen);
                    return slots;
                }
            }
            int forward = -1;
            for (int i = after; i < slots.length; i++) {
                if (slots[i] == null) {
                    forward = i;
                    break;
                }
            }
            int backward = -1;
            for (int i = before; i >= 0; i--) {
                if (slots[i] == null) {
                    backward = i;
                    break;
                }
            }
            if (forward < 0 && backward < 0) {
                if (!extend(region, free)) {
                    return null;
                }
                slots = Arrays.copyOf(slots, region.size());
                continue;
            }
            boolean goForward = forward >= 0 && (backward < 0 || forward - after <= before - backward);
            if (goForward) {
                System.arraycopy(slots, after, slots, after + 1, forward - after);
                slots[after] = p;
                keptEmpty.remove(forward);
            } else {
                System.arraycopy(slots, backward + 1, slots, backward, before - backward);
                slots[before] = p;
                keptEmpty.remove(backward);
            }
            return slots;
        }
    }

    /** The block takes the free seat of the hall nearest the front; false when there is none. */
    private static boolean extend(List<Seat> region, FreeSeats free) {
        Seat first = free.take();
        if (first == null) {
            return false;
        }
        region.add(first);
        return true;
    }

    /** The hall's free seats, front first, taken one at a time from the front. */
    private static final class FreeSeats {
        private final List<Seat> seats;
        private int next;

        FreeSeats(List<Seat> seats) {
            this.seats = new ArrayList<>(seats);
            this.seats.sort(FRONT_FIRST.thenComparing(Seat::id));
        }

        /** The free seat nearest the front, no longer free; null when none is left. */
        Seat take() {
            return next < seats.size() ? seats.get(next++) : null;
        }
    }

    // ---------------------------------------------------------------- a plan edited by hand

    /** An entry of a plan edited by hand. */
    public record Entry(String seatId, UUID attendeeId) {
    }

    /**
     * The faults of a plan edited by hand: a seat not on the map or blocked, a seat given twice, a person seated
     * twice or not in the roster, and a non-voting attendee (NON_VOTING) ahead of a voting one (ATTENDEE) of the
     * same delegation: on a lower floor, or on the same floor in a row nearer the front.
     */
    public static List<Issue> validate(List<Seat> seatList, Set<String> blocked, List<Person> people,
            List<Entry> entries) {
        Map<String, Seat> seats = new HashMap<>();
        seatList.forEach(s -> seats.put(s.id(), s));
        Map<UUID, Person> roster = new HashMap<>();
        people.forEach(p -> roster.put(p.id(), p));
        List<Issue> issues = new ArrayList<>();
        Map<String, Integer> seatAt = new HashMap<>();
        Map<UUID, Integer> personAt = new HashMap<>();
        Map<String, Seat> rearVoting = new HashMap<>();
        Map<String, Integer> rearVotingIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "seats[" + i + "].";
            Integer other = seatAt.putIfAbsent(e.seatId(), i);
            if (other != null) {
                issues.add(new Issue(at + "seatId", "SEAT_GIVEN_TWICE", "Seat " + e.seatId() + " is also given in"
                        + " seats[" + other + "]", "座位 " + e.seatId() + " 已在 seats[" + other + "] 中分配"));
            }
            Integer twice = personAt.putIfAbsent(e.attendeeId(), i);
            if (twice != null) {
                issues.add(new Issue(at + "attendeeId", "PERSON_SEATED_TWICE", e.attendeeId() + " is also seated in"
                        + " seats[" + twice + "]", e.attendeeId() + " 已在 seats[" + twice + "] 中就座"));
            }
            Seat seat = seats.get(e.seatId());
            if (seat == null) {
                issues.add(new Issue(at + "seatId", "NOT_ON_MAP", e.seatId() + " is not a seat of the published"
                        + " seat map", e.seatId() + " 不是已发布座位图中的座位"));
            } else if (blocked.contains(e.seatId())) {
                issues.add(new Issue(at + "seatId", "BLOCKED", "Seat " + e.seatId() + " is blocked",
                        "座位 " + e.seatId() + " 已封存"));
            }
            Person p = roster.get(e.attendeeId());
            if (p == null) {
                issues.add(new Issue(at + "attendeeId", "NOT_IN_ROSTER", e.attendeeId() + " is not an active"
                        + " attendee of this meeting", e.attendeeId() + " 不是本次会议的在册人员"));
            }
        }
        // a non-voting attendee ahead of a voting one of the same delegation
        Map<String, List<Integer>> byDelegation = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Person p = roster.get(entries.get(i).attendeeId());
            if (p != null && p.delegation() != null && seats.containsKey(entries.get(i).seatId())) {
                byDelegation.computeIfAbsent(p.delegation(), d -> new ArrayList<>()).add(i);
            }
        }
        Comparator<Seat> depth = Comparator.comparingInt(Seat::floor).thenComparingInt(Seat::row);
        byDelegation.forEach((delegation, indexes) -> {
            for (int i : indexes) {
                Seat voting = seats.get(entries.get(i).seatId());
                if ("ATTENDEE".equals(roster.get(entries.get(i).attendeeId()).category())) {
                    Seat rear = rearVoting.get(delegation);
                    if (rear == null || depth.compare(voting, rear) > 0) {
                        rearVoting.put(delegation, voting);
                        rearVotingIndex.put(delegation, i);
                    }
                }
            }
            Seat lastVoting = rearVoting.get(delegation);
            for (int i : indexes) {
                Person p = roster.get(entries.get(i).attendeeId());
                Seat seat = seats.get(entries.get(i).seatId());
                if (lastVoting != null && "NON_VOTING".equals(p.category()) && depth.compare(seat, lastVoting) < 0) {
                    int v = rearVotingIndex.get(delegation);
                    issues.add(new Issue("seats[" + i + "].seatId", "NON_VOTING_AHEAD", "Non-voting " + p.name()
                            + " sits ahead of voting " + roster.get(entries.get(v).attendeeId()).name() + " (seats["
                            + v + "]) of " + delegation, "列席人员 " + p.name() + " 坐在 " + delegation + " 的出席人员 "
                            + roster.get(entries.get(v).attendeeId()).name() + "（seats[" + v + "]）之前"));
                }
            }
        });
        issues.sort(Comparator.comparingInt((Issue i) -> Integer.parseInt(i.field().substring(6,
                i.field().indexOf(']')))).thenComparing(Issue::code));
        return issues;
    }
}
