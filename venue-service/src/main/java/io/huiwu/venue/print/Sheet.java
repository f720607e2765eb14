package io.huiwu.venue.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A drawing made of rectangles, lines and text, in units of points with the origin at the top left and y growing
 * downwards: what a chart is, before it is written as SVG ({@link SvgSheet}) or scaled onto a PDF page
 * ({@link PdfSheet}), so that both show the same thing.
 */
public final class Sheet {

    /** Where a text's x lies: its left end, its middle or its right end. */
    public enum Anchor { START, MIDDLE, END }

    /** Something drawn. */
    public sealed interface Shape permits Rect, Line, Text, Column {
    }

    /**
     * A rectangle, filled ({@code fill} null: not filled) and outlined ({@code stroke} null: no outline); a hatched
     * one has grey diagonal lines over its fill. {@code tip} is shown where the drawing can show one (SVG).
     */
    public record Rect(double x, double y, double width, double height, double radius, String fill, String stroke,
            boolean hatched, String tip) implements Shape {
    }

    /** A straight line; a dashed one is drawn in dashes of four widths. */
    public record Line(double x1, double y1, double x2, double y2, double width, String color, boolean dashed)
            implements Shape {
    }

    /** A line of text: {@code y} is its baseline. */
    public record Text(double x, double y, String text, double size, Anchor anchor, boolean bold, String color)
            implements Shape {
    }

    /**
     * Text set vertically (竖排), one character under the other, each centred on {@code x}; {@code top} is the top
     * of the first character.
     */
    public record Column(double x, double top, String text, double size, double pitch, String color)
            implements Shape {
    }

    private final double width;
    private final double height;
    private final String title;
    private final List<Shape> shapes;

    public Sheet(double width, double height, String title, List<Shape> shapes) {
        this.width = width;
        this.height = height;
        this.title = title;
        this.shapes = List.copyOf(shapes);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** What the drawing is of, for the document's title. */
    public String title() {
        return title;
    }

    public List<Shape> shapes() {
        return shapes;
    }

    /** Collects shapes, and the extent they reach, while a chart is laid out. */
    static final class Builder {

        private final List<Shape> shapes = new ArrayList<>();

        Builder add(Shape shape) {
            shapes.add(shape);
            return this;
        }

        Builder text(double x, double y, String text, double size, Anchor anchor, boolean bold, String color) {
            return add(new Text(x, y, text, size, anchor, bold, color));
        }

        Sheet build(double width, double height, String title) {
            return new Sheet(width, height, title, shapes);
        }
    }

    /**
     * About how wide a text is set at a size: a hanzi or full-width sign is as wide as the size, anything else about
     * half of it. Enough to lay out legends and headings without the font at hand.
     */
    static double widthOf(String text, double size) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x2E80 ? size : size * 0.56;
        }
        return width;
    }
}
