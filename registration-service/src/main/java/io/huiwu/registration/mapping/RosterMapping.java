package io.huiwu.registration.mapping;

import io.huiwu.registration.api.RosterEntryView;
import io.huiwu.registration.domain.RosterComparison;
import io.huiwu.registration.persistence.AttendeeEntity;

import java.util.LinkedHashMap;
import java.util.Map;

/** Roster entries as a finalised version holds them, and as a comparison reads them. */
public final class RosterMapping {

    private RosterMapping() {
    }

    public static RosterEntryView toEntry(AttendeeEntity attendee) {
        return new RosterEntryView(attendee.id, attendee.version, attendee.name, attendee.gender, attendee.category,
                attendee.delegation, attendee.unit, attendee.title, attendee.rank, attendee.delegationRole,
                attendee.ethnicity, attendee.sector, attendee.party, attendee.grade, attendee.principalId);
    }

    /** The fields a comparison looks at, in the order it reports them (those of {@code RosterFieldChange}). */
    public static RosterComparison.Entry compared(RosterEntryView entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", entry.name());
        fields.put("gender", text(entry.gender()));
        fields.put("category", text(entry.category()));
        fields.put("delegation", entry.delegation());
        fields.put("unit", entry.unit());
        fields.put("title", entry.title());
        fields.put("rank", text(entry.rank()));
        fields.put("delegationRole", text(entry.delegationRole()));
        fields.put("ethnicity", entry.ethnicity());
        fields.put("sector", entry.sector());
        fields.put("party", text(entry.party()));
        fields.put("grade", text(entry.grade()));
        fields.put("principalId", text(entry.principalId()));
        return new RosterComparison.Entry(entry.attendeeId(), fields);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
