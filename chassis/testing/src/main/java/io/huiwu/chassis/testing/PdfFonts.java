package io.huiwu.chassis.testing;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The fonts a PDF uses: those in the resources of every page, and of the form XObjects, tiling patterns, Type 3
 * fonts and annotation appearances they lead to, however deep.
 */
public final class PdfFonts {

    /** A font as the PDF names it, and whether its glyphs are in the file. */
    public record Font(String name, boolean embedded) {
    }

    private final List<Font> fonts = new ArrayList<>();
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private PdfFonts() {
    }

    public static List<Font> of(PDDocument pdf) throws IOException {
        PdfFonts walk = new PdfFonts();
        for (PDPage page : pdf.getPages()) {
            walk.resources(page.getResources());
            for (PDAnnotation annotation : page.getAnnotations()) {
                PDAppearanceDictionary appearance = annotation.getAppearance();
                if (appearance != null) {
                    walk.appearance(appearance.getNormalAppearance());
                    walk.appearance(appearance.getRolloverAppearance());
                    walk.appearance(appearance.getDownAppearance());
                }
            }
        }
        return List.copyOf(walk.fonts);
    }

    /**
     * Whether the font program is in the file: a FontFile, FontFile2 or FontFile3 in its descriptor, for a Type 0
     * font in its descendant's. Type 3 glyphs are content streams of the font itself.
     */
    static boolean embedded(PDFont font) {
        if (font instanceof PDType3Font) {
            return true;
        }
        PDFontDescriptor descriptor;
        if (font instanceof PDType0Font type0) {
            PDCIDFont descendant = type0.getDescendantFont();
            descriptor = descendant == null ? null : descendant.getFontDescriptor();
        } else {
            descriptor = font.getFontDescriptor();
        }
        return descriptor != null && (descriptor.getFontFile() != null || descriptor.getFontFile2() != null
                || descriptor.getFontFile3() != null);
    }

    private void resources(PDResources resources) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font == null) {
                fonts.add(new Font("/" + name.getName() + " (unreadable)", false));
                continue;
            }
            fonts.add(new Font(font.getName(), embedded(font)));
            if (font instanceof PDType3Font type3) {
                resources(type3.getResources());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                resources(form.getResources());
            }
        }
        for (COSName name : resources.getPatternNames()) {
            if (resources.getPattern(name) instanceof PDTilingPattern tiling) {
                resources(tiling.getResources());
            }
        }
    }

    private void appearance(PDAppearanceEntry entry) throws IOException {
        if (entry == null) {
            return;
        }
        if (entry.isStream()) {
            resources(entry.getAppearanceStream().getResources());
        } else {
            for (PDAppearanceStream stream : entry.getSubDictionary().values()) {
                resources(stream.getResources());
            }
        }
    }
}
