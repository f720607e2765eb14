package io.huiwu.documents.domain;

import java.util.Map;

/**
 * No copy goes to a holder cleared below the document's level (严格杜绝高密级信息流向低密级人群, anchors 3.6). The
 * organiser sets a clearance per category of person; a category they have not set takes this default table:
 * deputies and members 机密, non-voting attendees and staff 秘密, guests 内部, press and accompanying people public
 * material only. A category the table does not know is cleared for public material only.
 */
public final class ClearancePolicy {

    private static final Map<String, Classification> DEFAULTS = Map.of(
            "ATTENDEE", Classification.SECRET,
            "NON_VOTING", Classification.CONFIDENTIAL,
            "STAFF", Classification.CONFIDENTIAL,
            "GUEST", Classification.INTERNAL,
            "PRESS", Classification.PUBLIC,
            "ACCOMPANYING", Classification.PUBLIC);

    private ClearancePolicy() {
    }

    /** The default clearances, by category. */
    public static Map<String, Classification> defaults() {
        return DEFAULTS;
    }

    /** The default clearance of a category. */
    public static Classification defaultFor(String category) {
        return DEFAULTS.getOrDefault(category, Classification.PUBLIC);
    }

    /** Whether a holder with {@code clearance} may hold a copy of a document marked {@code marking}. */
    public static boolean permits(Classification clearance, Classification marking) {
        return clearance.covers(marking);
    }
}
