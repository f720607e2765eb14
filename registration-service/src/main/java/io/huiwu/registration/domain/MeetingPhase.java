package io.huiwu.registration.domain;

/**
 * The three phases of a meeting (DOMAIN.md) and its end: before (会前准备), during (会间服务), after (会后处理:
 * documents recalled, accounts settled), closed. A meeting moves forward one phase at a time.
 */
public enum MeetingPhase {
    PREPARING, IN_SESSION, CLOSING, CLOSED;

    /** The phase that may follow this one, or null for the last. */
    public MeetingPhase next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }
}
