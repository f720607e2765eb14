package io.huiwu.documents.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a document may have. A PDF is what the numbered copies are stamped from (份号, 密级★期限, the
 * holder, on every page); a Word document (docx) is kept as the drafters' source but never stamped, so no copy can be
 * downloaded from it. The first bytes must say the same as the declared media type.
 */
public enum FileKind {
    PDF("application/pdf", ".pdf", true, new byte[] {'%', 'P', 'D', 'F', '-'}),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", false,
            new byte[] {'P', 'K', 3, 4});

    private final String mediaType;
    private final String extension;
    private final boolean stamped;
    private final byte[] magic;

    FileKind(String mediaType, String extension, boolean stamped, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.stamped = stamped;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether copies are stamped from a file of this kind. */
    public boolean stamped() {
        return stamped;
    }

    /** The kind of a media type (parameters such as a charset ignored), if it is one accepted. */
    public static Optional<FileKind> of(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(bare)).findFirst();
    }

    /** Whether the content starts as a file of this kind does (a PDF may have a few bytes before its header). */
    public boolean looksLike(byte[] content) {
        int reach = this == PDF ? Math.min(1024, content.length - magic.length) : 0;
        for (int start = 0; start <= reach; start++) {
            if (startsAt(content, start)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsAt(byte[] content, int start) {
        if (content.length - start < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[start + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
