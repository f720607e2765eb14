package io.huiwu.venue.print;

import java.util.List;

/**
 * The rostrum chart (主席台座次图) as the audience sees it: the rostrum's rows with the front row nearest the
 * audience (at the bottom), each seat a box at its place from the centre axis with the person's name and rank, the
 * axis drawn through the rows, and the audience (观众席) marked under the front row. Pure.
 */
public final class RostrumChart {

    /** The chart's content; {@code policy} says how the rows were centred (e.g. 左为上). */
    public record Chart(String title, String subtitle, String policy, List<Row> rows) {
    }

    /** A row of the rostrum, 1 the front, its seats from the audience's left. */
    public record Row(int row, List<Place> seats) {
    }

    /** A seat: its place from the audience's left, how far from the axis in half seats, who and their rank. */
    public record Place(int position, int axisOffset, String name, int rank) {
    }

    static final double BOX_WIDTH = 104;
    static final double BOX_HEIGHT = 58;
    static final double PITCH_X = 116;
    static final double PITCH_Y = 86;
    static final double MARGIN = 30;
    static final double ROW_LABEL = 70;
    static final String INK = "#1a1a1a";
    static final String MUTED = "#666666";
    static final String ACCENT = "#a61b29";

    private RostrumChart() {
    }

    public static Sheet draw(Chart chart) {
        int reach = 1;
        for (Row row : chart.rows()) {
            for (Place place : row.seats()) {
                reach = Math.max(reach, Math.abs(place.axisOffset()));
            }
        }
        double half = reach * PITCH_X / 2 + BOX_WIDTH / 2;
        double content = Math.max(2 * half + 2 * ROW_LABEL, Math.max(560, Sheet.widthOf(chart.title(), 22) + 40));
        double width = content + 2 * MARGIN;
        double axis = width / 2;
        Sheet.Builder out = new Sheet.Builder();
        double y = MARGIN + 22;
        out.text(axis, y, chart.title(), 22, Sheet.Anchor.MIDDLE, true, INK);
        if (chart.subtitle() != null && !chart.subtitle().isEmpty()) {
            y += 22;
            out.text(axis, y, chart.subtitle(), 13, Sheet.Anchor.MIDDLE, false, MUTED);
        }
        y += 30;
        out.text(axis, y, "主席台（面向观众）", 16, Sheet.Anchor.MIDDLE, true, ACCENT);
        y += 14;
        double rowsTop = y;
        out.text(axis, y + 10, "中轴线", 10, Sheet.Anchor.MIDDLE, false, MUTED);
        y += 18;
        int count = chart.rows().size();
        double rostrumTop = y;
        double rostrumBottom = rostrumTop + Math.max(count, 1) * PITCH_Y - (PITCH_Y - BOX_HEIGHT);
        // drawn first, so that the boxes of the seats on the axis cover it
        out.add(new Sheet.Line(axis, rowsTop + 14, axis, rostrumBottom + 8, 1, ACCENT, true));
        // the back row first, so that the front row is nearest the audience
        for (int i = count - 1; i >= 0; i--) {
            Row row = chart.rows().get(i);
            double top = y + (count - 1 - i) * PITCH_Y;
            out.text(MARGIN, top + BOX_HEIGHT / 2 + 5, "第" + row.row() + "排", 13, Sheet.Anchor.START, true, INK);
            if (row.row() == 1) {
                out.text(MARGIN, top + BOX_HEIGHT / 2 + 21, "（前排）", 10, Sheet.Anchor.START, false, MUTED);
            }
            for (Place place : row.seats()) {
                double centre = axis + place.axisOffset() * PITCH_X / 2;
                boolean first = place.rank() == 1;
                out.add(new Sheet.Rect(centre - BOX_WIDTH / 2, top, BOX_WIDTH, BOX_HEIGHT, 4,
                        first ? "#fbe9e7" : "#fffaf0", first ? ACCENT : "#8a7f70", false,
                        "第" + row.row() + "排 左起第" + place.position() + "位 " + place.name() + "（" + place.rank()
                                + "）"));
                out.text(centre - BOX_WIDTH / 2 + 6, top + 14, String.valueOf(place.rank()), 11, Sheet.Anchor.START,
                        true, first ? ACCENT : MUTED);
                String name = place.name() == null ? "" : place.name();
                double size = Math.min(20, (BOX_WIDTH - 12) / Math.max(2, name.codePointCount(0, name.length())));
                out.text(centre, top + 24 + size * 0.9, name, size, Sheet.Anchor.MIDDLE, false, INK);
            }
        }
        y = rostrumBottom + 8;
        out.add(new Sheet.Line(MARGIN, y, width - MARGIN, y, 2, "#8a7f70", false));
        y += 26;
        out.add(new Sheet.Rect(MARGIN + ROW_LABEL, y, content - 2 * ROW_LABEL, 40, 6, "#eef1f5", "#9aa5b1", false,
                "观众席"));
        out.text(axis, y + 27, "观　众　席", 18, Sheet.Anchor.MIDDLE, true, "#44515e");
        out.text(MARGIN + ROW_LABEL + 10, y + 25, "← 观众左手", 11, Sheet.Anchor.START, false, MUTED);
        out.text(width - MARGIN - ROW_LABEL - 10, y + 25, "观众右手 →", 11, Sheet.Anchor.END, false, MUTED);
        y += 40 + 24;
        String note = "座次按" + chart.policy() + "排列；方框左上角数字为位次，自观众席看从左至右";
        out.text(axis, y, note, 11, Sheet.Anchor.MIDDLE, false, MUTED);
        return out.build(width, y + MARGIN, chart.title());
    }
}
