package io.huiwu.venue.domain;

/** The kinds of session in a meeting's schedule (日程). */
public enum SessionKind {
    /** 全体会议 / 大会. */
    PLENARY,
    /** 预备会议. */
    PREPARATORY,
    /** 分组讨论. */
    GROUP,
    /** 选举 / 表决. */
    ELECTION,
    /** 文化活动. */
    ACTIVITY,
    /** 现场参观. */
    SITE_VISIT
}
