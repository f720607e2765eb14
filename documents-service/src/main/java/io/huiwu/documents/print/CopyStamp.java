package io.huiwu.documents.print;

import io.huiwu.chassis.print.PrintFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A numbered copy's file: the document's PDF with, on every page, the copy number (份号) and the mark (密级★期限)
 * in a box at the top left, where GB/T 9704 puts them, the holder's name along the foot, and the holder's name and
 * copy number faintly across the page, so that a photocopy or a photograph still names the copy it came from. Set in
 * the chassis's {@link PrintFont}, embedded as a subset. Pages turned by /Rotate are stamped upright as they are
 * viewed.
 */
public final class CopyStamp {

    /** What is stamped on a copy. */
    public record Stamp(String copyNumber, String marking, String holder) {
    }

    private static final Color RED = new Color(0xC0, 0x10, 0x10);
    private static final float MARGIN = 18;

    private CopyStamp() {
    }

    /** Why the content cannot be stamped (not a PDF that opens, or one locked with a password), if it cannot. */
    public static Optional<String> unreadable(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                return Optional.of("encrypted");
            }
            if (document.getNumberOfPages() == 0) {
                return Optional.of("no pages");
            }
            return Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of("encrypted");
        } catch (IOException e) {
            return Optional.of("unreadable");
        }
    }

    public static byte[] stamp(byte[] pdf, Stamp stamp) {
        try (PDDocument document = Loader.loadPDF(pdf);
                TrueTypeCollection collection = new TrueTypeCollection(PrintFont.file())) {
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            PDType0Font font = PDType0Font.load(document, fonts.get(0), true);
            for (PDPage page : document.getPages()) {
                stamp(document, page, font, stamp);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not stamp copy " + stamp.copyNumber(), e);
        }
    }

    private static void stamp(PDDocument document, PDPage page, PDType0Font font, Stamp stamp) throws IOException {
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean turned = rotation == 90 || rotation == 270;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        try (PDPageContentStream canvas = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
            canvas.transform(upright(box, rotation));
            watermark(canvas, font, stamp, width, height);
            markBox(canvas, font, stamp, height);
            String foot = "持有人：" + stamp.holder() + "    份号 " + stamp.copyNumber();
            float size = 9;
            canvas.setNonStrokingColor(RED);
            text(canvas, font, size, foot, (width - font.getStringWidth(foot) / 1000 * size) / 2, MARGIN - 6);
        }
    }

    /** The copy number and the mark in a white box with a red border, at the top left. */
    private static void markBox(PDPageContentStream canvas, PDType0Font font, Stamp stamp, float height)
            throws IOException {
        float size = 12;
        List<String> lines = new ArrayList<>();
        lines.add("份号 " + stamp.copyNumber());
        if (stamp.marking() != null) {
            lines.add(stamp.marking());
        }
        float textWidth = 0;
        for (String line : lines) {
            textWidth = Math.max(textWidth, font.getStringWidth(line) / 1000 * size);
        }
        float boxWidth = textWidth + 12;
        float boxHeight = lines.size() * (size + 4) + 8;
        float left = MARGIN;
        float bottom = height - MARGIN - boxHeight;
        canvas.setNonStrokingColor(Color.WHITE);
        canvas.setStrokingColor(RED);
        canvas.setLineWidth(1);
        canvas.addRect(left, bottom, boxWidth, boxHeight);
        canvas.fillAndStroke();
        canvas.setNonStrokingColor(RED);
        float baseline = height - MARGIN - 6 - size;
        for (String line : lines) {
            text(canvas, font, size, line, left + 6, baseline + 2);
            baseline -= size + 4;
        }
    }

    private static void watermark(PDPageContentStream canvas, PDType0Font font, Stamp stamp, float width,
            float height) throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.12f);
        canvas.saveGraphicsState();
        canvas.setGraphicsStateParameters(faint);
        canvas.setNonStrokingColor(RED);
        String mark = stamp.holder() + " " + stamp.copyNumber();
        float size = Math.min(48, (float) Math.hypot(width, height) * 0.6f
                / Math.max(1, font.getStringWidth(mark) / 1000));
        double angle = Math.atan2(height, width);
        float length = font.getStringWidth(mark) / 1000 * size;
        canvas.beginText();
        canvas.setFont(font, size);
        Matrix at = Matrix.getRotateInstance(angle, width / 2, height / 2);
        at.translate(-length / 2, -size / 3);
        canvas.setTextMatrix(at);
        canvas.showText(mark);
        canvas.endText();
        canvas.restoreGraphicsState();
    }

    private static void text(PDPageContentStream canvas, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        canvas.beginText();
        canvas.setFont(font, size);
        canvas.newLineAtOffset(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    /** Maps the page as it is viewed (its /Rotate applied, origin at the crop box's corner) onto the page's space. */
    private static Matrix upright(PDRectangle box, int rotation) {
        float x = box.getLowerLeftX();
        float y = box.getLowerLeftY();
        float w = box.getWidth();
        float h = box.getHeight();
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, x + w, y);
            case 180 -> new Matrix(-1, 0, 0, -1, x + w, y + h);
            case 270 -> new Matrix(0, -1, 1, 0, x, y + h);
            default -> new Matrix(1, 0, 0, 1, x, y);
        };
    }
}
