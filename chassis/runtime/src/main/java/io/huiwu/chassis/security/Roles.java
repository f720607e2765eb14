package io.huiwu.chassis.security;

import java.util.List;

/**
 * The roles resources name in {@code @RolesAllowed} (ARCHITECTURE.md, Security).
 *
 * <p>The meeting is the unit of access: a member of staff holds {@link #MEETING_ROLES a role in a meeting} through a
 * grant that registration records, and the role counts only on that meeting's paths
 * ({@code /meetings/{meetingId}/...}).
 * An {@link #ATTENDEE attendee} token belongs to one attendee of one meeting. The only role a token carries by itself
 * is the platform role {@link #ADMINISTRATOR}, which creates meetings, names their first organizer and looks after
 * the services' dead letters.
 */
public final class Roles {

    /**
     * Platform role: creates meetings, names and replaces their organizers, and looks after each service's dead
     * letters; reads nothing else of the meetings.
     */
    public static final String ADMINISTRATOR = "administrator";
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

    /** The roles a grant can give in a meeting. */
    public static final List<String> MEETING_ROLES = List.of(STAFF);

    /** The claim of an attendee's token that holds their attendee id. */
    public static final String ATTENDEE_ID_CLAIM = "attendee_id";
    /** The claim of an attendee's token that names the one meeting it is valid for. */
    public static final String MEETING_ID_CLAIM = "meeting_id";

    private Roles() {
    }
}
