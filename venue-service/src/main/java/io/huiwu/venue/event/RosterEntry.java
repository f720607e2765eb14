package io.huiwu.venue.event;

import java.util.UUID;

/**
 * What this service reads from registration's attendee events (topic {@code registration.attendee}). Enums are
 * read as strings so that a new category upstream does not stop the consumer. The producer's schema is
 * {@code registration-service/src/main/resources/events/registration.attendee.schema.json}; a test checks that
 * this type fits it.
 */
public record RosterEntry(
        UUID attendeeId,
        UUID meetingId,
        long version,
        String name,
        String gender,
        String category,
        String delegation,
        String unit,
        String title,
        Integer rank,
        String status) {

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }
}
