package io.huiwu.chassis.access;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A role held by one member of staff in one meeting. This is also the data of the {@code staff-granted} and
 * {@code staff-revoked} events on {@code registration.access}: every service keeps the grants it receives.
 *
 * @param grantId     stable for the meeting, subject and role, also across a revoke and a new grant
 * @param meetingId   the meeting the role counts in
 * @param subject     the staff member's token subject ({@code sub})
 * @param role        one of {@link io.huiwu.chassis.security.Roles#MEETING_ROLES}
 * @param displayName how staff lists name the person, if given
 * @param active      false once revoked
 * @param version     grows with every change of this grant; a replica keeps the highest it has seen
 * @param changedBy   who granted or revoked it
 * @param changedAt   when
 */
public record Grant(
        UUID grantId,
        UUID meetingId,
        String subject,
        String role,
        String displayName,
        boolean active,
        long version,
        String changedBy,
        OffsetDateTime changedAt) {
}
