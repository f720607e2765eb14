package io.huiwu.venue.print;

import io.huiwu.venue.domain.SeatGrid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A hall's seat chart (座位图) as the audience sees the hall: the rostrum (主席台) at the top, each floor under the
 * one before it with its heading, each seat a small box at its row and number with the aisles as gaps, the holder's
 * name set vertically inside (one character under the other), the row numbers at both ends of each row and the seat
 * numbers along the front; seats coloured by the delegation of the person in them, empty ones white and blocked ones
 * hatched grey, and a legend of the colours under the floors. Pure: it lays out what it is given.
 */
public final class SeatChart {

    /** What people seated without a delegation are listed as. */
    public static final String NO_DELEGATION = "其他人员";

    /**
     * The chart's content: the title lines, the floors' blocks from the audience's left and every seat. Seats are
     * coloured by delegation, or with a {@code palette} (group to colour, in the legend's order) by the group each
     * seat's {@code delegation} names, such as a person's attendance.
     */
    public record Chart(String title, String subtitle, List<Floor> floors, List<Seat> seats,
            List<String> delegationOrder, Map<String, String> palette) {

        public Chart(String title, String subtitle, List<Floor> floors, List<Seat> seats,
                List<String> delegationOrder) {
            this(title, subtitle, floors, seats, delegationOrder, null);
        }
    }

    /** A floor and its blocks from the audience's left to right. */
    public record Floor(int floor, List<Block> blocks) {
    }

    /** A block of the floor: its front row, rows, seats per row and the number of its leftmost seats. */
    public record Block(String code, int firstRow, int rows, int seatsPerRow, int firstSeat) {
    }

    /**
     * A seat and who holds it ({@code name} null: nobody); {@code blocked} is why it is out of use, null when it
     * is not.
     */
    public record Seat(String id, String label, int floor, String block, int row, int number, String name,
            String delegation, String blocked) {
    }

    static final double SEAT_WIDTH = 20;
    static final double SEAT_HEIGHT = 62;
    static final double PITCH_X = 24;
    static final double PITCH_Y = 70;
    static final double AISLE = 22;
    static final double ROW_LABEL = 30;
    static final double MARGIN = 30;
    static final double NAME_SIZE = 12;
    static final String INK = "#1a1a1a";
    static final String MUTED = "#666666";
    static final String STAGE = "#a61b29";
    static final String EMPTY = "#ffffff";
    static final String OUTLINE = "#7a7a7a";

    private SeatChart() {
    }

    /** Where a block's seats start on its floor, from the floor's leftmost seat. */
    private record Placed(double offset, int firstSeat) {
    }

