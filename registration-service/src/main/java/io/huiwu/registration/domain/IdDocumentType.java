package io.huiwu.registration.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of identity document whose number an entry carries. Only the mainland resident ID number has a form the
 * service can check ({@link MainlandIdNumber}); the others are taken as written. Foreign attendees, and compatriots
 * from Hong Kong, Macao and Taiwan, are entered with the document they travel on.
 */
public enum IdDocumentType {
    /** 居民身份证: the 18-character resident ID number of GB 11643. */
    MAINLAND_ID("居民身份证", "身份证"),
    /** 护照. */
    PASSPORT("护照"),
    /** 港澳居民来往内地通行证 (回乡证). */
    HK_MACAO_PERMIT("港澳居民来往内地通行证", "回乡证", "港澳通行证"),
    /** 台湾居民来往大陆通行证 (台胞证). */
    TAIWAN_PERMIT("台湾居民来往大陆通行证", "台胞证"),
    /** Any other document: a foreigner's permanent residence card, a military ID... */
    OTHER("其他", "其他证件");

    private final String label;
    private final List<String> shortNames;

    IdDocumentType(String label, String... shortNames) {
        this.label = label;
        this.shortNames = List.of(shortNames);
    }

    public String label() {
        return label;
    }

    /**
     * The type a number is taken to be when none is given: a mainland ID number when it looks like one (digits
     * only, perhaps ending in X, as a mistyped one does too, so that it is checked); otherwise unknown.
     */
    public static Optional<IdDocumentType> inferredFrom(String number) {
        return number != null && number.matches("[0-9]+[Xx]?") ? Optional.of(MAINLAND_ID) : Optional.empty();
    }

    /** The type as written on a sheet: its Chinese name (护照, 台胞证) or its code. */
    public static Optional<IdDocumentType> parse(String text) {
        String value = text.strip();
        for (IdDocumentType type : values()) {
            if (type.label.equals(value) || type.shortNames.contains(value)
                    || type.name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
