package io.huiwu.logistics.domain.dining;

/** The meals of a meeting day (DOMAIN.md, living: meals). */
public enum MealKind {
    /** 早餐. */
    BREAKFAST,
    /** 午餐. */
    LUNCH,
    /** 晚餐. */
    DINNER
}