    public static Sheet draw(Chart chart) {
        Map<Integer, Map<String, Placed>> placed = new HashMap<>();
        Map<Integer, Double> floorWidths = new HashMap<>();
        double widest = 0;
        for (Floor floor : chart.floors()) {
            Map<String, Placed> blocks = new HashMap<>();
            double x = 0;
            for (Block block : floor.blocks()) {
                if (x > 0) {
                    x += AISLE + (PITCH_X - SEAT_WIDTH);
                }
                blocks.put(block.code(), new Placed(x, block.firstSeat()));
                x += block.seatsPerRow() * PITCH_X - (PITCH_X - SEAT_WIDTH);
            }
            placed.put(floor.floor(), blocks);
            floorWidths.put(floor.floor(), x);
            widest = Math.max(widest, x);
        }
        Map<String, Integer> counts = delegations(chart);
        Map<String, String> colours = new HashMap<>();
        if (chart.palette() != null) {
            Map<String, Integer> seated = counts;
            counts = new LinkedHashMap<>();
            for (String group : chart.palette().keySet()) {
                counts.put(group, seated.getOrDefault(group, 0));
            }
            colours.putAll(chart.palette());
        } else {
            int index = 0;
            for (String delegation : counts.keySet()) {
                colours.put(delegation, colour(index++));
            }
        }
        double content = Math.max(widest + 2 * ROW_LABEL, Math.max(640, Sheet.widthOf(chart.title(), 24) + 40));
        double width = content + 2 * MARGIN;
        Sheet.Builder out = new Sheet.Builder();
        double y = MARGIN + 24;
        out.text(width / 2, y, chart.title(), 24, Sheet.Anchor.MIDDLE, true, INK);
        if (chart.subtitle() != null && !chart.subtitle().isEmpty()) {
            y += 24;
            out.text(width / 2, y, chart.subtitle(), 14, Sheet.Anchor.MIDDLE, false, MUTED);
        }
        y += 22;
        double stageWidth = Math.min(content, Math.max(260, widest * 0.4));
        out.add(new Sheet.Rect((width - stageWidth) / 2, y, stageWidth, 46, 6, STAGE, null, false, "主席台"));
        out.text(width / 2, y + 31, "主　席　台", 20, Sheet.Anchor.MIDDLE, true, "#ffffff");
        y += 46 + 26;
        Map<Integer, List<Seat>> byFloor = new TreeMap<>();
        chart.seats().forEach(s -> byFloor.computeIfAbsent(s.floor(), f -> new ArrayList<>()).add(s));
        for (Floor floor : chart.floors()) {
            List<Seat> seats = byFloor.getOrDefault(floor.floor(), List.of());
            double floorWidth = floorWidths.get(floor.floor());
            double left = MARGIN + (content - floorWidth) / 2;
            out.text(MARGIN, y + 16, SeatGrid.floorName(floor.floor()), 16, Sheet.Anchor.START, true, INK);
            long held = seats.stream().filter(s -> s.name() != null).count();
            out.text(MARGIN + 44, y + 16, seats.size() + " 座，已安排 " + held + " 人", 12, Sheet.Anchor.START, false,
                    MUTED);
            y += 38;
            Map<String, Placed> blocks = placed.get(floor.floor());
            out.text(left - 8, y, "排", 10, Sheet.Anchor.END, false, MUTED);
            out.text(left + floorWidth + 8, y, "排", 10, Sheet.Anchor.START, false, MUTED);
            TreeSet<Integer> rows = new TreeSet<>();
            for (Block block : floor.blocks()) {
                Placed at = blocks.get(block.code());
                for (int n = 0; n < block.seatsPerRow(); n++) {
                    out.text(left + at.offset() + n * PITCH_X + SEAT_WIDTH / 2, y,
                            String.valueOf(block.firstSeat() + n), numberSize(block.firstSeat() + n),
                            Sheet.Anchor.MIDDLE, false, MUTED);
                }
                for (int r = block.firstRow(); r < block.firstRow() + block.rows(); r++) {
                    rows.add(r);
                }
            }
            y += 8;
            if (rows.isEmpty()) {
                continue;
            }
            int front = rows.first();
            for (int row : rows) {
                double baseline = y + (row - front) * PITCH_Y + SEAT_HEIGHT / 2 + 4;
                out.text(left - 8, baseline, String.valueOf(row), 11, Sheet.Anchor.END, false, INK);
                out.text(left + floorWidth + 8, baseline, String.valueOf(row), 11, Sheet.Anchor.START, false, INK);
            }
            for (Seat seat : seats) {
                Placed at = blocks.get(seat.block());
                if (at == null) {
                    continue;
                }
                double x = left + at.offset() + (seat.number() - at.firstSeat()) * PITCH_X;
                double top = y + (seat.row() - front) * PITCH_Y;
                seat(out, seat, x, top, seat.name() == null ? EMPTY : colours.get(group(seat)));
            }
            y += (rows.last() - front) * PITCH_Y + SEAT_HEIGHT + 30;
        }
        y = legend(out, counts, colours, y, content);
        return out.build(width, y + MARGIN, chart.title());
    }

