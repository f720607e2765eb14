package io.huiwu.logistics.domain.rooming;

import java.util.Set;

/**
 * The organiser's lodging policy (DOMAIN.md, Protocol rules: Lodging). Shared rooms only between people of the same
 * gender; suites only at or above a grade the organiser sets ({@link #suiteFromGradeLevel}, 1 the highest grade, as
 * registration's grade levels count: 3 is 省部级正职, 4 省部级副职); accompanying people (随行: drivers, secretaries,
 * family) and any other category the organiser names are lodged under their own category, so they share a room only
 * with people of that category. No source fixes a grade for suites or the categories lodged apart, so both are
 * settings, with 省部级 and 随行 as the defaults.
 *
 * @param suiteFromGradeLevel the lowest grade (largest level) a suite is given to; null gives suites to nobody
 * @param ownCategories       categories lodged apart from everyone else
 */
public record LodgingPolicy(Integer suiteFromGradeLevel, Set<String> ownCategories) {

    /** 省部级副职 and above get suites; 随行 are lodged apart. */
    public static final LodgingPolicy DEFAULT = new LodgingPolicy(4, Set.of("ACCOMPANYING"));

    public LodgingPolicy {
        ownCategories = ownCategories == null ? Set.of() : Set.copyOf(ownCategories);
    }

    /** Whether someone of this grade level (null: no grade) may be given a suite. */
    public boolean suiteAllowed(Integer gradeLevel) {
        return suiteFromGradeLevel != null && gradeLevel != null && gradeLevel <= suiteFromGradeLevel;
    }

    /** The class a person is lodged under: their own category when it is lodged apart, otherwise everyone's. */
    public String lodgingClass(String category) {
        return category != null && ownCategories.contains(category) ? category : "GENERAL";
    }

    /** Whether two people may share a room: same gender and same lodging class. */
    public static boolean mayShare(Guest one, Guest other) {
        return sameGender(one, other) && sameClass(one, other);
    }

    public static boolean sameGender(Guest one, Guest other) {
        return one.getGender() != null && one.getGender().equals(other.getGender());
    }

    public static boolean sameClass(Guest one, Guest other) {
        return one.getLodgingClass().equals(other.getLodgingClass());
    }
}
