package io.huiwu.chassis.security;

/**
 * The roles a bearer token carries in its {@code groups} claim (ARCHITECTURE.md, Security). Resources name them in
 * {@code @RolesAllowed}.
 */
public final class Roles {

    /** Everything of their meetings. */
    public static final String ORGANIZER = "organizer";
    /** Roster read and check-in. */
    public static final String REGISTRAR = "registrar";
    /** Lodging, dining, transport, supplies. */
    public static final String LOGISTICS = "logistics";
    /** Venues, sessions, seating. */
    public static final String VENUE = "venue";
    /** Documents, confidential ones included. */
    public static final String SECRETARIAT = "secretariat";
    /** One attendee: only their own record, seat, room, table, pickup and documents due. */
    public static final String ATTENDEE = "attendee";

    /** The staff roles, each of which may read the roster. */
    public static final String[] STAFF = {ORGANIZER, REGISTRAR, LOGISTICS, VENUE, SECRETARIAT};

    /** The claim of an attendee's token that holds their attendee id. */
    public static final String ATTENDEE_ID_CLAIM = "attendee_id";

    private Roles() {
    }
}
