package io.huiwu.venue.service;

import io.huiwu.venue.api.SessionAttendanceView;
import io.huiwu.venue.persistence.AttendanceStore;
import io.huiwu.venue.persistence.HallSeatingStore;
import io.huiwu.venue.persistence.SeatAssignmentEntity;
import io.huiwu.venue.persistence.SeatMapEntity;
import io.huiwu.venue.persistence.SeatMapSeatEntity;
import io.huiwu.venue.persistence.SeatingRepositories;
import io.huiwu.venue.persistence.SessionEntity;
import io.huiwu.venue.persistence.SpaceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A session's live attendance: each person seated in its hall (the session's own seating, or the meeting's standing
 * layout when it has none) is PRESENT once admitted at the session's door, else ON_LEAVE when a leave covers the
 * session, else ABSENT. Built from venue's copies of registration's admissions and leave register.
 */
@ApplicationScoped
public class AttendanceService {

    private final HallSeatingService seating;
    private final SeatMapService seatMaps;
    private final SeatingRepositories.Assignments held;
    private final HallSeatingStore roster;
    private final AttendanceStore attendance;

    public AttendanceService(HallSeatingService seating, SeatMapService seatMaps,
            SeatingRepositories.Assignments held, HallSeatingStore roster, AttendanceStore attendance) {
        this.seating = seating;
        this.seatMaps = seatMaps;
        this.held = held;
        this.roster = roster;
        this.attendance = attendance;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionAttendanceView attendance(UUID meetingId, UUID sessionId) {
        SessionEntity session = seating.session(meetingId, sessionId);
        SpaceEntity hall = seating.hall(session);
        SeatMapEntity map = seatMaps.latest(hall.id).orElseThrow(() -> HallSeatingService.noMap(hall));
        Map<String, SeatMapSeatEntity> seats = seatMaps.seatsOf(map.id);
        List<SeatAssignmentEntity> assigned = held.list("hallId = ?1 and sessionId = ?2", hall.id, sessionId);
        String layout = "SESSION";
        if (assigned.isEmpty()) {
            assigned = held.list("hallId = ?1 and sessionId is null", hall.id);
            layout = "STANDING";
        }
        Map<UUID, HallSeatingStore.Entry> people = new HashMap<>();
        roster.roster(meetingId).forEach(e -> people.put(e.id(), e));
        Map<UUID, OffsetDateTime> present = attendance.present(sessionId);
        Map<UUID, AttendanceStore.OnLeave> onLeave = attendance.onLeave(meetingId, sessionId, session.startsAt,
                session.endsAt);
        List<SessionAttendanceView.Seat> views = new ArrayList<>();
        int[] counts = new int[SessionAttendanceView.Status.values().length];
        for (SeatAssignmentEntity a : assigned) {
            SeatMapSeatEntity seat = seats.get(a.seatId);
            HallSeatingStore.Entry person = people.get(a.attendeeId);
            if (seat == null || person == null || person.withdrawn()) {
                continue;
            }
            OffsetDateTime at = present.get(a.attendeeId);
            AttendanceStore.OnLeave leave = at == null ? onLeave.get(a.attendeeId) : null;
            SessionAttendanceView.Status status = at != null ? SessionAttendanceView.Status.PRESENT
                    : leave != null ? SessionAttendanceView.Status.ON_LEAVE : SessionAttendanceView.Status.ABSENT;
            counts[status.ordinal()]++;
            views.add(new SessionAttendanceView.Seat(seat.seatId, seat.label, seat.floor, seat.row, seat.number,
                    a.attendeeId, person.name(), person.delegation(), status, at,
                    leave == null ? null : leave.absenceId(), leave == null ? null : leave.reasonKind()));
        }
        views.sort(Comparator.comparingInt(SessionAttendanceView.Seat::floor)
                .thenComparingInt(SessionAttendanceView.Seat::row)
                .thenComparingInt(SessionAttendanceView.Seat::number));
        return new SessionAttendanceView(sessionId, hall.id, layout, new SessionAttendanceView.Counts(views.size(),
                counts[SessionAttendanceView.Status.PRESENT.ordinal()],
                counts[SessionAttendanceView.Status.ABSENT.ordinal()],
                counts[SessionAttendanceView.Status.ON_LEAVE.ordinal()]), views);
    }

    /**
     * The stream's next message after {@code before}: the counts and the seats whose person or status changed, or
     * null when nothing did.
     */
    public static SessionAttendanceView.Update changes(SessionAttendanceView before, SessionAttendanceView now) {
        Map<String, SessionAttendanceView.Seat> was = new HashMap<>();
        before.seats().forEach(s -> was.put(s.seatId(), s));
        List<SessionAttendanceView.Seat> changed = new ArrayList<>();
        for (SessionAttendanceView.Seat seat : now.seats()) {
            SessionAttendanceView.Seat old = was.remove(seat.seatId());
            if (old == null || !Objects.equals(old.attendeeId(), seat.attendeeId())
                    || old.status() != seat.status()) {
                changed.add(seat);
            }
        }
        // seats no longer held: named with no person
        was.values().stream().sorted(Comparator.comparing(SessionAttendanceView.Seat::seatId))
                .forEach(s -> changed.add(new SessionAttendanceView.Seat(s.seatId(), s.label(), s.floor(), s.row(),
                        s.number(), null, null, null, null, null, null, null)));
        if (changed.isEmpty() && before.counts().equals(now.counts())) {
            return null;
        }
        return new SessionAttendanceView.Update(now.sessionId(), false, now.counts(), changed);
    }
}
