package io.huiwu.registration.mapping;

import io.huiwu.registration.api.AttendeeRequest;
import io.huiwu.registration.api.AttendeeView;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.domain.PersonName;
import io.huiwu.registration.domain.PersonalData;
import io.huiwu.registration.domain.RosterVerification;
import io.huiwu.registration.persistence.AttendeeEntity;

public final class AttendeeMapping {

    private AttendeeMapping() {
    }

    /**
     * The entry as a client sees it.
     *
     * @param unmasked      whether personal data is shown in full (organizers only)
     * @param verifications how many verifications the current version has
     * @param required      how many the meeting requires
     * @param overridden    whether an organizer let the current version pass without them
     */
    public static AttendeeView toView(AttendeeEntity attendee, boolean unmasked, int verifications, int required,
            boolean overridden) {
        return new AttendeeView(attendee.id, attendee.meetingId, attendee.name, attendee.pinyin, attendee.gender,
                attendee.category, attendee.delegation, attendee.unit, attendee.title, attendee.rank,
                unmasked ? attendee.phone : PersonalData.maskPhone(attendee.phone),
                unmasked ? attendee.idNumber : PersonalData.maskIdNumber(attendee.idNumber),
                attendee.principalId, attendee.status,
                new AttendeeView.Verification(RosterVerification.state(verifications, required, overridden),
                        verifications, required),
                attendee.lastEditedBy, attendee.version, attendee.createdAt, attendee.updatedAt);
    }

    public static void apply(AttendeeRequest request, AttendeeEntity attendee) {
        attendee.name = PersonName.normalize(request.name());
        attendee.gender = request.gender();
        attendee.category = request.category();
        attendee.delegation = blankToNull(request.delegation());
        attendee.unit = blankToNull(request.unit());
        attendee.title = blankToNull(request.title());
        attendee.rank = request.rank();
        attendee.phone = blankToNull(request.phone());
        attendee.idNumber = blankToNull(request.idNumber()) == null ? null : request.idNumber().strip().toUpperCase();
        attendee.principalId = request.principalId();
        collationKeys(attendee);
    }

    /** Pinyin and sort keys follow the name. */
    public static void collationKeys(AttendeeEntity attendee) {
        attendee.pinyin = NameCollation.pinyin(attendee.name);
        attendee.pinyinInitials = NameCollation.initials(attendee.name);
        attendee.strokeKey = NameCollation.strokeKey(attendee.name);
        attendee.pinyinKey = NameCollation.pinyinKey(attendee.name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
