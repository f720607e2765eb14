package io.huiwu.venue.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A hall's seat map generated from a compact grid spec: floors, each with blocks from the audience's left to right
 * (rows x seats per row), an aisle between each two blocks of a floor, and the rostrum's rows. Rows are numbered
 * from the front of each floor; seats across a floor's row from the left, continuing from one block to the next
 * unless a block says where its numbers start. Each seat has a stable id built from where it is
 * ({@code F1-R3-S12}), so the same seat keeps its id from one version of the map to the next, and a printed label
 * ({@code 一层 3排 12号}: the floor in Chinese numerals, row and seat in Arabic).
 *
 * <p>A published map cannot lose a seat that is assigned or blocked ({@link #vanishing}): the rule of pretix's
 * seating plans, which never let a sold seat disappear.
 */
public final class SeatGrid {

    /** The most seats one map may have. */
    public static final int MOST_SEATS = 20_000;

    public record Spec(List<Floor> floors, List<Integer> rostrumRows) {
    }

    public record Floor(int floor, List<Block> blocks) {
    }

    /** A block: its first row (from the front of the floor), rows, seats per row, and the number of its first seat. */
    public record Block(String code, int firstRow, int rows, int seatsPerRow, Integer firstSeat) {
    }

    public record Seat(String id, int floor, String block, int row, int number, String label) {
    }

    /** An aisle on a floor between two neighbouring blocks. */
    public record Aisle(int floor, String leftBlock, String rightBlock) {
    }

    /** Something wrong with the spec: where (a path into it, as the request names it) and what. */
    public record Issue(String path, String english, String chinese) {
    }

    /** The seats and aisles the spec gives, or the issues that keep it from giving them. */
    public record Layout(List<Seat> seats, List<Aisle> aisles, List<Issue> issues) {
        public boolean valid() {
            return issues.isEmpty();
        }
    }

    private SeatGrid() {
    }

    /** The seats of the spec, in floor, row and seat order, or its issues. */
    public static Layout generate(Spec spec) {
        List<Issue> issues = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        List<Aisle> aisles = new ArrayList<>();
        Set<Integer> floors = new HashSet<>();
        long total = 0;
        for (int f = 0; f < spec.floors().size(); f++) {
            Floor floor = spec.floors().get(f);
            if (!floors.add(floor.floor())) {
                issues.add(new Issue("floors[" + f + "].floor", "floor " + floor.floor() + " is given twice",
                        floor.floor() + " 层重复"));
                continue;
            }
            Map<String, Integer> codes = new HashMap<>();
            Map<String, String> taken = new HashMap<>();
            int next = 1;
            for (int b = 0; b < floor.blocks().size(); b++) {
                Block block = floor.blocks().get(b);
                String path = "floors[" + f + "].blocks[" + b + "]";
                if (codes.putIfAbsent(block.code(), b) != null) {
                    issues.add(new Issue(path + ".code", "block " + block.code() + " is given twice on floor "
                            + floor.floor(), "第 " + floor.floor() + " 层的 " + block.code() + " 区重复"));
                    continue;
                }
                total += (long) block.rows() * block.seatsPerRow();
                if (total > MOST_SEATS) {
                    issues.add(new Issue(path, "makes the map larger than " + MOST_SEATS + " seats",
                            "使座位图超过 " + MOST_SEATS + " 个座位"));
                    return new Layout(List.of(), List.of(), List.copyOf(issues));
                }
                int first = block.firstSeat() == null ? next : block.firstSeat();
                next = first + block.seatsPerRow();
                if (b > 0) {
                    aisles.add(new Aisle(floor.floor(), floor.blocks().get(b - 1).code(), block.code()));
                }
                List<String> clashes = new ArrayList<>();
                for (int r = block.firstRow(); r < block.firstRow() + block.rows(); r++) {
                    for (int n = first; n < first + block.seatsPerRow(); n++) {
                        String id = id(floor.floor(), r, n);
                        String owner = taken.putIfAbsent(id, block.code());
                        if (owner != null) {
                            clashes.add(id);
                        } else {
                            seats.add(new Seat(id, floor.floor(), block.code(), r, n, label(floor.floor(), r, n)));
                        }
                    }
                }
                if (!clashes.isEmpty()) {
                    String shown = String.join(", ", clashes.subList(0, Math.min(5, clashes.size())))
                            + (clashes.size() > 5 ? "..." : "");
                    issues.add(new Issue(path, "gives " + clashes.size() + " seats another block of the floor"
                            + " already has: " + shown, "有 " + clashes.size() + " 个座位与本层其他区重复：" + shown));
                }
            }
        }
        if (!issues.isEmpty()) {
            return new Layout(List.of(), List.of(), List.copyOf(issues));
        }
        seats.sort((a, b) -> a.floor() != b.floor() ? Integer.compare(a.floor(), b.floor())
                : a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.number(), b.number()));
        return new Layout(List.copyOf(seats), List.copyOf(aisles), List.of());
    }

    /** The stable id of a seat: floor, row and seat number. */
    public static String id(int floor, int row, int number) {
        return "F" + floor + "-R" + row + "-S" + number;
    }

    /** The printed label: {@code 一层 3排 12号}. */
    public static String label(int floor, int row, int number) {
        return floorName(floor) + " " + row + "排 " + number + "号";
    }

    /** 一层, 二层 ... 十层, 十一层 ... 九十九层. */
    public static String floorName(int floor) {
        return chinese(floor) + "层";
    }

    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }

    /** The seats held (assigned or blocked) that a new version of the map would lose, in order. */
    public static List<String> vanishing(Set<String> held, Set<String> newSeats) {
        TreeSet<String> lost = new TreeSet<>(held);
        lost.removeAll(newSeats);
        return List.copyOf(lost);
    }
}
