package io.huiwu.registration.domain;

/**
 * How a person's name is stored. Chinese names are written family name first with no space (DOMAIN.md, Names);
 * printed lists often pad two-character names with a space ("王　芳") to line them up with three-character ones,
 * and such padding must not create a second spelling of the same person. Names in Latin script keep their single
 * spaces.
 */
public final class PersonName {

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
                    && isHan(collapsed.codePointBefore(i)) && isHan(collapsed.codePointAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN || codePoint == '·';
    }
}
