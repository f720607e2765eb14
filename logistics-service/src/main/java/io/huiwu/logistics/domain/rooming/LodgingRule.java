package io.huiwu.logistics.domain.rooming;

/**
 * The rules a rooming plan is scored by; each names the constraint that scores it and the explanation a person gets.
 * Hard rules make a plan unusable; soft rules only make it worse.
 */
public enum LodgingRule {
    /** Everyone who needs a bed gets one: without it, a plan that leaves people out would score as feasible. */
    NO_BED(true, "has no bed", "没有床位"),
    /** A room holds no more people than it has beds. */
    OVER_CAPACITY(true, "is in room {0}, which has more people than beds", "所在房间 {0} 人数超过床位"),
    /** Shared rooms only between people of the same gender. */
    MIXED_GENDER(true, "shares room {0} with someone of another gender", "与异性同住 {0} 房间"),
    /** Accompanying people and drivers share only with their own category. */
    MIXED_CATEGORY(true, "shares room {0} with someone of another lodging category",
            "与其他住宿类别的人员同住 {0} 房间"),
    /** Suites only at or above the organiser's grade. */
    SUITE_BELOW_GRADE(true, "is in suite {0} below the grade suites are for", "职级未达套间标准却住套间 {0}"),
    /** A delegation stays in one hotel. */
    DELEGATION_SPLIT(true, "is placed by hand in another hotel than delegation {0}",
            "被手工安排在与 {0} 不同的酒店"),
    /** Roommates preferably come from the same delegation. */
    ROOMMATE_FROM_ANOTHER_DELEGATION(false, "shares room {0} with someone of another delegation",
            "与其他代表团人员同住 {0} 房间"),
    /** Roommates preferably have similar grades. */
    ROOMMATE_GRADE_GAP(false, "shares room {0} with someone of another grade", "与不同职级人员同住 {0} 房间"),
    /** A delegation's rooms are preferably close together: on as few floors as possible. */
    DELEGATION_SPREAD(false, "lodges on another floor than part of delegation {0}", "与 {0} 部分成员不在同一楼层");

    private final boolean hard;
    private final String english;
    private final String chinese;

    LodgingRule(boolean hard, String english, String chinese) {
        this.hard = hard;
        this.english = english;
        this.chinese = chinese;
    }

    /** What the rule says about one person, in English; {0} is the room or delegation. */
    public String explain(String where) {
        return english.replace("{0}", where == null ? "" : where);
    }

    /** The same in Chinese. */
    public String explainZh(String where) {
        return chinese.replace("{0}", where == null ? "" : where);
    }

    public boolean hard() {
        return hard;
    }
}
