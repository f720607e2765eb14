package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import static io.huiwu.registration.domain.CheckInRules.CheckInDirection.ENTRY;
import static io.huiwu.registration.domain.CheckInRules.CheckInDirection.EXIT;
import static io.huiwu.registration.domain.CheckInRules.Reason.ALREADY_REDEEMED;
import static io.huiwu.registration.domain.CheckInRules.Reason.EXITS_NOT_TRACKED;
import static io.huiwu.registration.domain.CheckInRules.Reason.NOT_INSIDE;
import static io.huiwu.registration.domain.CheckInRules.Reason.OUTSIDE_TIME;
import static io.huiwu.registration.domain.CheckInRules.Reason.REVOKED;
import static io.huiwu.registration.domain.CheckInRules.Reason.WITHDRAWN;
import static io.huiwu.registration.domain.CheckInRules.Reason.WRONG_CATEGORY;
import static io.huiwu.registration.domain.CheckInRules.Reason.WRONG_CREDENTIAL_TYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckInRulesTest {

    private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-03-01T09:00:00+08:00");
    private static final CheckInRules.Point DESK = new CheckInRules.Point(Set.of(Category.ATTENDEE), null, null,
            false, false);
    private static final CheckInRules.Point DOOR = new CheckInRules.Point(Set.of(Category.ATTENDEE),
            NINE.minusHours(1), NINE.plusHours(3), true, true);
    private static final CheckInRules.Point DINING = new CheckInRules.Point(Set.of(Category.ATTENDEE), null, null,
            true, false);

    @Test
    void theFirstFailingCheckIsTheReason() {
        // withdrawing revokes the credentials too: the reason given is the withdrawal
        assertEquals(Optional.of(WITHDRAWN), CheckInRules.admissibility(true, AttendeeStatus.WITHDRAWN,
                Category.GUEST, DOOR, NINE.plusDays(1)));
        assertEquals(Optional.of(REVOKED), CheckInRules.admissibility(true, AttendeeStatus.ACTIVE,
                Category.GUEST, DOOR, NINE.plusDays(1)));
        assertEquals(Optional.of(WITHDRAWN), CheckInRules.admissibility(false, AttendeeStatus.WITHDRAWN,
                Category.GUEST, DOOR, NINE));
        assertEquals(Optional.of(WRONG_CATEGORY), CheckInRules.admissibility(false, AttendeeStatus.ACTIVE,
                Category.GUEST, DOOR, NINE));
        assertEquals(Optional.of(OUTSIDE_TIME), CheckInRules.admissibility(false, AttendeeStatus.ACTIVE,
                Category.ATTENDEE, DOOR, NINE.minusHours(2)));
        assertEquals(Optional.of(OUTSIDE_TIME), CheckInRules.admissibility(false, AttendeeStatus.ACTIVE,
                Category.ATTENDEE, DOOR, NINE.plusHours(3)));
        assertEquals(Optional.empty(), CheckInRules.admissibility(false, AttendeeStatus.ACTIVE,
                Category.ATTENDEE, DOOR, NINE));
    }

    @Test
    void aDeskAdmitsOnceAndHasNoExits() {
        assertEquals(Optional.empty(), CheckInRules.movement(DESK, null, ENTRY));
        CheckInRules.Presence in = CheckInRules.after(null, ENTRY);
        assertEquals(Optional.of(ALREADY_REDEEMED), CheckInRules.movement(DESK, in, ENTRY));
        assertEquals(Optional.of(EXITS_NOT_TRACKED), CheckInRules.movement(DESK, in, EXIT));
    }

    @Test
    void aDoorWithExitsAdmitsWhoIsOutsideAndLetsOutWhoIsInside() {
        CheckInRules.Presence in = CheckInRules.after(null, ENTRY);
        assertEquals(Optional.of(ALREADY_REDEEMED), CheckInRules.movement(DOOR, in, ENTRY));
        assertEquals(Optional.empty(), CheckInRules.movement(DOOR, in, EXIT));
        CheckInRules.Presence out = CheckInRules.after(in, EXIT);
        assertEquals(Optional.of(NOT_INSIDE), CheckInRules.movement(DOOR, out, EXIT));
        assertEquals(Optional.empty(), CheckInRules.movement(DOOR, out, ENTRY));
        assertEquals(2, CheckInRules.after(out, ENTRY).entries());
        assertEquals(Optional.of(NOT_INSIDE), CheckInRules.movement(DOOR, null, EXIT));
    }

    @Test
    void theDiningHallAdmitsAgainWithoutExits() {
        CheckInRules.Presence in = CheckInRules.after(null, ENTRY);
        assertEquals(Optional.empty(), CheckInRules.movement(DINING, in, ENTRY));
    }

    @Test
    void aDoorAcceptsOnlyItsCredentialTypesAndAPassNamingNoPersonOpensNoDoor() {
        java.util.UUID attendeePass = java.util.UUID.randomUUID();
        java.util.UUID vehiclePass = java.util.UUID.randomUUID();
        CheckInRules.Point hall = new CheckInRules.Point(Set.of(Category.ATTENDEE), null, null, true, true,
                Set.of(attendeePass));
        assertEquals(Optional.empty(), CheckInRules.admissibility(new CheckInRules.Shown(attendeePass, true), false,
                AttendeeStatus.ACTIVE, Category.ATTENDEE, hall, NINE));
        assertEquals(Optional.of(WRONG_CREDENTIAL_TYPE), CheckInRules.admissibility(
                new CheckInRules.Shown(java.util.UUID.randomUUID(), true), false, AttendeeStatus.ACTIVE,
                Category.ATTENDEE, hall, NINE));
        // a vehicle pass names nobody: no door for people opens to it, whatever the door accepts
        assertEquals(Optional.of(WRONG_CREDENTIAL_TYPE), CheckInRules.admissibility(
                new CheckInRules.Shown(vehiclePass, false), false, null, null, DOOR, NINE));
        // a manual check-in shows no credential, and a revoked pass is refused as revoked first
        assertEquals(Optional.empty(), CheckInRules.admissibility(CheckInRules.Shown.MANUAL, false,
                AttendeeStatus.ACTIVE, Category.ATTENDEE, hall, NINE));
        assertEquals(Optional.of(REVOKED), CheckInRules.admissibility(new CheckInRules.Shown(vehiclePass, true),
                true, AttendeeStatus.ACTIVE, Category.ATTENDEE, hall, NINE));
    }

    @Test
    void theOutcomesForAStatementAreTheMovementRuleForEachState() {
        for (CheckInRules.Point point : new CheckInRules.Point[] {DESK, DOOR, DINING}) {
            for (CheckInRules.CheckInDirection direction : CheckInRules.CheckInDirection.values()) {
                CheckInRules.Outcomes outcomes = CheckInRules.outcomes(point, direction);
                assertEquals(CheckInRules.movement(point, new CheckInRules.Presence(true, 1), direction).isEmpty(),
                        outcomes.allowedWhenInside(), point + " " + direction);
                assertEquals(CheckInRules.movement(point, new CheckInRules.Presence(false, 1), direction).isEmpty(),
                        outcomes.allowedWhenOutside(), point + " " + direction);
            }
        }
        assertEquals(new CheckInRules.Outcomes(false, false, ALREADY_REDEEMED), CheckInRules.outcomes(DESK, ENTRY));
        assertEquals(new CheckInRules.Outcomes(false, true, ALREADY_REDEEMED), CheckInRules.outcomes(DOOR, ENTRY));
        assertEquals(new CheckInRules.Outcomes(true, false, NOT_INSIDE), CheckInRules.outcomes(DOOR, EXIT));
        assertEquals(new CheckInRules.Outcomes(true, true, ALREADY_REDEEMED), CheckInRules.outcomes(DINING, ENTRY));
    }
}
