package io.huiwu.registration.mapping;

import io.huiwu.registration.api.AttendeeRequest;
import io.huiwu.registration.api.AttendeeView;
import io.huiwu.registration.domain.PersonName;
import io.huiwu.registration.persistence.AttendeeEntity;

public final class AttendeeMapping {

    private AttendeeMapping() {
    }

    public static AttendeeView toView(AttendeeEntity attendee) {
        return new AttendeeView(attendee.id, attendee.meetingId, attendee.name, attendee.gender, attendee.category,
                attendee.delegation, attendee.unit, attendee.title, attendee.rank, attendee.status, attendee.version,
                attendee.createdAt, attendee.updatedAt);
    }

    public static void apply(AttendeeRequest request, AttendeeEntity attendee) {
        attendee.name = PersonName.normalize(request.name());
        attendee.gender = request.gender();
        attendee.category = request.category();
        attendee.delegation = blankToNull(request.delegation());
        attendee.unit = blankToNull(request.unit());
        attendee.title = blankToNull(request.title());
        attendee.rank = request.rank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
