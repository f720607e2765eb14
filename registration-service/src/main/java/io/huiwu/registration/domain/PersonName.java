package io.huiwu.registration.domain;

import java.util.regex.Pattern;

/**
 * How a person's name is stored. Chinese names are written family name first with no space (DOMAIN.md, Names);
 * printed lists often pad two-character names with a space ("王　芳") to line them up with three-character ones,
 * and such padding must not create a second spelling of the same person. Names in Latin script keep their single
 * spaces. Minority names join their parts with a middle dot, typed as any of several look-alike characters; all of
 * them are stored as U+00B7, so one person has one spelling.
 */
public final class PersonName {

    /** The middle dot names are stored with (GB 18030 and the ID card use U+00B7). */
    public static final String MIDDLE_DOT = "\u00B7";

    /** Dots people type between the parts of a name: ‧ • ∙ ⋅ ・ ･ · ⸱ ᐧ 𐄁 and the Latin and full-width full stops. */
    private static final Pattern DOTS = Pattern.compile(
            "[\\u00B7\\u2027\\u2022\\u2219\\u22C5\\u30FB\\uFF65\\u0387\\u2E31\\u1427\\x{10101}\\u2024\\uFF0E.]");

    private PersonName() {
    }

    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String collapsed = raw.strip().replaceAll("[\\s\\u3000]+", " ");
        StringBuilder out = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < collapsed.length()
                    && isHanOrDot(collapsed.codePointBefore(i)) && isHanOrDot(collapsed.codePointAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return foldDots(out.toString());
    }

    /** A dot between two Chinese characters (or at either side of one) is the middle dot, whichever was typed. */
    private static String foldDots(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            boolean dot = DOTS.matcher(Character.toString(codePoint)).matches();
            boolean betweenHan = (i > 0 && isHan(name.codePointBefore(i)))
                    || (next < name.length() && isHan(name.codePointAt(next)));
            if (dot && (betweenHan || codePoint != '.')) {
                out.append(MIDDLE_DOT);
            } else {
                out.appendCodePoint(codePoint);
            }
            i = next;
        }
        return out.toString();
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isHanOrDot(int codePoint) {
        return isHan(codePoint) || DOTS.matcher(Character.toString(codePoint)).matches();
    }
}
