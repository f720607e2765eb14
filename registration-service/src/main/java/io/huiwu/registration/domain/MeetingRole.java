package io.huiwu.registration.domain;

import io.huiwu.chassis.security.Roles;

import java.util.Arrays;

/** The roles a member of staff can hold in a meeting (ARCHITECTURE.md, Security), as the API names them. */
public enum MeetingRole {
    /** Everything of the meeting, including who else works on it. */
    ORGANIZER(Roles.ORGANIZER),
    /** Roster read and check-in. */
    REGISTRAR(Roles.REGISTRAR),
    /** Lodging, dining, transport, supplies. */
    LOGISTICS(Roles.LOGISTICS),
    /** Venues, sessions, seating. */
    VENUE(Roles.VENUE),
    /** Documents, confidential ones included. */
    SECRETARIAT(Roles.SECRETARIAT);

    private final String role;

    MeetingRole(String role) {
        this.role = role;
    }

    /** The role's name in {@code @RolesAllowed} and in the grant events. */
    public String role() {
        return role;
    }

    public static MeetingRole of(String role) {
        return Arrays.stream(values()).filter(r -> r.role.equals(role)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a meeting role: " + role));
    }
}
