package io.huiwu.registration.event;

import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.DelegationRole;
import io.huiwu.registration.domain.Diet;
import io.huiwu.registration.domain.Gender;
import io.huiwu.registration.domain.Grade;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.domain.Party;
import io.huiwu.registration.domain.RosterVerification.VerificationState;
import io.huiwu.registration.persistence.AttendeeEntity;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code attendee-registered}, {@code attendee-updated}, {@code attendee-withdrawn} and
 * {@code attendee-verified}: the whole entry as it stands after the change, with its version and where that version
 * stands in verification, so a consumer can keep its own copy and ignore stale events. The sort keys let every
 * service order names exactly as registration does, without collation code of its own. Schema:
 * {@code AttendeeSnapshot} in {@code asyncapi/asyncapi.yaml}.
 *
 * <p>Personal data stays out (EVENTS.md): no phone, no ID number or document type, and of health needs only whether
 * there are any ({@code hasHealthNeeds}), so that the medical staff ask the organizers; what a person needs for
 * meals and access travels, because logistics and venue act on it.
 *
 * @param verification where this version stands; a new version starts UNVERIFIED, and within a version the state only
 *                     moves forward (UNVERIFIED, PARTIAL, OVERRIDDEN, VERIFIED)
 */
public record AttendeeSnapshot(
        UUID attendeeId,
        UUID meetingId,
        long version,
        String name,
        Gender gender,
        Category category,
        String delegation,
        String unit,
        String title,
        Integer rank,
        AttendeeStatus status,
        UUID principalId,
        String ethnicity,
        String sector,
        Party party,
        Grade grade,
        Integer gradeLevel,
        DelegationRole delegationRole,
        List<Diet> diet,
        String accessibilityNeeds,
        boolean hasHealthNeeds,
        String pinyin,
        String strokeKey,
        String pinyinKey,
        String collationVersion,
        VerificationState verification) {

    private static final HexFormat HEX = HexFormat.of();

    /** The entry as it stands, its current version in the given verification state. */
    public static AttendeeSnapshot of(AttendeeEntity attendee, VerificationState verification) {
        return new AttendeeSnapshot(attendee.id, attendee.meetingId, attendee.version, attendee.name,
                attendee.gender, attendee.category, attendee.delegation, attendee.unit, attendee.title,
                attendee.rank, attendee.status, attendee.principalId, attendee.ethnicity, attendee.sector,
                attendee.party, attendee.grade, attendee.grade == null ? null : attendee.grade.level(),
                attendee.delegationRole, List.copyOf(Diet.sorted(attendee.diet)), attendee.accessibilityNeeds,
                attendee.healthNeeds != null, attendee.pinyin, hex(attendee.strokeKey), hex(attendee.pinyinKey),
                NameCollation.version(), verification);
    }

    private static String hex(byte[] key) {
        return key == null ? null : HEX.formatHex(key);
    }
}
