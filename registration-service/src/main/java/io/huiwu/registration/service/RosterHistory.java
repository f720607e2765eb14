package io.huiwu.registration.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.problem.Language;
import io.huiwu.registration.mapping.AttendeeMapping;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeHistoryEntity;
import io.huiwu.registration.persistence.RosterRepositories;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the lines of an entry's history: each change, verification and override, with who made it, when, and the
 * entry as it then stood (without its verification). Lines are never changed or removed.
 */
@ApplicationScoped
public class RosterHistory {

    private final RosterRepositories.History history;
    private final ObjectMapper json;

    public RosterHistory(RosterRepositories.History history, ObjectMapper json) {
        this.history = history;
        this.json = json;
    }

    /** A line for the entry's current version; in the caller's transaction. */
    void record(AttendeeEntity attendee, String action, String actor) {
        AttendeeHistoryEntity line = new AttendeeHistoryEntity();
        line.attendeeId = attendee.id;
        line.version = attendee.version;
        line.action = action;
        line.actor = actor;
        line.at = MeetingService.now();
        try {
            line.snapshot = json.writeValueAsString(AttendeeMapping.toView(attendee, true, 0, 0, false,
                    Language.ENGLISH));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the history of attendee " + attendee.id, e);
        }
        history.persist(line);
    }

    /** Sends the lines written so far to the database (before a batch of events, as an import does). */
    void flush() {
        history.flush();
    }
}
