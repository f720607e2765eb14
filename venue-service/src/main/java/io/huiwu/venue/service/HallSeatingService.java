package io.huiwu.venue.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.HallSeatingCheck;
import io.huiwu.venue.api.HallSeatingRequest;
import io.huiwu.venue.api.HallSeatingView;
import io.huiwu.venue.api.SeatAssignmentRequest;
import io.huiwu.venue.domain.HallSeating;
import io.huiwu.venue.domain.SeatLedger;
import io.huiwu.venue.domain.SpaceKind;
import io.huiwu.venue.persistence.AttendanceStore;
import io.huiwu.venue.persistence.HallSeatingStore;
import io.huiwu.venue.persistence.ScheduleRepositories;
import io.huiwu.venue.persistence.SeatAssignmentEntity;
import io.huiwu.venue.persistence.SeatMapEntity;
import io.huiwu.venue.persistence.SeatMapSeatEntity;
import io.huiwu.venue.persistence.SeatingRepositories;
import io.huiwu.venue.persistence.SessionEntity;
import io.huiwu.venue.persistence.SpaceEntity;
import io.huiwu.venue.persistence.VenueRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A session's hall seated by protocol ({@link HallSeating}): a plan is previewed from the policy, the roster copy,
 * the published seat map and the seating now, and applied whole through the seat ledger, so that every change is
 * kept in the seats' history and published as a change made by hand would be. A preview's ETag fingerprints all it
 * was computed from (the request included), so a plan computed on a state that has changed since is refused (412).
 */
@ApplicationScoped
public class HallSeatingService {

    private static final Message SEATING = Message.of("The hall seating of the session", "会议日程的会场座次");

    private final SeatMapService seatMaps;
    private final SeatAssignmentService assignments;
    private final ScheduleRepositories.Sessions sessions;
    private final VenueRepositories.Spaces spaces;
    private final SeatingRepositories.Assignments held;
    private final HallSeatingStore store;
    private final AttendanceStore attendance;

    public HallSeatingService(SeatMapService seatMaps, SeatAssignmentService assignments,
            ScheduleRepositories.Sessions sessions, VenueRepositories.Spaces spaces,
            SeatingRepositories.Assignments held, HallSeatingStore store, AttendanceStore attendance) {
        this.attendance = attendance;
        this.seatMaps = seatMaps;
        this.assignments = assignments;
        this.sessions = sessions;
        this.spaces = spaces;
        this.held = held;
        this.store = store;
    }

    /** A plan and the fingerprint of what it was computed from. */
    public record Previewed(HallSeatingView plan, long etag) {
    }

    /** Everything a plan is computed from. */
    private record State(SessionEntity session, SpaceEntity hall, SeatMapEntity map,
            Map<String, SeatMapSeatEntity> seats, Set<String> blocked, List<HallSeatingStore.Entry> roster,
            Map<String, UUID> holders, Optional<HallSeatingStore.Applied> applied, Set<UUID> listed,
            Map<UUID, AttendanceStore.OnLeave> onLeave, HallSeating.Plan plan, long etag) {
    }

    @Transactional
    public Previewed preview(UUID meetingId, UUID sessionId, HallSeatingRequest request) {
        State state = compute(meetingId, sessionId, request, false);
        return new Previewed(view(state, null, null, null), state.etag());
    }

