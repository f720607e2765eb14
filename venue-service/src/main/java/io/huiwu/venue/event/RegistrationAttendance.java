package io.huiwu.venue.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.chassis.web.ChangeSignals;
import io.huiwu.venue.persistence.AttendanceStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reads registration's leave register (topic {@value #TOPIC}) into venue's copy: hall seating treats people on
 * leave for a session as absent, and the session's live attendance counts them as on leave. An older version of a
 * leave changes nothing.
 */
@ApplicationScoped
public class RegistrationAttendance implements EventSubscriber {

    public static final String TOPIC = "registration.attendance";
    public static final String REPORTED = "absence-reported";
    public static final String WITHDRAWN = "absence-withdrawn";

    private final AttendanceStore store;
    private final ChangeSignals signals;

    public RegistrationAttendance(AttendanceStore store, ChangeSignals signals) {
        this.store = store;
        this.signals = signals;
    }

    /** What venue reads of registration's {@code Absence}. */
    public record Absence(UUID absenceId, UUID meetingId, UUID attendeeId, OffsetDateTime from, OffsetDateTime to,
            List<UUID> sessionIds, String reasonKind, String status, long version) {
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC).on(REPORTED, Absence.class, (absence, event) -> keep(absence, false))
                .on(WITHDRAWN, Absence.class, (absence, event) -> keep(absence, true));
    }

    private void keep(Absence a, boolean withdrawn) {
        // a leave may cover any session of the meeting: the live attendance streams watch the meeting too
        signals.changedOnCommit(a.meetingId());
        store.keep(new AttendanceStore.Leave(a.absenceId(), a.meetingId(), a.attendeeId(), a.from(), a.to(),
                a.sessionIds() == null ? List.of() : a.sessionIds(), a.reasonKind(),
                withdrawn || "WITHDRAWN".equals(a.status()), a.version()));
    }
}
