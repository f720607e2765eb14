package io.huiwu.logistics.mapping;

import io.huiwu.logistics.api.AttendeeView;
import io.huiwu.logistics.event.RosterEntry;
import io.huiwu.logistics.persistence.AttendeeEntity;

public final class AttendeeMapping {

    private AttendeeMapping() {
    }

    public static AttendeeView toView(AttendeeEntity attendee) {
        return new AttendeeView(attendee.id, attendee.meetingId, attendee.name, attendee.gender, attendee.category,
                attendee.delegation, attendee.unit, attendee.title, attendee.rank, attendee.sourceVersion,
                attendee.updatedAt);
    }

    public static void apply(RosterEntry entry, AttendeeEntity attendee) {
        attendee.meetingId = entry.meetingId();
        attendee.name = entry.name();
        attendee.gender = entry.gender();
        attendee.category = entry.category();
        attendee.delegation = entry.delegation();
        attendee.unit = entry.unit();
        attendee.title = entry.title();
        attendee.rank = entry.rank();
        attendee.withdrawn = entry.withdrawn();
        attendee.sourceVersion = entry.version();
    }
}
