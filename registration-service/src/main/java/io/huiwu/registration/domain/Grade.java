package io.huiwu.registration.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An attendee's grade (职级): the ten levels of leadership posts of the Civil Servant Law (公务员法 art. 18), highest
 * first. Logistics reads it for lodging (suites only from a grade the organiser sets, DOMAIN.md) and protocol; so the
 * order is what matters, and {@link #level()} gives it as a number, 1 the highest. People outside the civil service
 * (enterprises, farmers, scholars) are entered at the grade they are treated as, or without one. Rank (排序) is
 * a different thing: the position of a person in the meeting's protocol order.
 */
public enum Grade {
    NATIONAL_FULL("国家级正职"),
    NATIONAL_DEPUTY("国家级副职"),
    PROVINCIAL_FULL("省部级正职", "正部级", "正省级", "部级正职"),
    PROVINCIAL_DEPUTY("省部级副职", "副部级", "副省级"),
    BUREAU_FULL("厅局级正职", "正厅级", "正局级", "正厅"),
    BUREAU_DEPUTY("厅局级副职", "副厅级", "副局级", "副厅"),
    COUNTY_FULL("县处级正职", "正处级", "正县级", "正处"),
    COUNTY_DEPUTY("县处级副职", "副处级", "副县级", "副处"),
    TOWNSHIP_FULL("乡科级正职", "正科级", "正科"),
    TOWNSHIP_DEPUTY("乡科级副职", "副科级", "副科");

    private final String label;
    private final List<String> shortNames;

    Grade(String label, String... shortNames) {
        this.label = label;
        this.shortNames = List.of(shortNames);
    }

    /** The level's name in the law: 省部级正职. */
    public String label() {
        return label;
    }

    /** 1 for 国家级正职 down to 10 for 乡科级副职: a smaller number is a higher grade. */
    public int level() {
        return ordinal() + 1;
    }

    /** The grade as written on a sheet: the law's name (厅局级正职), the usual short one (正厅级), or its code. */
    public static Optional<Grade> parse(String text) {
        String value = text.strip();
        for (Grade grade : values()) {
            if (grade.label.equals(value) || grade.shortNames.contains(value)
                    || grade.name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
