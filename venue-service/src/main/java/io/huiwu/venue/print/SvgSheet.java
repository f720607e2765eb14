package io.huiwu.venue.print;

/**
 * Writes a {@link Sheet} as a standalone SVG document (UTF-8), scalable with its view box. Text is set in the
 * fonts a Chinese desktop has (WenQuanYi Micro Hei, the print font, first); a hatched rectangle uses one pattern.
 */
public final class SvgSheet {

    /** The media type of what {@link #write} gives. */
    public static final String MEDIA_TYPE = "image/svg+xml";

    private static final String FONTS = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Source Han Sans SC',"
            + " 'Microsoft YaHei', 'PingFang SC', sans-serif";

    private SvgSheet() {
    }

    public static String write(Sheet sheet) {
        StringBuilder svg = new StringBuilder(128 + sheet.shapes().size() * 120);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(sheet.width()))
                .append("\" height=\"").append(num(sheet.height())).append("\" viewBox=\"0 0 ")
                .append(num(sheet.width())).append(' ').append(num(sheet.height())).append("\" font-family=\"")
                .append(FONTS).append("\">\n<title>").append(escape(sheet.title())).append("</title>\n")
                .append("<defs><pattern id=\"hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\""
                        + " patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#e4e4e4\"/>"
                        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#8c8c8c\" stroke-width=\"1.6\"/>"
                        + "</pattern></defs>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Sheet.Shape shape : sheet.shapes()) {
            if (shape instanceof Sheet.Rect r) {
                rect(svg, r);
            } else if (shape instanceof Sheet.Line l) {
                svg.append("<line x1=\"").append(num(l.x1())).append("\" y1=\"").append(num(l.y1()))
                        .append("\" x2=\"").append(num(l.x2())).append("\" y2=\"").append(num(l.y2()))
                        .append("\" stroke=\"").append(l.color()).append("\" stroke-width=\"").append(num(l.width()))
                        .append('"').append(l.dashed() ? " stroke-dasharray=\"" + num(l.width() * 4) + ' '
                        + num(l.width() * 3) + '"' : "").append("/>\n");
            } else if (shape instanceof Sheet.Text t) {
                svg.append("<text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y()))
                        .append("\" font-size=\"").append(num(t.size())).append('"').append(anchor(t.anchor()))
                        .append(t.bold() ? " font-weight=\"bold\"" : "").append(" fill=\"").append(t.color())
                        .append("\">").append(escape(t.text())).append("</text>\n");
            } else if (shape instanceof Sheet.Column c) {
                column(svg, c);
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static void rect(StringBuilder svg, Sheet.Rect r) {
        svg.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"")
                .append(num(r.width())).append("\" height=\"").append(num(r.height())).append('"');
        if (r.radius() > 0) {
            svg.append(" rx=\"").append(num(r.radius())).append('"');
        }
        svg.append(" fill=\"").append(r.hatched() ? "url(#hatch)" : r.fill() == null ? "none" : r.fill())
                .append('"');
        if (r.stroke() != null) {
            svg.append(" stroke=\"").append(r.stroke()).append("\" stroke-width=\"0.8\"");
        }
        if (r.tip() == null) {
            svg.append("/>\n");
        } else {
            svg.append("><title>").append(escape(r.tip())).append("</title></rect>\n");
        }
    }

    /** One text element, a tspan per character, so that the whole name is the element's text. */
    private static void column(StringBuilder svg, Sheet.Column c) {
        svg.append("<text x=\"").append(num(c.x())).append("\" y=\"").append(num(c.top())).append("\" font-size=\"")
                .append(num(c.size())).append("\" text-anchor=\"middle\" fill=\"").append(c.color()).append("\">");
        int[] characters = c.text().codePoints().toArray();
        for (int i = 0; i < characters.length; i++) {
            svg.append("<tspan x=\"").append(num(c.x())).append("\" dy=\"")
                    .append(num(i == 0 ? c.size() * 0.88 : c.pitch())).append("\">")
                    .append(escape(new String(characters, i, 1))).append("</tspan>");
        }
        svg.append("</text>\n");
    }

    private static String anchor(Sheet.Anchor anchor) {
        return switch (anchor) {
            case START -> "";
            case MIDDLE -> " text-anchor=\"middle\"";
            case END -> " text-anchor=\"end\"";
        };
    }

    /** The number to a tenth, without a trailing ".0". */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
