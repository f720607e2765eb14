package io.huiwu.documents.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.Optional;

/**
 * The numbered copies' files are stamped from a document's PDF: it must open, unlocked, and have pages.
 */
public final class CopyStamp {

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
}
