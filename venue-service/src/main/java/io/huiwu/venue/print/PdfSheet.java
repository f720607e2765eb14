package io.huiwu.venue.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Draws a {@link Sheet} on one PDF page, scaled to fit inside the margins and centred, with a footer line under it
 * (the date printed); set in {@link PrintFont}, embedded.
 */
public final class PdfSheet {

    /** The media type of what {@link #write} gives. */
    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 24;
    private static final float FOOTER = 18;

    private PdfSheet() {
    }

    /**
     * @param page   the page, e.g. {@code PageSize.A3.rotate()}
     * @param footer the footer's text, at the page's bottom right
     */
    public static byte[] write(Sheet sheet, Rectangle page, String footer) {
        try {
            BaseFont font = PrintFont.forDocument();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(sheet.title());
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            float room = page.getWidth() - 2 * MARGIN;
            float tall = page.getHeight() - 2 * MARGIN - FOOTER;
            float scale = (float) Math.min(room / sheet.width(), tall / sheet.height());
            float left = MARGIN + (room - (float) sheet.width() * scale) / 2;
            float top = page.getHeight() - MARGIN;
            new Painter(canvas, font, scale, left, top).paint(sheet);
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.setColorFill(Color.GRAY);
            canvas.showTextAligned(Element.ALIGN_RIGHT, footer, page.getWidth() - MARGIN, MARGIN - 4, 0);
            canvas.endText();
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print " + sheet.title(), e);
        }
    }

    /** Draws shapes with the sheet's top left at ({@code left}, {@code top}) of the page, scaled. */
    record Painter(PdfContentByte canvas, BaseFont font, float scale, float left, float top) {

        void paint(Sheet sheet) {
            for (Sheet.Shape shape : sheet.shapes()) {
                if (shape instanceof Sheet.Rect r) {
                    rect(r);
                } else if (shape instanceof Sheet.Line l) {
                    line(l);
                } else if (shape instanceof Sheet.Text t) {
                    text(t.text(), t.x(), t.y(), t.size(), t.anchor(), t.bold(), t.color());
                } else if (shape instanceof Sheet.Column c) {
                    int[] characters = c.text().codePoints().toArray();
                    for (int i = 0; i < characters.length; i++) {
                        text(new String(characters, i, 1), c.x(), c.top() + c.size() * 0.88 + i * c.pitch(),
                                c.size(), Sheet.Anchor.MIDDLE, false, c.color());
                    }
                }
            }
        }

        private float x(double x) {
            return left + (float) x * scale;
        }

        private float y(double y) {
            return top - (float) y * scale;
        }

        private void rect(Sheet.Rect r) {
            float x = x(r.x());
            float y = y(r.y() + r.height());
            float w = (float) r.width() * scale;
            float h = (float) r.height() * scale;
            String fill = r.hatched() ? "#e4e4e4" : r.fill();
            if (fill != null) {
                canvas.setColorFill(color(fill));
                shape(x, y, w, h, (float) r.radius() * scale);
                canvas.fill();
            }
            if (r.hatched()) {
                canvas.saveState();
                canvas.rectangle(x, y, w, h);
                canvas.clip();
                canvas.newPath();
                canvas.setColorStroke(color("#8c8c8c"));
                canvas.setLineWidth(1.1f * scale);
                float step = 3.6f * scale;
                for (float d = -h; d < w; d += step) {
                    canvas.moveTo(x + d, y);
                    canvas.lineTo(x + d + h, y + h);
                }
                canvas.stroke();
                canvas.restoreState();
            }
            if (r.stroke() != null) {
                canvas.setColorStroke(color(r.stroke()));
                canvas.setLineWidth(0.8f * scale);
                shape(x, y, w, h, (float) r.radius() * scale);
                canvas.stroke();
            }
        }

        private void shape(float x, float y, float w, float h, float radius) {
            if (radius > 0) {
                canvas.roundRectangle(x, y, w, h, radius);
            } else {
                canvas.rectangle(x, y, w, h);
            }
        }

        private void line(Sheet.Line l) {
            canvas.saveState();
            canvas.setColorStroke(color(l.color()));
            float width = (float) l.width() * scale;
            canvas.setLineWidth(width);
            if (l.dashed()) {
                canvas.setLineDash(width * 4, width * 3, 0);
            }
            canvas.moveTo(x(l.x1()), y(l.y1()));
            canvas.lineTo(x(l.x2()), y(l.y2()));
            canvas.stroke();
            canvas.restoreState();
        }

        private void text(String text, double x, double y, double size, Sheet.Anchor anchor, boolean bold,
                String color) {
            canvas.beginText();
            canvas.setFontAndSize(font, (float) size * scale);
            canvas.setColorFill(color(color));
            if (bold) {
                // the print font has no bold face: a thin outline of the glyphs in their own colour stands in
                canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
                canvas.setColorStroke(color(color));
                canvas.setLineWidth((float) size * scale * 0.03f);
            }
            int alignment = switch (anchor) {
                case START -> Element.ALIGN_LEFT;
                case MIDDLE -> Element.ALIGN_CENTER;
                case END -> Element.ALIGN_RIGHT;
            };
            canvas.showTextAligned(alignment, text, x(x), y(y), 0);
            if (bold) {
                canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            }
            canvas.endText();
        }
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
