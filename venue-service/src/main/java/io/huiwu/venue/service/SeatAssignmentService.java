package io.huiwu.venue.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.chassis.web.ChangeSignals;
import io.huiwu.venue.api.SeatAssignmentRequest;
import io.huiwu.venue.api.SeatAssignmentView;
import io.huiwu.venue.api.SeatHistoryView;
import io.huiwu.venue.domain.SeatLedger;
import io.huiwu.venue.event.SeatingEvents;
import io.huiwu.venue.persistence.ScheduleRepositories;
import io.huiwu.venue.persistence.SeatAssignmentEntity;
import io.huiwu.venue.persistence.SeatHistoryEntity;
import io.huiwu.venue.persistence.SeatMapEntity;
import io.huiwu.venue.persistence.SeatMapSeatEntity;
import io.huiwu.venue.persistence.SeatingRepositories;
import io.huiwu.venue.persistence.SessionEntity;
import io.huiwu.venue.persistence.SpaceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who holds which seat of a hall's published seat map, in a session's seating or in the meeting's standing layout
 * (no session). A batch of operations ({@link SeatLedger}) applies whole or not at all; the hall's row is locked
 * while it is applied, so a batch, a block and the publishing of a new version of the map happen one at a time, and
 * the database holds one person per seat and one seat per person in each layout. Every change of a seat is added to
 * its history and published as seat-assigned or seat-unassigned on venue.seating.
 */
@ApplicationScoped
public class SeatAssignmentService {

    private final SeatMapService seatMaps;
    private final ScheduleRepositories.Sessions sessions;
    private final SeatingRepositories.Assignments assignments;
    private final SeatingRepositories.History history;
    private final RosterReplica roster;
    private final SeatingEvents events;
    private final ChangeSignals signals;

    public SeatAssignmentService(SeatMapService seatMaps, ScheduleRepositories.Sessions sessions,
            SeatingRepositories.Assignments assignments, SeatingRepositories.History history, RosterReplica roster,
            SeatingEvents events, ChangeSignals signals) {
        this.seatMaps = seatMaps;
        this.signals = signals;
        this.sessions = sessions;
        this.assignments = assignments;
        this.history = history;
        this.roster = roster;
        this.events = events;
    }

