package io.huiwu.registration.domain;

/**
 * Whether enough members are present for a session to proceed (法定人数): of those expected (应到), more than half
 * or at least two thirds must be present in person (实到); signatures on someone's behalf do not count.
 */
public enum QuorumRule {
    /** No quorum: the session proceeds with whoever comes. */
    NONE,
    /** More than half (过半数). */
    MAJORITY,
    /** At least two thirds (三分之二以上). */
    TWO_THIRDS;

    /** The smallest number present that reaches the quorum, or 0 when there is none. */
    public long needed(long expected) {
        return switch (this) {
            case NONE -> 0;
            case MAJORITY -> expected / 2 + 1;
            case TWO_THIRDS -> (2 * expected + 2) / 3;
        };
    }

    public boolean reached(long present, long expected) {
        return present >= needed(expected);
    }

    /** The rule when the organiser has set none: sessions that decide need more than half. */
    public static QuorumRule byDefault(SessionKind kind) {
        return switch (kind) {
            case PLENARY, PREPARATORY, ELECTION -> MAJORITY;
            case GROUP, ACTIVITY, SITE_VISIT -> NONE;
        };
    }
}