    /** Applies the plan, all or none, if nothing it depends on has changed since the preview {@code etag}. */
    @Transactional
    public HallSeatingView apply(UUID meetingId, UUID sessionId, long etag, HallSeatingRequest request, String by) {
        State state = compute(meetingId, sessionId, request, true);
        Versions.check(etag, state.etag(), SEATING);
        List<SeatAssignmentRequest.Operation> operations = operations(state.holders(), state.plan());
        if (!operations.isEmpty()) {
            assignments.apply(meetingId, state.hall().venueId, state.hall().id,
                    new SeatAssignmentRequest(sessionId, operations), by);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long version = store.save(sessionId, state.hall().id, json(policy(request)), by, now,
                state.plan().placements());
        return view(state, version, by, now);
    }

    /** The plan applied last, with each seat's rule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HallSeatingView applied(UUID meetingId, UUID sessionId) {
        SessionEntity session = session(meetingId, sessionId);
        HallSeatingStore.Applied applied = store.applied(sessionId).orElseThrow(() -> ProblemException.notFound(
                SEATING, sessionId));
        SpaceEntity hall = hall(session);
        SeatMapEntity map = seatMaps.latest(hall.id).orElseThrow(() -> noMap(hall));
        Map<String, SeatMapSeatEntity> seats = seatMaps.seatsOf(map.id);
        Map<UUID, String> names = names(store.roster(meetingId));
        List<HallSeatingView.Seat> views = applied.placements().stream().filter(p -> seats.containsKey(p.seatId()))
                .map(p -> seat(seats.get(p.seatId()), p, names))
                .sorted(Comparator.comparingInt(HallSeatingView.Seat::floor)
                        .thenComparingInt(HallSeatingView.Seat::row).thenComparingInt(HallSeatingView.Seat::number))
                .toList();
        return new HallSeatingView(sessionId, hall.id, map.number, true, applied.version(), applied.appliedBy(),
                applied.appliedAt(), count(views, HallSeating.Kind.SEATED), count(views, HallSeating.Kind.KEPT_EMPTY),
                count(views, HallSeating.Kind.SPARE), views, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The faults of a seating edited by hand. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HallSeatingCheck.Findings check(UUID meetingId, UUID sessionId, HallSeatingCheck.Draft draft) {
        SessionEntity session = session(meetingId, sessionId);
        SpaceEntity hall = hall(session);
        SeatMapEntity map = seatMaps.latest(hall.id).orElseThrow(() -> noMap(hall));
        List<HallSeating.Seat> seats = seatMaps.seatsOf(map.id).values().stream()
                .map(s -> new HallSeating.Seat(s.seatId, s.floor, s.row, s.number)).toList();
        List<HallSeating.Person> people = store.roster(meetingId).stream().filter(e -> !e.withdrawn())
                .map(e -> person(e, false)).toList();
        List<HallSeating.Issue> issues = HallSeating.validate(seats, seatMaps.blockedSeats(hall.id), people,
                draft.seats().stream().map(e -> new HallSeating.Entry(e.seatId(), e.attendeeId())).toList());
        return new HallSeatingCheck.Findings(issues.isEmpty(), issues.stream().map(i -> new HallSeatingCheck.Finding(
                i.field(), i.code(), i.english(), i.chinese())).toList());
    }

    private State compute(UUID meetingId, UUID sessionId, HallSeatingRequest request, boolean writing) {
        SessionEntity session = session(meetingId, sessionId);
        if (writing && session.cancelled) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "Session {0} is cancelled; its seats do not change", "会议日程 {0} 已取消，座位不再变动", session.name),
                    List.of(new ProblemException.FieldIssue("sessionId", Message.of("is cancelled", "已取消"))));
        }
        SpaceEntity hall = hall(session);
        if (writing) {
            hall = seatMaps.lockHall(meetingId, hall.venueId, hall.id);
        }
        SpaceEntity seated = hall;
        SeatMapEntity map = seatMaps.latest(hall.id).orElseThrow(() -> noMap(seated));
        Map<String, SeatMapSeatEntity> seats = seatMaps.seatsOf(map.id);
        Set<String> blocked = seatMaps.blockedSeats(hall.id);
        List<HallSeatingStore.Entry> roster = store.roster(meetingId);
        HallSeating.Policy policy = policy(request);
        Map<UUID, String> pins = pins(request, seats, blocked, roster);
        Set<UUID> absent = absent(request, roster);
        Map<String, UUID> holders = new TreeMap<>();
        for (SeatAssignmentEntity a : held.list("hallId = ?1 and sessionId = ?2", hall.id, sessionId)) {
            holders.put(a.seatId, a.attendeeId);
        }
        Optional<HallSeatingStore.Applied> applied = store.applied(sessionId);
        Map<UUID, AttendanceStore.OnLeave> onLeave = attendance.onLeave(meetingId, sessionId, session.startsAt,
                session.endsAt);
        List<HallSeating.Person> people = roster.stream().map(e -> person(e, absence(e, absent, onLeave))).toList();
        List<String> order = store.delegationOrder(meetingId);
        HallSeating.Plan plan = HallSeating.plan(new HallSeating.Input(seats.values().stream()
                .map(s -> new HallSeating.Seat(s.seatId, s.floor, s.row, s.number)).toList(), blocked, people, order,
                pins, holders, applied.map(HallSeatingStore.Applied::placements).orElse(List.of()), policy));
        long etag = fingerprint(map, blocked, roster, holders, applied, order, onLeave, request);
        return new State(session, hall, map, seats, blocked, roster, holders, applied, absent, onLeave, plan,
                etag);
    }

    SessionEntity session(UUID meetingId, UUID sessionId) {
        return sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(ScheduleService.SESSION, sessionId));
    }

    SpaceEntity hall(SessionEntity session) {
        SpaceEntity space = session.spaceId == null ? null : spaces.findById(session.spaceId);
        if (space == null || space.kind != SpaceKind.HALL) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "Session {0} does not meet in a hall with a seat map", "会议日程 {0} 未安排在有座位图的会场",
                    session.name), List.of(new ProblemException.FieldIssue("sessionId", Message.of(
                    "names no hall", "未指定会场"))));
        }
        return space;
    }

    static ProblemException noMap(SpaceEntity hall) {
        return ProblemException.conflict(Message.of("Hall {0} has no published seat map yet, so it has no seat to"
                + " plan", "会场 {0} 尚未发布座位图，无座位可排", hall.name));
    }

    private static HallSeating.Policy policy(HallSeatingRequest request) {
        HallSeating.Policy d = HallSeating.Policy.DEFAULT;
        HallSeatingRequest.Policy p = request.policy();
        if (p == null) {
            return d;
        }
        if (p.zones() != null) {
            Map<String, Integer> seen = new HashMap<>();
            for (int z = 0; z < p.zones().size(); z++) {
                for (String category : p.zones().get(z)) {
                    Integer before = seen.putIfAbsent(category, z);
                    if (before != null) {
                        throw ProblemException.invalidField("policy.zones[" + z + "]", Message.of(
                                "{0} is already in policy.zones[{1}]", "{0} 已在 policy.zones[{1}] 中", category,
                                before));
                    }
                }
            }
        }
        return new HallSeating.Policy(p.zones() == null ? d.zones() : p.zones(),
                p.zonePlacement() == null ? d.zonePlacement() : p.zonePlacement(),
                p.layout() == null ? d.layout() : p.layout(), p.firstSide() == null ? d.firstSide() : p.firstSide(),
                p.withinBlock() == null ? d.withinBlock() : p.withinBlock(),
                p.absence() == null ? d.absence() : p.absence(), p.replan() == null ? d.replan() : p.replan());
    }

    private static Map<UUID, String> pins(HallSeatingRequest request, Map<String, SeatMapSeatEntity> seats,
            Set<String> blocked, List<HallSeatingStore.Entry> roster) {
        Map<UUID, String> pins = new TreeMap<>();
        if (request.pins() == null) {
            return pins;
        }
        Set<UUID> active = new HashSet<>();
        roster.stream().filter(e -> !e.withdrawn()).forEach(e -> active.add(e.id()));
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < request.pins().size(); i++) {
            HallSeatingRequest.Pin pin = request.pins().get(i);
            String at = "pins[" + i + "].";
            if (!active.contains(pin.attendeeId())) {
                throw ProblemException.invalidField(at + "attendeeId", Message.of(
                        "{0} is not an active attendee of this meeting", "{0} 不是本次会议的在册人员", pin.attendeeId()));
            }
            if (!seats.containsKey(pin.seatId())) {
                throw ProblemException.invalidField(at + "seatId", Message.of(
                        "{0} is not a seat of the published seat map", "{0} 不是已发布座位图中的座位", pin.seatId()));
            }
            if (blocked.contains(pin.seatId())) {
                throw ProblemException.invalidField(at + "seatId", Message.of("Seat {0} is blocked",
                        "座位 {0} 已封存", pin.seatId()));
            }
            if (!taken.add(pin.seatId())) {
                throw ProblemException.invalidField(at + "seatId", Message.of("Seat {0} is pinned twice",
                        "座位 {0} 被重复指定", pin.seatId()));
            }
            if (pins.put(pin.attendeeId(), pin.seatId()) != null) {
                throw ProblemException.invalidField(at + "attendeeId", Message.of("{0} is pinned twice",
                        "{0} 被重复指定", pin.attendeeId()));
            }
        }
        return pins;
    }

    private static Set<UUID> absent(HallSeatingRequest request, List<HallSeatingStore.Entry> roster) {
        Set<UUID> absent = new HashSet<>();
        if (request.absentIds() == null) {
            return absent;
        }
        Set<UUID> known = new HashSet<>();
        roster.forEach(e -> known.add(e.id()));
        for (int i = 0; i < request.absentIds().size(); i++) {
            UUID id = request.absentIds().get(i);
            if (!known.contains(id)) {
                throw ProblemException.invalidField("absentIds[" + i + "]", Message.of(
                        "{0} is not an attendee of this meeting", "{0} 不是本次会议的人员", id));
            }
            absent.add(id);
        }
        return absent;
    }

    /**
     * Why someone is absent from the session, or null: withdrawn, listed by the caller, or on leave for it (the key
     * of the seat kept empty for them).
     */
    private static String absence(HallSeatingStore.Entry e, Set<UUID> listed,
            Map<UUID, AttendanceStore.OnLeave> onLeave) {
        if (e.withdrawn()) {
            return "withdrawn";
        }
        if (listed.contains(e.id())) {
            return "absent";
        }
        AttendanceStore.OnLeave leave = onLeave.get(e.id());
        return leave == null ? null : "on leave (" + leave.reasonKind() + ")";
    }

    private static HallSeating.Person person(HallSeatingStore.Entry e, String absence) {
        return new HallSeating.Person(e.id(), e.name(), e.category(), e.delegation(), e.rank(), e.role(),
                e.strokeKey(), absence);
    }

    private static HallSeating.Person person(HallSeatingStore.Entry e, boolean absent) {
        return new HallSeating.Person(e.id(), e.name(), e.category(), e.delegation(), e.rank(), e.role(),
                e.strokeKey(), absent);
    }

    /**
     * The ledger's operations for a plan: releases first, then moves whose seat is free by then (a chain of moves
     * is taken from its free end), a cycle broken by releasing one of it and seating them again last, then the
     * people added. Each names the holder it expects, so the ledger refuses a seat that changed underneath.
     */
    static List<SeatAssignmentRequest.Operation> operations(Map<String, UUID> holders, HallSeating.Plan plan) {
        List<SeatAssignmentRequest.Operation> ops = new ArrayList<>();
        Map<String, UUID> state = new HashMap<>(holders);
        for (HallSeating.Change c : plan.leaving()) {
            ops.add(new SeatAssignmentRequest.Operation(SeatLedger.Action.RELEASE, c.from(), null, null,
                    c.attendeeId(), null));
            state.remove(c.from());
        }
        List<HallSeating.Change> pending = new ArrayList<>(plan.moves());
        List<HallSeating.Change> later = new ArrayList<>();
        while (!pending.isEmpty()) {
            boolean moved = false;
            for (int i = 0; i < pending.size(); i++) {
                HallSeating.Change c = pending.get(i);
                if (!state.containsKey(c.to())) {
                    ops.add(new SeatAssignmentRequest.Operation(SeatLedger.Action.MOVE, c.from(), c.to(), null,
                            c.attendeeId(), null));
                    state.remove(c.from());
                    state.put(c.to(), c.attendeeId());
                    pending.remove(i);
                    moved = true;
                    break;
                }
            }
            if (!moved) {
                HallSeating.Change c = pending.remove(0);
                ops.add(new SeatAssignmentRequest.Operation(SeatLedger.Action.RELEASE, c.from(), null, null,
                        c.attendeeId(), null));
                state.remove(c.from());
                later.add(new HallSeating.Change(c.attendeeId(), null, c.to()));
            }
        }
        later.addAll(plan.added());
        for (HallSeating.Change c : later) {
            ops.add(new SeatAssignmentRequest.Operation(SeatLedger.Action.ASSIGN, c.to(), null, c.attendeeId(), null,
                    true));
        }
        return ops;
    }

    private static long fingerprint(SeatMapEntity map, Set<String> blocked, List<HallSeatingStore.Entry> roster,
            Map<String, UUID> holders, Optional<HallSeatingStore.Applied> applied, List<String> order,
            Map<UUID, AttendanceStore.OnLeave> onLeave, HallSeatingRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder text = new StringBuilder().append(map.id).append('|').append(new TreeSet<>(blocked))
                    .append('|').append(holders).append('|').append(applied.map(HallSeatingStore.Applied::version)
                    .orElse(0L)).append('|').append(order).append('|').append(json(request)).append('|')
                    .append(new TreeSet<>(onLeave.keySet())).append('|');
            roster.stream().map(e -> e.id() + ":" + e.version() + ":" + e.withdrawn()).sorted()
                    .forEach(e -> text.append(e).append(','));
            byte[] hash = digest.digest(text.toString().getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | (hash[i] & 0xff);
            }
            return value & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<UUID, String> names(List<HallSeatingStore.Entry> roster) {
        Map<UUID, String> names = new HashMap<>();
        roster.forEach(e -> names.put(e.id(), e.name()));
        return names;
    }

    private HallSeatingView view(State state, Long version, String by, OffsetDateTime at) {
        Map<UUID, String> names = names(state.roster());
        Map<String, SeatMapSeatEntity> seats = state.seats();
        List<HallSeatingView.Seat> views = state.plan().placements().stream()
                .map(p -> seat(seats.get(p.seatId()), p, names)).toList();
        return new HallSeatingView(state.session().id, state.hall().id, state.map().number, version != null, version,
                by, at, count(views, HallSeating.Kind.SEATED), count(views, HallSeating.Kind.KEPT_EMPTY),
                count(views, HallSeating.Kind.SPARE), views, changes(state.plan().moves(), seats, names),
                changes(state.plan().added(), seats, names), changes(state.plan().leaving(), seats, names),
                state.plan().unseated().stream().map(u -> new HallSeatingView.Unseated(u.attendeeId(),
                        names.get(u.attendeeId()), u.reason())).toList(), absent(state));
    }

    /** The people treated as absent, withdrawn ones left out, in the roster's order. */
    private static List<HallSeatingView.Absent> absent(State state) {
        List<HallSeatingView.Absent> absent = new ArrayList<>();
        for (HallSeatingStore.Entry e : state.roster()) {
            AttendanceStore.OnLeave leave = state.onLeave().get(e.id());
            if (e.withdrawn() || (!state.listed().contains(e.id()) && leave == null)) {
                continue;
            }
            absent.add(state.listed().contains(e.id())
                    ? new HallSeatingView.Absent(e.id(), e.name(), "LISTED", null, null)
                    : new HallSeatingView.Absent(e.id(), e.name(), "ON_LEAVE", leave.absenceId(),
                    leave.reasonKind()));
        }
        absent.sort(Comparator.comparing(HallSeatingView.Absent::name)
                .thenComparing(HallSeatingView.Absent::attendeeId));
        return absent;
    }

    private static HallSeatingView.Seat seat(SeatMapSeatEntity s, HallSeating.Placement p, Map<UUID, String> names) {
        return new HallSeatingView.Seat(s.seatId, s.label, s.floor, s.row, s.number, p.attendeeId(),
                p.attendeeId() == null ? null : names.get(p.attendeeId()), p.kind(), p.zone(), p.delegation(),
                p.rule(), p.key(), p.why());
    }

    private static List<HallSeatingView.Change> changes(List<HallSeating.Change> changes,
            Map<String, SeatMapSeatEntity> seats, Map<UUID, String> names) {
        return changes.stream().map(c -> new HallSeatingView.Change(c.attendeeId(), names.get(c.attendeeId()),
                c.from(), c.from() == null || !seats.containsKey(c.from()) ? null : seats.get(c.from()).label,
                c.to(), c.to() == null ? null : seats.get(c.to()).label)).toList();
    }

    private static int count(List<HallSeatingView.Seat> seats, HallSeating.Kind kind) {
        return (int) seats.stream().filter(s -> s.kind() == kind).count();
    }
}
