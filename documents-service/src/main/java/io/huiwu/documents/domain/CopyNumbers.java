package io.huiwu.documents.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 份号: six digits, zero-padded ({@code 000017}), unique per document (GB/T 9704-2012). Copies made later are numbered
 * on from the highest number the document has, like originals (条例 Art. 31).
 */
public final class CopyNumbers {

    /** The highest number six digits can write. */
    public static final int HIGHEST = 999_999;
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    private CopyNumbers() {
    }

    public static boolean isCopyNumber(String text) {
        return text != null && SIX_DIGITS.matcher(text).matches() && !"000000".equals(text);
    }

    public static String format(int number) {
        if (number < 1 || number > HIGHEST) {
            throw new IllegalArgumentException("a copy number runs from 1 to " + HIGHEST + ": " + number);
        }
        return String.format("%06d", number);
    }

    /** The next {@code count} numbers after {@code highest}, or empty when six digits cannot hold them. */
    public static List<String> after(int highest, int count) {
        if ((long) highest + count > HIGHEST) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>(count);
        for (int n = highest + 1; n <= highest + count; n++) {
            numbers.add(format(n));
        }
        return numbers;
    }
}
