package io.huiwu.registration.domain;

/**
 * Phone and ID numbers: checked when entered, and shown masked to everyone but organisers.
 */
public final class PersonalData {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private PersonalData() {
    }

    /**
     * Whether an 18-character resident ID number (公民身份号码, GB 11643-1999) is well formed: 17 digits, a valid
     * date of birth, and the ISO 7064 MOD 11-2 check character. Typing mistakes in a roster are caught here.
     */
    public static boolean isValidIdNumber(String id) {
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            java.time.LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11] == id.charAt(17);
    }

    /** 110105194912310021 shows as 110105********0021. */
    public static String maskIdNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 8) {
            return "*".repeat(id.length());
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
}
