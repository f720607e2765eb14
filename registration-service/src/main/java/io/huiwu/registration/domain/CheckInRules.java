package io.huiwu.registration.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may pass a check-in point (报到处, a hall door, the dining hall), and when. The checks run in this order, and
 * the first that fails is the reason given: the holder has not withdrawn (which also revokes their credentials); the
 * credential is genuine and not revoked; it is of a type the point accepts (a vehicle pass names no person and opens
 * no door for people; a hall door may accept only 出席证 and 列席证); their category may pass this point; the scan
 * is within the point's hours; and they are not already in (an entry) or are in (an exit). A point either admits
 * each person once, or allows re-entry; it may also track exits, and then only someone outside can enter and only
 * someone inside can leave.
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
        WRONG_CREDENTIAL_TYPE("wrong_credential_type"),
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

    /**
     * A check-in point's rules. Null hours mean no limit; null credential types accept every credential that names
     * a person.
     */
    public record Point(Set<Category> categories, OffsetDateTime opensAt, OffsetDateTime closesAt,
            boolean allowReentry, boolean trackExit, Set<UUID> credentialTypes) {

        public Point(Set<Category> categories, OffsetDateTime opensAt, OffsetDateTime closesAt, boolean allowReentry,
                boolean trackExit) {
            this(categories, opensAt, closesAt, allowReentry, trackExit, null);
        }
    }

    /** What was shown at the point: a credential of a type (null for a manual check-in), naming a person or not. */
    public record Shown(UUID credentialType, boolean namesPerson) {

        public static final Shown MANUAL = new Shown(null, true);
    }

    /** Where someone stands on a point: null if they never entered. */
    public record Presence(boolean inside, int entries) {
    }

    /** The checks that do not depend on presence, in order, for a manual check-in (no credential shown). */
    public static Optional<Reason> admissibility(boolean revoked, AttendeeStatus status, Category category,
            Point point, OffsetDateTime at) {
        return admissibility(Shown.MANUAL, revoked, status, category, point, at);
    }

    /**
     * The checks that do not depend on presence, in order. For a credential that names no person the status and
     * category are null.
     */
    public static Optional<Reason> admissibility(Shown shown, boolean revoked, AttendeeStatus status,
            Category category, Point point, OffsetDateTime at) {
        // a withdrawal revokes the credentials too: the door says why, the person withdrew
        if (status == AttendeeStatus.WITHDRAWN) {
            return Optional.of(Reason.WITHDRAWN);
        }
        if (revoked) {
            return Optional.of(Reason.REVOKED);
        }
        if (!shown.namesPerson() || (shown.credentialType() != null && point.credentialTypes() != null
                && !point.credentialTypes().contains(shown.credentialType()))) {
            return Optional.of(Reason.WRONG_CREDENTIAL_TYPE);
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

    /**
     * The presence check of {@link #movement} for each state a holder already on record can be in, so that one
     * SQL statement can move the holder atomically by picking the outcome for the state it finds, without stating
     * the rule again. Someone never on record may always enter, and can never leave.
     */
    public record Outcomes(boolean allowedWhenInside, boolean allowedWhenOutside, Reason refusal) {
    }

    public static Outcomes outcomes(Point point, CheckInDirection direction) {
        Optional<Reason> inside = movement(point, new Presence(true, 1), direction);
        Optional<Reason> outside = movement(point, new Presence(false, 1), direction);
        Optional<Reason> never = movement(point, null, direction);
        Reason refusal = inside.or(() -> outside).or(() -> never)
                .orElse(direction == CheckInDirection.ENTRY ? Reason.ALREADY_REDEEMED : Reason.NOT_INSIDE);
        return new Outcomes(inside.isEmpty(), outside.isEmpty(), refusal);
    }

    /** Where someone stands after a move that was allowed (or that happened anyway, offline). */
    public static Presence after(Presence presence, CheckInDirection direction) {
        if (direction == CheckInDirection.ENTRY) {
            return new Presence(true, presence == null ? 1 : presence.entries() + 1);
        }
        return new Presence(false, presence == null ? 0 : presence.entries());
    }
}