    /**
     * Applies the operations in order, all or none; returns each seat they changed as it now stands.
     *
     * @param by who asked, for the seats' history
     */
    @Transactional
    public List<SeatAssignmentView> apply(UUID meetingId, UUID venueId, UUID hallId, SeatAssignmentRequest request,
            String by) {
        SpaceEntity hall = seatMaps.lockHall(meetingId, venueId, hallId);
        UUID sessionId = session(meetingId, hall, request.sessionId(), true);
        SeatMapEntity map = published(hall);
        Map<String, SeatMapSeatEntity> seats = seatMaps.seatsOf(map.id);
        List<SeatLedger.Operation> operations = request.operations().stream().map(o -> new SeatLedger.Operation(
                o.action(), o.seatId(), o.toSeatId(), o.attendeeId(), o.expectedHolder(),
                Boolean.TRUE.equals(o.expectVacant()))).toList();
        List<SeatLedger.Fault> faults = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            UUID person = operations.get(i).attendeeId();
            Optional<ReplicatedAttendee> found = person == null ? Optional.empty() : roster.find(meetingId, person);
            found.ifPresent(a -> names.put(a.id(), a.name()));
            if (person != null && found.isEmpty()) {
                faults.add(new SeatLedger.Fault("operations[" + i + "].attendeeId", false,
                        person + " is not an active attendee of this meeting", person + " 不是本次会议的在册人员"));
            }
        }
        List<SeatAssignmentEntity> current = layout(hall.id, sessionId);
        Map<String, UUID> holders = new HashMap<>();
        current.forEach(a -> holders.put(a.seatId, a.attendeeId));
        SeatLedger.Result result = SeatLedger.apply(seats.keySet(), seatMaps.blockedSeats(hall.id), holders,
                operations);
        faults.addAll(result.faults());
        if (!faults.isEmpty()) {
            throw refusal(faults, operations.size());
        }
        OffsetDateTime now = now();
        Set<String> touched = new LinkedHashSet<>();
        result.changes().forEach(c -> touched.add(c.seatId()));
        for (SeatAssignmentEntity held : current) {
            if (touched.contains(held.seatId)) {
                assignments.delete(held);
            }
        }
        assignments.flush();
        for (String seatId : touched) {
            UUID holder = result.holders().get(seatId);
            if (holder != null) {
                SeatAssignmentEntity held = new SeatAssignmentEntity();
                held.id = UUID.randomUUID();
                held.hallId = hall.id;
                held.seatId = seatId;
                held.meetingId = meetingId;
                held.sessionId = sessionId;
                held.attendeeId = holder;
                held.assignedAt = now;
                assignments.persist(held);
            }
        }
        for (SeatLedger.Change change : result.changes()) {
            record(hall.id, sessionId, change, by, now);
            publish(meetingId, hall, sessionId, seats, operations.get(change.index()), change);
        }
        assignments.flush();
        if (!touched.isEmpty()) {
            // the session's live attendance streams show its seating at once; a change of the standing layout
            // shows in every session of the meeting that has no seating of its own
            signals.changedOnCommit(sessionId != null ? sessionId : meetingId);
        }
        List<SeatAssignmentView> changed = new ArrayList<>();
        for (String seatId : touched) {
            UUID holder = result.holders().get(seatId);
            changed.add(view(seats.get(seatId), sessionId, holder, holder == null ? null
                    : names.computeIfAbsent(holder, id -> name(meetingId, id)), holder == null ? null : now));
        }
        return changed;
    }

    /** Every held seat of the layout, by floor, row and number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeatAssignmentView> list(UUID meetingId, UUID venueId, UUID hallId, UUID sessionId) {
        SpaceEntity hall = seatMaps.requireHall(meetingId, venueId, hallId);
        UUID layout = session(meetingId, hall, sessionId, false);
        Map<String, SeatMapSeatEntity> seats = seatMaps.latest(hall.id).map(m -> seatMaps.seatsOf(m.id))
                .orElse(Map.of());
        return layout(hall.id, layout).stream().filter(a -> seats.containsKey(a.seatId))
                .map(a -> view(seats.get(a.seatId), layout, a.attendeeId, name(meetingId, a.attendeeId),
                        a.assignedAt))
                .sorted(Comparator.comparingInt(SeatAssignmentView::floor).thenComparingInt(SeatAssignmentView::row)
                        .thenComparingInt(SeatAssignmentView::number))
                .toList();
    }

    /** Every change of the seat in any layout, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeatHistoryView> history(UUID meetingId, UUID venueId, UUID hallId, String seatId) {
        SpaceEntity hall = seatMaps.requireHall(meetingId, venueId, hallId);
        return history.find("hallId = ?1 and seatId = ?2 order by id", hall.id, seatId).list().stream()
                .map(h -> new SeatHistoryView(h.seatId, h.sessionId, h.action, h.attendeeId, h.previousAttendeeId,
                        h.changedBy, h.changedAt))
                .toList();
    }

    /** The session of the layout (null for the standing one), which must meet in this hall. */
    private UUID session(UUID meetingId, SpaceEntity hall, UUID sessionId, boolean writing) {
        if (sessionId == null) {
            return null;
        }
        SessionEntity session = sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId)
                .firstResultOptional().orElseThrow(() -> ProblemException.invalidField("sessionId", Message.of(
                        "{0} is not a session of this meeting", "{0} 不是本次会议的日程", sessionId)));
        if (!hall.id.equals(session.spaceId)) {
            throw ProblemException.invalidField("sessionId", Message.of("Session {0} does not meet in hall {1}",
                    "会议日程 {0} 不在会场 {1} 举行", session.name, hall.name));
        }
        if (writing && session.cancelled) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "Session {0} is cancelled; its seats do not change", "会议日程 {0} 已取消，座位不再变动", session.name),
                    List.of(new ProblemException.FieldIssue("sessionId", Message.of("is cancelled", "已取消"))));
        }
        return session.id;
    }

    private SeatMapEntity published(SpaceEntity hall) {
        return seatMaps.latest(hall.id).orElseThrow(() -> ProblemException.conflict(Message.of(
                "Hall {0} has no published seat map yet, so it has no seat to assign",
                "会场 {0} 尚未发布座位图，无座位可分配", hall.name)));
    }

    private List<SeatAssignmentEntity> layout(UUID hallId, UUID sessionId) {
        return sessionId == null
                ? assignments.list("hallId = ?1 and sessionId is null", hallId)
                : assignments.list("hallId = ?1 and sessionId = ?2", hallId, sessionId);
    }

    private void record(UUID hallId, UUID sessionId, SeatLedger.Change change, String by, OffsetDateTime now) {
        SeatHistoryEntity entry = new SeatHistoryEntity();
        entry.hallId = hallId;
        entry.seatId = change.seatId();
        entry.sessionId = sessionId;
        entry.action = change.action().name();
        entry.attendeeId = change.after();
        entry.previousAttendeeId = change.before();
        entry.changedBy = by;
        entry.changedAt = now;
        history.persist(entry);
    }

    /**
     * seat-assigned for whoever the change put on a seat (by a move or swap, with the seat they left);
     * seat-unassigned for whoever a release took off one. The vacated seat of a move publishes nothing: the
     * person's seat-assigned replaces it.
     */
    private void publish(UUID meetingId, SpaceEntity hall, UUID sessionId, Map<String, SeatMapSeatEntity> seats,
            SeatLedger.Operation operation, SeatLedger.Change change) {
        SeatMapSeatEntity seat = seats.get(change.seatId());
        if (change.after() != null) {
            String left = change.action() == SeatLedger.Action.ASSIGN ? null
                    : Objects.equals(change.seatId(), operation.seatId()) ? operation.toSeatId() : operation.seatId();
            events.seatAssigned(held(meetingId, hall, sessionId, seat, change.after(), left));
        } else if (change.action() == SeatLedger.Action.RELEASE) {
            events.seatUnassigned(held(meetingId, hall, sessionId, seat, change.before(), null));
        }
    }

    private static SeatingEvents.SeatHeld held(UUID meetingId, SpaceEntity hall, UUID sessionId,
            SeatMapSeatEntity seat, UUID person, String previousSeatId) {
        return new SeatingEvents.SeatHeld(meetingId, person, sessionId, seat.label, seat.seatId, hall.id, hall.name,
                seat.floor, seat.block, seat.row, seat.number, previousSeatId);
    }

    private static SeatAssignmentView view(SeatMapSeatEntity seat, UUID sessionId, UUID holder, String name,
            OffsetDateTime at) {
        return new SeatAssignmentView(seat.seatId, seat.label, seat.floor, seat.block, seat.row, seat.number,
                sessionId, holder, name, at);
    }

    private String name(UUID meetingId, UUID attendeeId) {
        return roster.find(meetingId, attendeeId).map(ReplicatedAttendee::name).orElse(null);
    }

    /** 400 when any operation is malformed, else 409; every fault named, by operation. */
    private static ProblemException refusal(List<SeatLedger.Fault> faults, int operations) {
        List<SeatLedger.Fault> ordered = faults.stream().sorted(Comparator.comparingInt(f -> index(f.field())))
                .toList();
        boolean bad = ordered.stream().anyMatch(f -> !f.conflict());
        SeatLedger.Fault first = ordered.get(0);
        return new ProblemException(bad ? ProblemType.VALIDATION : ProblemType.CONFLICT, Message.of(
                "None of the {1} operations was applied: {0} fault(s), the first {2}",
                "{1} 项操作均未执行：共 {0} 处问题，首个为 {2}", ordered.size(), operations,
                Message.of(first.field() + ": " + first.english(), first.field() + "：" + first.chinese())),
                ordered.stream().map(f -> new ProblemException.FieldIssue(f.field(), Message.of(f.english(),
                        f.chinese()))).toList());
    }

    private static int index(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        return open < 0 || close < open ? -1 : Integer.parseInt(field.substring(open + 1, close));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
