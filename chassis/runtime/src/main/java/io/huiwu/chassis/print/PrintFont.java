package io.huiwu.chassis.print;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font printed documents are set in: WenQuanYi Micro Hei from the class path ({@code fonts/}, with its licence
 * and source), a sans-serif font with all of GB 2312, the hanzi of GBK, Latin letters and digits. The file is read
 * once; each document gets a font of its own, so that the PDF embeds only the glyphs it uses and prints the same
 * where no Chinese font is installed.
 */
public final class PrintFont {

    private static final String FILE = "wqy-microhei.ttc";

    private PrintFont() {
    }

    /** A font for one document, embedded as a subset with Unicode text (Identity-H). */
    public static BaseFont forDocument() throws DocumentException, IOException {
        return BaseFont.createFont(FILE + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                Bytes.FONT, null);
    }

    /**
     * The font file itself (a TrueType collection, the font at index 0), for a PDF library other than OpenPDF
     * (stamping a PDF that was uploaded) to embed the same font.
     */
    public static InputStream file() {
        return new ByteArrayInputStream(Bytes.FONT);
    }

    /** The font file, read on first use. */
    private static final class Bytes {

        static final byte[] FONT = read();

        private static byte[] read() {
            try (InputStream in = PrintFont.class.getResourceAsStream("/fonts/" + FILE)) {
                if (in == null) {
                    throw new IllegalStateException("the font fonts/" + FILE + " is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the font fonts/" + FILE, e);
            }
        }
    }
}
