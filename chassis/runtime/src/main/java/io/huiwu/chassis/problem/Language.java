package io.huiwu.chassis.problem;

import java.util.List;
import java.util.Locale;

/**
 * The languages problems are written in: Chinese for a caller whose {@code Accept-Language} prefers it (the staff
 * who use the admin app read Chinese), English otherwise.
 */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    CHINESE(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language an {@code Accept-Language} header asks for first among the two; English when it names neither. */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String tag = range.getRange().toLowerCase(Locale.ROOT);
            if (tag.equals("zh") || tag.startsWith("zh-")) {
                return CHINESE;
            }
            if (tag.equals("en") || tag.startsWith("en-") || tag.equals("*")) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
