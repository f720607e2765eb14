package io.huiwu.venue.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A hall's seat map written out in full: floors, each with blocks from the audience's left to right, each block
 * with its rows and each row with its seats, every seat with its stable id, its number in the row (where it is
 * drawn) and its printed label. Whatever a grid cannot say is said here: rows of different lengths, seats left out,
 * a curved or staggered row (its seats keep their numbers and carry the labels the hall prints). A grid spec
 * ({@link SeatGrid}) is the compact way to make a regular map, and {@link #of} writes it out in this form, so that
 * every map is checked, published, charted and seated the same way whichever way it was made.
 *
 * <p>{@link #check} holds the rules a map must keep: each seat's id once in the whole map, no two seats at one place
 * (floor, row, number), a floor, a block of a floor and a row of a block given once, every row with seats, every
 * seat labelled, an aisle only between blocks of its floor, and no more than {@link SeatGrid#MOST_SEATS} seats.
 */
public final class SeatPlan {

    public record Plan(List<Floor> floors, List<SeatGrid.Aisle> aisles, List<Integer> rostrumRows) {
    }

    public record Floor(int floor, List<Block> blocks) {
    }

    /** A block; its {@code zone} is a name the hall gives a group of blocks (池座, 楼座), null when none. */
    public record Block(String code, String zone, List<Row> rows) {
    }

    public record Row(int row, List<Seat> seats) {
    }

    public record Seat(String id, int number, String label) {
    }

    /** A block's extent on its floor: its front and back rows, and its leftmost and rightmost seat numbers. */
    public record Extent(String code, int firstRow, int lastRow, int firstSeat, int lastSeat) {
    }

    private SeatPlan() {
    }

    /**
     * The seats of the plan in floor, row and number order, and its aisles (those it gives, or when it gives none,
     * one between each two neighbouring blocks of a floor), or the issues that keep it from being a map, each named
     * by its path in the document ({@code floors[0].blocks[1].rows[3].seats[7].id}).
     */
    public static SeatGrid.Layout check(Plan plan) {
        List<SeatGrid.Issue> issues = new ArrayList<>();
        List<SeatGrid.Seat> seats = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Map<Integer, Set<String>> blocksOf = new HashMap<>();
        for (int f = 0; f < plan.floors().size(); f++) {
            Floor floor = plan.floors().get(f);
            String floorPath = "floors[" + f + "]";
            if (blocksOf.containsKey(floor.floor())) {
                issues.add(new SeatGrid.Issue(floorPath + ".floor", "floor " + floor.floor() + " is given twice",
                        floor.floor() + " 层重复"));
                continue;
            }
            Set<String> codes = new HashSet<>();
            blocksOf.put(floor.floor(), codes);
            Map<String, String> places = new HashMap<>();
            for (int b = 0; b < floor.blocks().size(); b++) {
                Block block = floor.blocks().get(b);
                String blockPath = floorPath + ".blocks[" + b + "]";
                if (!codes.add(block.code())) {
                    issues.add(new SeatGrid.Issue(blockPath + ".code", "block " + block.code()
                            + " is given twice on floor " + floor.floor(),
                            "第 " + floor.floor() + " 层的 " + block.code() + " 区重复"));
                    continue;
                }
                Set<Integer> rows = new HashSet<>();
                for (int r = 0; r < block.rows().size(); r++) {
                    Row row = block.rows().get(r);
                    String rowPath = blockPath + ".rows[" + r + "]";
                    if (!rows.add(row.row())) {
                        issues.add(new SeatGrid.Issue(rowPath + ".row", "row " + row.row() + " is given twice in"
                                + " block " + block.code(), block.code() + " 区的第 " + row.row() + " 排重复"));
                        continue;
                    }
                    if (row.seats().isEmpty()) {
                        issues.add(new SeatGrid.Issue(rowPath + ".seats", "row " + row.row() + " has no seats",
                                "第 " + row.row() + " 排没有座位"));
                        continue;
                    }
                    if (seats.size() + row.seats().size() > SeatGrid.MOST_SEATS) {
                        issues.add(new SeatGrid.Issue(rowPath + ".seats", "makes the map larger than "
                                + SeatGrid.MOST_SEATS + " seats", "使座位图超过 " + SeatGrid.MOST_SEATS + " 个座位"));
                        return new SeatGrid.Layout(List.of(), List.of(), List.copyOf(issues));
                    }
                    for (int s = 0; s < row.seats().size(); s++) {
                        Seat seat = row.seats().get(s);
                        String seatPath = rowPath + ".seats[" + s + "]";
                        if (seat.label() == null || seat.label().isBlank()) {
                            issues.add(new SeatGrid.Issue(seatPath + ".label", "seat " + seat.id()
                                    + " has no label", "座位 " + seat.id() + " 没有标签"));
                        }
                        String first = ids.putIfAbsent(seat.id(), seatPath);
                        if (first != null) {
                            issues.add(new SeatGrid.Issue(seatPath + ".id", "seat id " + seat.id()
                                    + " is already given at " + first, "座位编号 " + seat.id() + " 已用于 " + first));
                            continue;
                        }
                        String place = row.row() + "-" + seat.number();
                        String taken = places.putIfAbsent(place, seat.id());
                        if (taken != null) {
                            issues.add(new SeatGrid.Issue(seatPath + ".number", "row " + row.row() + " seat "
                                    + seat.number() + " of floor " + floor.floor() + " is already seat " + taken,
                                    "第 " + floor.floor() + " 层 " + row.row() + " 排 " + seat.number() + " 号已是座位 "
                                            + taken));
                            continue;
                        }
                        seats.add(new SeatGrid.Seat(seat.id(), floor.floor(), block.code(), row.row(),
                                seat.number(), seat.label() == null ? null : seat.label().strip()));
                    }
                }
            }
        }
        List<SeatGrid.Aisle> aisles = new ArrayList<>();
        if (plan.aisles() == null) {
            for (Floor floor : plan.floors()) {
                for (int b = 1; b < floor.blocks().size(); b++) {
                    aisles.add(new SeatGrid.Aisle(floor.floor(), floor.blocks().get(b - 1).code(),
                            floor.blocks().get(b).code()));
                }
            }
        } else {
            for (int a = 0; a < plan.aisles().size(); a++) {
                SeatGrid.Aisle aisle = plan.aisles().get(a);
                Set<String> codes = blocksOf.get(aisle.floor());
                String path = "aisles[" + a + "]";
                if (codes == null) {
                    issues.add(new SeatGrid.Issue(path + ".floor", "the map has no floor " + aisle.floor(),
                            "座位图没有第 " + aisle.floor() + " 层"));
                    continue;
                }
                for (String side : List.of("leftBlock", "rightBlock")) {
                    String code = side.equals("leftBlock") ? aisle.leftBlock() : aisle.rightBlock();
                    if (!codes.contains(code)) {
                        issues.add(new SeatGrid.Issue(path + "." + side, "floor " + aisle.floor() + " has no block "
                                + code, "第 " + aisle.floor() + " 层没有 " + code + " 区"));
                    }
                }
                aisles.add(aisle);
            }
        }
        if (!issues.isEmpty()) {
            return new SeatGrid.Layout(List.of(), List.of(), List.copyOf(issues));
        }
        seats.sort(Comparator.comparingInt(SeatGrid.Seat::floor).thenComparingInt(SeatGrid.Seat::row)
                .thenComparingInt(SeatGrid.Seat::number));
        return new SeatGrid.Layout(List.copyOf(seats), List.copyOf(aisles), List.of());
    }

    /** A valid grid spec's map written out in full: its blocks in the spec's order, rows from the front. */
    public static Plan of(SeatGrid.Spec spec, SeatGrid.Layout layout) {
        Map<Integer, Map<String, TreeMap<Integer, List<Seat>>>> placed = new HashMap<>();
        for (SeatGrid.Seat seat : layout.seats()) {
            placed.computeIfAbsent(seat.floor(), f -> new HashMap<>())
                    .computeIfAbsent(seat.block(), b -> new TreeMap<>())
                    .computeIfAbsent(seat.row(), r -> new ArrayList<>())
                    .add(new Seat(seat.id(), seat.number(), seat.label()));
        }
        List<Floor> floors = new ArrayList<>();
        for (SeatGrid.Floor floor : spec.floors()) {
            List<Block> blocks = new ArrayList<>();
            for (SeatGrid.Block block : floor.blocks()) {
                List<Row> rows = new ArrayList<>();
                placed.getOrDefault(floor.floor(), Map.of()).getOrDefault(block.code(), new TreeMap<>())
                        .forEach((row, seats) -> rows.add(new Row(row, seats.stream()
                                .sorted(Comparator.comparingInt(Seat::number)).toList())));
                blocks.add(new Block(block.code(), null, List.copyOf(rows)));
            }
            floors.add(new Floor(floor.floor(), List.copyOf(blocks)));
        }
        return new Plan(List.copyOf(floors), layout.aisles(), spec.rostrumRows());
    }

    /** Each floor's blocks from the audience's left, with the rows and seat numbers they span. */
    public static Map<Integer, List<Extent>> extents(Plan plan) {
        Map<Integer, List<Extent>> floors = new LinkedHashMap<>();
        for (Floor floor : plan.floors()) {
            List<Extent> blocks = new ArrayList<>();
            for (Block block : floor.blocks()) {
                int firstRow = Integer.MAX_VALUE;
                int lastRow = Integer.MIN_VALUE;
                int firstSeat = Integer.MAX_VALUE;
                int lastSeat = Integer.MIN_VALUE;
                for (Row row : block.rows()) {
                    firstRow = Math.min(firstRow, row.row());
                    lastRow = Math.max(lastRow, row.row());
                    for (Seat seat : row.seats()) {
                        firstSeat = Math.min(firstSeat, seat.number());
                        lastSeat = Math.max(lastSeat, seat.number());
                    }
                }
                if (firstSeat <= lastSeat) {
                    blocks.add(new Extent(block.code(), firstRow, lastRow, firstSeat, lastSeat));
                }
            }
            floors.put(floor.floor(), List.copyOf(blocks));
        }
        return floors;
    }
}
