package io.huiwu.registration.domain;

/**
 * Personal data shown to everyone but organisers (and the attendee themselves) masked: phone and ID numbers keep a
 * few characters to be recognised by; health needs, which are health information, are hidden whole. ID numbers are
 * checked by {@link MainlandIdNumber}.
 */
public final class PersonalData {

    /** What non-organisers see of a health need, whatever its length. */
    public static final String HIDDEN_TEXT = "******";

    private PersonalData() {
    }

    /**
     * 110105194912310021 shows as 110105********0021; a shorter document number (a passport's E12345678) keeps its
     * last four characters, and one of eight characters or fewer none.
     */
    public static String maskIdNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        if (id.length() < 15) {
            return "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** 13812345678 shows as 138****5678; short numbers keep only their last two digits. */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip();
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
        }
        if (digits.length() <= 2) {
            return "*".repeat(digits.length());
        }
        return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
    }

    /** A health need shows as {@value #HIDDEN_TEXT}: that there is one, not what it is. */
    public static String hideText(String text) {
        return text == null ? null : HIDDEN_TEXT;
    }
}
