package io.huiwu.registration.domain;

/**
 * An attendee's reply to a notice (回执): they attend, they ask for leave (请假, with a reason), or they send a
 * substitute (代会). Voting members (出席) and staff cannot send a substitute: a delegate's seat is their own.
 */
public enum ReplyAnswer {
    ATTEND, LEAVE, SUBSTITUTE;

    /** Whether someone of this category may send a substitute. */
    public static boolean substituteAllowed(Category category) {
        return category == Category.NON_VOTING || category == Category.GUEST || category == Category.PRESS;
    }
}
