package io.huiwu.documents.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Each person's departure (table {@code attendee_departure}), in SQL: the trip registration's travel report gives
 * and the send-off logistics scheduled, each kept at its newest (the report by its version, the send-off by the
 * event's time).
 */
@ApplicationScoped
public class Departures {

    /** A person's departure as kept; the reported and the scheduled parts may each be absent. */
    public record Departure(UUID meetingId, UUID attendeeId, OffsetDateTime reportedAt, String reportedMode,
            String reportedNumber, String reportedPlace, UUID sendOffId, OffsetDateTime leaveAt,
            OffsetDateTime tripAt, String tripMode, String tripNumber, String tripPlace, String ticketStatus,
            String plate) {
    }

    /** The send-off logistics scheduled. */
    public record SendOff(UUID sendOffId, OffsetDateTime leaveAt, OffsetDateTime tripAt, String tripMode,
            String tripNumber, String tripPlace, String ticketStatus, String plate) {
    }

    private final EntityManager entityManager;

    public Departures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A reported departure, unless the kept one is of the same or a newer version; true when it was kept. */
    public boolean reported(UUID meetingId, UUID attendeeId, long version, OffsetDateTime at, String mode,
            String number, String place) {
        return entityManager.createNativeQuery("insert into attendee_departure (meeting_id, attendee_id,"
                + " reported_version, reported_at, reported_mode, reported_number, reported_place) values (:meeting,"
                + " :attendee, :version, :at, :mode, :number, :place) on conflict (meeting_id, attendee_id) do update"
                + " set reported_version = excluded.reported_version, reported_at = excluded.reported_at,"
                + " reported_mode = excluded.reported_mode, reported_number = excluded.reported_number,"
                + " reported_place = excluded.reported_place where attendee_departure.reported_version is null"
                + " or attendee_departure.reported_version < excluded.reported_version")
                .setParameter("meeting", meetingId).setParameter("attendee", attendeeId)
                .setParameter("version", version).setParameter("at", at).setParameter("mode", mode)
                .setParameter("number", number).setParameter("place", place).executeUpdate() == 1;
    }

    /**
     * The reported departure taken back: cleared unless the kept report is newer than the withdrawal (a withdrawal
     * without a version clears whatever is kept). The version stays, so an older report arriving late is ignored.
     */
    public boolean withdrawn(UUID meetingId, UUID attendeeId, Long version) {
        return entityManager.createNativeQuery("insert into attendee_departure (meeting_id, attendee_id,"
                + " reported_version) values (:meeting, :attendee, :version) on conflict (meeting_id, attendee_id)"
                + " do update set reported_version = greatest(attendee_departure.reported_version,"
                + " excluded.reported_version), reported_at = null, reported_mode = null, reported_number = null,"
                + " reported_place = null where excluded.reported_version is null"
                + " or attendee_departure.reported_version is null"
                + " or attendee_departure.reported_version <= excluded.reported_version")
                .setParameter("meeting", meetingId).setParameter("attendee", attendeeId)
                .setParameter("version", version).executeUpdate() == 1;
    }

    /** A scheduled send-off, unless the kept one comes from a later event; true when it was kept. */
    public boolean scheduled(UUID meetingId, UUID attendeeId, OffsetDateTime asOf, SendOff sendOff) {
        return entityManager.createNativeQuery("insert into attendee_departure (meeting_id, attendee_id,"
                + " scheduled_as_of, send_off_id, leave_at, trip_at, trip_mode, trip_number, trip_place,"
                + " ticket_status, plate) values (:meeting, :attendee, :asOf, :sendOff, :leaveAt, :tripAt, :mode,"
                + " :number, :place, :ticket, :plate) on conflict (meeting_id, attendee_id) do update"
                + " set scheduled_as_of = excluded.scheduled_as_of, send_off_id = excluded.send_off_id,"
                + " leave_at = excluded.leave_at, trip_at = excluded.trip_at, trip_mode = excluded.trip_mode,"
                + " trip_number = excluded.trip_number, trip_place = excluded.trip_place,"
                + " ticket_status = excluded.ticket_status, plate = excluded.plate"
                + " where attendee_departure.scheduled_as_of is null"
                + " or attendee_departure.scheduled_as_of < excluded.scheduled_as_of")
                .setParameter("meeting", meetingId).setParameter("attendee", attendeeId)
                .setParameter("asOf", asOf).setParameter("sendOff", sendOff.sendOffId())
                .setParameter("leaveAt", sendOff.leaveAt()).setParameter("tripAt", sendOff.tripAt())
                .setParameter("mode", sendOff.tripMode()).setParameter("number", sendOff.tripNumber())
                .setParameter("place", sendOff.tripPlace()).setParameter("ticket", sendOff.ticketStatus())
                .setParameter("plate", sendOff.plate()).executeUpdate() == 1;
    }

    /** The meeting's people with a departure (reported or scheduled) leaving by {@code until}, soonest first. */
    @SuppressWarnings("unchecked")
    public List<Departure> leavingBy(UUID meetingId, OffsetDateTime from, OffsetDateTime until) {
        List<Departure> departures = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("select meeting_id, attendee_id,"
                + " reported_at, reported_mode, reported_number, reported_place, send_off_id, leave_at, trip_at,"
                + " trip_mode, trip_number, trip_place, ticket_status, plate from attendee_departure"
                + " where meeting_id = :meeting and coalesce(leave_at, reported_at) >= :from"
                + " and coalesce(leave_at, reported_at) <= :until"
                + " order by coalesce(leave_at, reported_at), attendee_id")
                .setParameter("meeting", meetingId).setParameter("from", from).setParameter("until", until)
                .getResultList()) {
            departures.add(new Departure((UUID) row[0], (UUID) row[1], time(row[2]),
                    (String) row[3], (String) row[4], (String) row[5], (UUID) row[6], time(row[7]), time(row[8]),
                    (String) row[9], (String) row[10], (String) row[11], (String) row[12], (String) row[13]));
        }
        return departures;
    }

    private static OffsetDateTime time(Object value) {
        return value == null ? null : SessionCopies.time(value);
    }
}
