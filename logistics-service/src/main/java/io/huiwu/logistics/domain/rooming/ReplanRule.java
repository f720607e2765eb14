package io.huiwu.logistics.domain.rooming;

/**
 * Why a local re-plan gave someone the bed it did ({@link LocalReplan}), or none; each with the explanation the person
 * gets, in English and Chinese. {0} is the room.
 */
public enum ReplanRule {
    /** Someone of a grade for suites, in a free suite. */
    SUITE_BY_GRADE("is given suite {0}, as their grade allows", "按职级安排套间 {0}"),
    /** A bed in a room shared only with members of the same delegation. */
    WITH_DELEGATION("joins room {0}, shared with members of their delegation", "安排在与本团人员同住的 {0} 房间"),
    /** An empty room in the delegation's hotel. */
    FREE_ROOM("is given room {0}, empty, in their delegation's hotel", "安排在本团所在酒店的空房间 {0}"),
    /** A bed beside people of another delegation: no room of the delegation and no empty room was left. */
    WITH_OTHERS("joins room {0}: no bed beside their delegation and no empty room is left",
            "本团房间和空房间均已满，安排在 {0} 房间"),
    /** No free bed keeps the hard rules (gender, lodging category, suites by grade, the delegation's hotel). */
    NO_BED("has no free bed that keeps the rules in their delegation's hotel", "本团所在酒店没有符合规则的空床位");

    private final String english;
    private final String chinese;

    ReplanRule(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public String explain(String room) {
        return english.replace("{0}", room == null ? "" : room);
    }

    public String explainZh(String room) {
        return chinese.replace("{0}", room == null ? "" : room);
    }
}
