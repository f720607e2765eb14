package io.huiwu.venue.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Name cards (座签, 桌签): an A4 landscape page per person, folded along the middle into a tent that stands on the
 * table. The name is printed on both halves as large as the width and the half allow, the top half turned half a
 * turn, so that the folded card reads the right way up from both sides. A two-character name is spaced out, as such
 * cards set it. Set in {@link PrintFont}, embedded.
 */
public final class NameCards {

    private static final float SIDE_MARGIN = 48;
    private static final float LARGEST = 190;

    private NameCards() {
    }

    /**
     * @param title what the cards are for, the document's title and the line printed small by the fold
     * @param names the people in the order the cards are wanted
     */
    public static byte[] write(String title, List<String> names) {
        try {
            BaseFont font = PrintFont.forDocument();
            Rectangle page = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(page, 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(title + " 座签");
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            if (names.isEmpty()) {
                centred(canvas, font, title + "：尚未安排座位，没有座签可印。", 18, page.getWidth() / 2,
                        page.getHeight() / 2, 0);
            }
            boolean first = true;
            for (String name : names) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                card(canvas, font, page, title, name.strip());
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print the name cards of " + title, e);
        }
    }

    private static void card(PdfContentByte canvas, BaseFont font, Rectangle page, String title, String name) {
        float width = page.getWidth();
        float height = page.getHeight();
        float fold = height / 2;
        canvas.saveState();
        canvas.setColorStroke(new Color(0xB0, 0xB0, 0xB0));
        canvas.setLineWidth(0.5f);
        canvas.setLineDash(6, 4, 0);
        canvas.moveTo(0, fold);
        canvas.lineTo(width, fold);
        canvas.stroke();
        canvas.restoreState();
        int[] characters = name.codePoints().toArray();
        int count = Math.max(1, characters.length);
        // each character a square of the size; two characters take a third of a character between them
        float room = width - 2 * SIDE_MARGIN;
        float span = count == 2 ? 2.6f : count;
        float size = Math.min(LARGEST, room / span);
        float step = count == 2 ? size * 1.6f : size;
        float start = width / 2 - step * (count - 1) / 2;
        float baseline = fold / 2 - size * 0.36f;
        for (int i = 0; i < characters.length; i++) {
            String character = new String(characters, i, 1);
            centred(canvas, font, character, size, start + i * step, baseline, 0);
        }
        for (int i = 0; i < characters.length; i++) {
            String character = new String(characters, i, 1);
            centred(canvas, font, character, size, width - (start + i * step), height - baseline, 180);
        }
        canvas.beginText();
        canvas.setFontAndSize(font, 8);
        canvas.setColorFill(Color.GRAY);
        canvas.showTextAligned(Element.ALIGN_RIGHT, title, width - 18, fold - 14, 0);
        canvas.endText();
    }

    private static void centred(PdfContentByte canvas, BaseFont font, String text, float size, float x, float y,
            float rotation) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(Color.BLACK);
        canvas.showTextAligned(Element.ALIGN_CENTER, text, x, y, rotation);
        canvas.endText();
    }
}
