package io.huiwu.registration.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Who may pass a check-in point (报到处, a hall door, the dining hall), and when. The checks run in this order, and
 * the first that fails is the reason given: the holder has not withdrawn (which also revokes their credentials); the
 * credential is genuine and not revoked; their category may pass this point; the scan is within the point's hours;
 * and they are not already in (an entry) or are in (an exit). A point either admits each person once, or allows re-entry; it may also
 * track exits, and then only someone outside can enter and only someone inside can leave.
 */
public final class CheckInRules {

    private CheckInRules() {
    }

    public enum CheckInDirection { ENTRY, EXIT }

    /** Why a scan is refused; the code is what the check-in app shows and acts on. */
    public enum Reason {
        INVALID("invalid"),
        REVOKED("revoked"),
        WITHDRAWN("withdrawn"),
        WRONG_CATEGORY("wrong_category"),
        OUTSIDE_TIME("outside_time"),
        ALREADY_REDEEMED("already_redeemed"),
        NOT_INSIDE("not_inside"),
        EXITS_NOT_TRACKED("exits_not_tracked");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Reason ofCode(String code) {
            for (Reason reason : values()) {
                if (reason.code.equals(code)) {
                    return reason;
                }
            }
            throw new IllegalArgumentException("no reason " + code);
        }
    }

    /** A check-in point's rules. Null hours mean no limit. */
    public record Point(Set<Category> categories, OffsetDateTime opensAt, OffsetDateTime closesAt,
            boolean allowReentry, boolean trackExit) {
    }

    /** Where someone stands on a point: null if they never entered. */
    public record Presence(boolean inside, int entries) {
    }

    /** The checks that do not depend on presence, in order. */
    public static Optional<Reason> admissibility(boolean revoked, AttendeeStatus status, Category category,
            Point point, OffsetDateTime at) {
        // a withdrawal revokes the credentials too: the door says why, the person withdrew
        if (status == AttendeeStatus.WITHDRAWN) {
            return Optional.of(Reason.WITHDRAWN);
        }
        if (revoked) {
            return Optional.of(Reason.REVOKED);
        }
        if (!point.categories().contains(category)) {
            return Optional.of(Reason.WRONG_CATEGORY);
        }
        if ((point.opensAt() != null && at.isBefore(point.opensAt()))
                || (point.closesAt() != null && !at.isBefore(point.closesAt()))) {
            return Optional.of(Reason.OUTSIDE_TIME);
        }
        return Optional.empty();
    }

    /** The presence check for a move through the point. */
    public static Optional<Reason> movement(Point point, Presence presence, CheckInDirection direction) {
        if (direction == CheckInDirection.ENTRY) {
            if (presence == null) {
                return Optional.empty();
            }
            if (!point.allowReentry() || (point.trackExit() && presence.inside())) {
                return Optional.of(Reason.ALREADY_REDEEMED);
            }
            return Optional.empty();
        }
        if (!point.trackExit()) {
            return Optional.of(Reason.EXITS_NOT_TRACKED);
        }
        if (presence == null || !presence.inside()) {
            return Optional.of(Reason.NOT_INSIDE);
        }
        return Optional.empty();
    }

    /** Where someone stands after a move that was allowed (or that happened anyway, offline). */
    public static Presence after(Presence presence, CheckInDirection direction) {
        if (direction == CheckInDirection.ENTRY) {
            return new Presence(true, presence == null ? 1 : presence.entries() + 1);
        }
        return new Presence(false, presence == null ? 0 : presence.entries());
    }
}
