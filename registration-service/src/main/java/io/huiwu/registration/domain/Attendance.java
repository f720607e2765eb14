package io.huiwu.registration.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

/**
 * Where someone expected at a session (应到) stands: present in person (实到), signed for by someone else (代签,
 * counted apart), on leave (请假) or absent (缺席). Someone on leave who comes anyway is present.
 */
public final class Attendance {

    public enum Standing {
        PRESENT, SIGNED_ON_BEHALF, ON_LEAVE, ABSENT
    }

    private Attendance() {
    }

    public static Standing standing(boolean admittedInPerson, boolean admittedOnBehalf, boolean onLeave) {
        if (admittedInPerson) {
            return Standing.PRESENT;
        }
        if (admittedOnBehalf) {
            return Standing.SIGNED_ON_BEHALF;
        }
        return onLeave ? Standing.ON_LEAVE : Standing.ABSENT;
    }

    /**
     * Whether a leave covers a session: it names the session, or its period overlaps the session's time.
     *
     * @param from     start of the leave's period, or null for a leave by sessions
     * @param to       end of the period (exclusive)
     * @param sessions the sessions the leave names
     */
    public static boolean covers(OffsetDateTime from, OffsetDateTime to, Collection<UUID> sessions, UUID session,
            OffsetDateTime sessionStart, OffsetDateTime sessionEnd) {
        if (sessions.contains(session)) {
            return true;
        }
        return from != null && to != null && from.isBefore(sessionEnd) && to.isAfter(sessionStart);
    }

    /**
     * Whether someone counts in a delegation's headcount: its members do; staff and accompanying people (drivers,
     * secretaries) only when asked for.
     */
    public static boolean countsForDelegation(Category category, boolean includeSupport) {
        return includeSupport || (category != Category.STAFF && category != Category.ACCOMPANYING);
    }
}
