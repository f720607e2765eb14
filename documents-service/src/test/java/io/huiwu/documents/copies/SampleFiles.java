package io.huiwu.documents.copies;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files as a secretariat would upload them, made here; and a place under target/ to leave what came back. */
final class SampleFiles {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private SampleFiles() {
    }

    /** A PDF of the pages given, each a heading and a paragraph, in the embedded print font; turned pages listed. */
    static byte[] pdf(String title, int pages, int... turned) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 72, 72, 90, 72);
            PdfWriter.getInstance(document, out);
            document.open();
            Font heading = new Font(PrintFont.forDocument(), 18);
            Font body = new Font(PrintFont.forDocument(), 12);
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    document.newPage();
                }
                document.add(new Paragraph(title + "（第 " + page + " 页）", heading));
                document.add(new Paragraph("各代表团：根据大会议程安排，现将有关事项说明如下。本文件仅供会议期间使用，"
                        + "会后按规定清退。".repeat(4), body));
            }
            document.close();
            if (turned.length == 0) {
                return out.toByteArray();
            }
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                for (int page : turned) {
                    pdf.getPage(page - 1).setRotation(90);
                }
                ByteArrayOutputStream rotated = new ByteArrayOutputStream();
                pdf.save(rotated);
                return rotated.toByteArray();
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PDF locked with a password. */
    static byte[] encrypted(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal Word document: a zip with the part Word reads first. */
    static byte[] docx(String text) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves the file in {@code target/documents-files/} to be looked at. */
    static void keep(String name, byte[] content) {
        try {
            Files.write(Files.createDirectories(Path.of("target", "documents-files")).resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
