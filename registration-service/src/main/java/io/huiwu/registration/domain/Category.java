package io.huiwu.registration.domain;

/** The categories of people at a meeting (DOMAIN.md, roster). Each gets its own credential type and seating zone. */
public enum Category {
    /** 出席: a voting member, seated front and centre. */
    ATTENDEE,
    /** 列席: attends without a vote, seated behind or at the sides. */
    NON_VOTING,
    /** 特邀 guests. */
    GUEST,
    /** 工作人员: meeting staff. */
    STAFF,
    /** 记者: press, who also borrow and return documents. */
    PRESS,
    /** 随行: drivers and family accompanying a principal, lodged under their own category. */
    ACCOMPANYING
}