    private static void seat(Sheet.Builder out, Seat seat, double x, double top, String fill) {
        String tip = seat.label() + (seat.blocked() != null ? "　停用：" + seat.blocked()
                : seat.name() != null ? "　" + seat.name() + "（" + group(seat) + "）" : "　空座");
        out.add(new Sheet.Rect(x, top, SEAT_WIDTH, SEAT_HEIGHT, 3, seat.blocked() != null ? null : fill, OUTLINE,
                seat.blocked() != null, tip));
        if (seat.name() == null || seat.blocked() != null) {
            return;
        }
        String name = seat.name().strip();
        int length = name.codePointCount(0, name.length());
        if (length == 0) {
            return;
        }
        double size = Math.min(NAME_SIZE, (SEAT_HEIGHT - 6) / length);
        double pitch = switch (length) {
            case 1 -> size;
            case 2 -> 24;
            case 3 -> 17;
            default -> Math.min((SEAT_HEIGHT - 6 - size) / (length - 1), size * 1.12);
        };
        double height = (length - 1) * pitch + size;
        out.add(new Sheet.Column(x + SEAT_WIDTH / 2, top + (SEAT_HEIGHT - height) / 2, name, size, pitch, INK));
    }

    private static double numberSize(int number) {
        return number < 100 ? 9 : number < 1000 ? 8 : 6.5;
    }

    /** The legend's swatches, flowed across the width; returns where it ends. */
    private static double legend(Sheet.Builder out, Map<String, Integer> counts, Map<String, String> colours,
            double y, double content) {
        out.text(MARGIN, y + 14, "图例", 14, Sheet.Anchor.START, true, INK);
        y += 26;
        double x = MARGIN;
        List<Object[]> entries = new ArrayList<>();
        counts.forEach((delegation, count) -> entries.add(new Object[] {delegation + "（" + count + " 人）",
                colours.get(delegation), false}));
        entries.add(new Object[] {"空座", EMPTY, false});
        entries.add(new Object[] {"停用座位", null, true});
        for (Object[] entry : entries) {
            String text = (String) entry[0];
            double wide = 18 + 6 + Sheet.widthOf(text, 12) + 22;
            if (x > MARGIN && x + wide > MARGIN + content) {
                x = MARGIN;
                y += 24;
            }
            out.add(new Sheet.Rect(x, y, 18, 14, 2, (String) entry[1], OUTLINE, (Boolean) entry[2], null));
            out.text(x + 24, y + 12, text, 12, Sheet.Anchor.START, false, INK);
            x += wide;
        }
        return y + 18;
    }

    /** The delegations of the people seated, in the agreed order, then the others by name, no delegation last. */
    static Map<String, Integer> delegations(Chart chart) {
        Map<String, Integer> seated = new TreeMap<>();
        for (Seat seat : chart.seats()) {
            if (seat.name() != null && seat.blocked() == null) {
                seated.merge(group(seat), 1, Integer::sum);
            }
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String delegation : chart.delegationOrder()) {
            if (seated.containsKey(delegation)) {
                ordered.put(delegation, seated.get(delegation));
            }
        }
        seated.forEach((delegation, count) -> {
            if (!delegation.equals(NO_DELEGATION)) {
                ordered.putIfAbsent(delegation, count);
            }
        });
        if (seated.containsKey(NO_DELEGATION)) {
            ordered.put(NO_DELEGATION, seated.get(NO_DELEGATION));
        }
        return ordered;
    }

    private static String group(Seat seat) {
        return seat.delegation() == null || seat.delegation().isBlank() ? NO_DELEGATION : seat.delegation();
    }

    /**
     * The colour of the n-th delegation: soft tints whose hues step round the colour wheel by the golden angle, so
     * that neighbours in the order differ clearly however many there are, and black text reads on all of them.
     */
    static String colour(int n) {
        double hue = (205 + n * 137.508) % 360;
        double lightness = n % 2 == 0 ? 0.80 : 0.74;
        return hsl(hue, 0.62, lightness);
    }

    private static String hsl(double hue, double saturation, double lightness) {
        double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
        double h = hue / 60;
        double x = chroma * (1 - Math.abs(h % 2 - 1));
        double[] rgb = h < 1 ? new double[] {chroma, x, 0} : h < 2 ? new double[] {x, chroma, 0}
                : h < 3 ? new double[] {0, chroma, x} : h < 4 ? new double[] {0, x, chroma}
                : h < 5 ? new double[] {x, 0, chroma} : new double[] {chroma, 0, x};
        double m = lightness - chroma / 2;
        return String.format("#%02x%02x%02x", Math.round((rgb[0] + m) * 255), Math.round((rgb[1] + m) * 255),
                Math.round((rgb[2] + m) * 255));
    }
}
