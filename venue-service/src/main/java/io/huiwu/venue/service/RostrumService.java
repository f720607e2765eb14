package io.huiwu.venue.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.RostrumRequest;
import io.huiwu.venue.api.RostrumView;
import io.huiwu.venue.domain.RostrumSeating;
import io.huiwu.venue.event.SeatingEvents;
import io.huiwu.venue.mapping.RostrumMapping;
import io.huiwu.venue.persistence.RostrumEntity;
import io.huiwu.venue.persistence.RostrumSeatEntity;
import io.huiwu.venue.persistence.ScheduleRepositories;
import io.huiwu.venue.persistence.SeatingRepositories;
import io.huiwu.venue.persistence.SessionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session's rostrum (主席台): the people given in rank order are seated by {@link RostrumSeating}, whose refusals
 * come back naming the field of the request; the arrangement is kept whole and replaced only with If-Match, and
 * each arrangement is published as rostrum-arranged on venue.seating.
 */
@ApplicationScoped
public class RostrumService {

    private static final Message ROSTRUM = Message.of("The rostrum of session", "会议日程的主席台");

    private final ScheduleRepositories.Sessions sessions;
    private final SeatingRepositories.Rostrums rostrums;
    private final SeatingRepositories.RostrumSeats seats;
    private final RosterReplica roster;
    private final SeatingEvents events;
    private final SeatMapService seatMaps;

    public RostrumService(ScheduleRepositories.Sessions sessions, SeatingRepositories.Rostrums rostrums,
            SeatingRepositories.RostrumSeats seats, RosterReplica roster, SeatingEvents events,
            SeatMapService seatMaps) {
        this.sessions = sessions;
        this.rostrums = rostrums;
        this.seats = seats;
        this.roster = roster;
        this.events = events;
        this.seatMaps = seatMaps;
    }

    /** The result of an arrangement: the rostrum and whether it is the session's first. */
    public record Arranged(RostrumView rostrum, boolean created) {
    }

    /**
     * Arranges the rostrum; the first arrangement needs no version, a later one the version read (If-Match).
     *
     * @param expectedVersion the version of If-Match, null when none was sent
     */
    @Transactional
    public Arranged arrange(UUID meetingId, UUID sessionId, Long expectedVersion, RostrumRequest request) {
        SessionEntity session = sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(ScheduleService.SESSION, sessionId));
        if (session.cancelled) {
            throw ProblemException.conflict(Message.of("Session {0} ({1}) is cancelled; its rostrum is not arranged",
                    "会议日程 {0}（{1}）已取消，不再安排主席台", session.name, sessionId));
        }
        RostrumEntity rostrum = rostrums.findById(sessionId);
        if (rostrum == null && expectedVersion != null) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, Message.of(
                    "The rostrum of session {0} has not been arranged yet; send no If-Match to arrange it",
                    "会议日程 {0} 尚未安排主席台；首次安排请勿发送 If-Match", sessionId));
        }
        if (rostrum != null) {
            long expected = expectedVersion == null ? Versions.required(null) : expectedVersion;
            Versions.check(expected, rostrum.version, Message.of("{0} {1}", "{0} {1}", ROSTRUM, sessionId));
        }
        List<Integer> rows = rows(session, request);
        List<ReplicatedAttendee> people = activeAttendees(meetingId, request.attendeeIds());
        Map<UUID, RostrumSeating.Pin> pins = pins(request.pins());
        RostrumSeating.Policy policy = new RostrumSeating.Policy(
                request.side() == null ? RostrumSeating.Side.LEFT_IS_HIGHER : request.side(),
                request.evenCount() == null ? RostrumSeating.EvenCount.SHARE_THE_CENTRE : request.evenCount());
        List<RostrumSeating.Row<UUID>> arranged;
        try {
            arranged = RostrumSeating.arrange(request.attendeeIds(), rows, pins, policy);
        } catch (RostrumSeating.Refused refused) {
            throw refusal(refused, request, rows);
        }
        boolean created = rostrum == null;
        if (created) {
            rostrum = new RostrumEntity();
            rostrum.sessionId = sessionId;
            rostrum.meetingId = meetingId;
        } else {
            seats.delete("sessionId", sessionId);
        }
        rostrum.side = policy.side();
        rostrum.evenCount = policy.evenCount();
        rostrum.rowSizes = rows.toArray(Integer[]::new);
        rostrum.arrangedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        rostrums.persist(rostrum);
        Map<UUID, String> names = new LinkedHashMap<>();
        people.forEach(p -> names.put(p.id(), p.name()));
        List<RostrumSeatEntity> written = new ArrayList<>();
        for (RostrumSeating.Row<UUID> row : arranged) {
            for (RostrumSeating.Seat<UUID> seat : row.seats()) {
                RostrumSeatEntity entity = new RostrumSeatEntity();
                entity.sessionId = sessionId;
                entity.row = row.row();
                entity.position = seat.position();
                entity.axisOffset = seat.axisOffset();
                entity.attendeeId = seat.person();
                entity.name = names.get(seat.person());
                entity.rank = seat.rank();
                entity.pinned = seat.pinned();
                entity.rule = seat.rule();
                seats.persist(entity);
                written.add(entity);
            }
        }
        rostrums.flush();
        events.rostrumArranged(RostrumMapping.event(rostrum, written));
        return new Arranged(RostrumMapping.view(rostrum, written), created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RostrumView get(UUID meetingId, UUID sessionId) {
        sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(ScheduleService.SESSION, sessionId));
        RostrumEntity rostrum = rostrums.findByIdOptional(sessionId)
                .orElseThrow(() -> ProblemException.notFound(ROSTRUM, sessionId));
        return RostrumMapping.view(rostrum, seats.list("sessionId", sessionId));
    }

    /** The rows asked for, else those of the published seat map of the session's hall. */
    private List<Integer> rows(SessionEntity session, RostrumRequest request) {
        if (request.rows() != null && !request.rows().isEmpty()) {
            return request.rows();
        }
        List<Integer> rows = session.spaceId == null ? List.of() : seatMaps.rostrumRows(session.spaceId);
        if (rows.isEmpty()) {
            throw ProblemException.invalidField("rows", Message.of("must be given: the session is not in a hall"
                    + " whose published seat map has rostrum rows", "必须填写：本场会议所在会场的已发布座位图未设主席台排数"));
        }
        return rows;
    }

    private List<ReplicatedAttendee> activeAttendees(UUID meetingId, List<UUID> ids) {
        List<ReplicatedAttendee> people = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int index = i;
            people.add(roster.find(meetingId, ids.get(i)).orElseThrow(() -> ProblemException.invalidField(
                    "attendeeIds[" + index + "]", Message.of("{0} is not an active attendee of this meeting",
                            "{0} 不是本次会议的在册人员", ids.get(index)))));
        }
        return people;
    }

    private static Map<UUID, RostrumSeating.Pin> pins(List<RostrumRequest.PinRequest> requested) {
        Map<UUID, RostrumSeating.Pin> pins = new LinkedHashMap<>();
        List<RostrumRequest.PinRequest> given = requested == null ? List.of() : requested;
        for (int i = 0; i < given.size(); i++) {
            RostrumRequest.PinRequest pin = given.get(i);
            if (pins.put(pin.attendeeId(), new RostrumSeating.Pin(pin.row(), pin.position())) != null) {
                throw ProblemException.invalidField("pins[" + i + "].attendeeId", Message.of(
                        "{0} is pinned twice", "{0} 被重复指定座位", pin.attendeeId()));
            }
        }
        return pins;
    }

    /** The domain's refusal as a 400 naming the field of the request it concerns. */
    private static ProblemException refusal(RostrumSeating.Refused refused, RostrumRequest request,
            List<Integer> rows) {
        int capacity = rows.stream().mapToInt(Integer::intValue).sum();
        return switch (refused.reason()) {
            case TOO_MANY_PEOPLE -> ProblemException.invalidField("attendeeIds", Message.of(
                    "lists {0} people, more than the {1} seats of the rows asked for", "共 {0} 人，超过所设各排的 {1} 个座位",
                    request.attendeeIds().size(), capacity));
            case LISTED_TWICE -> ProblemException.invalidField("attendeeIds[" + request.attendeeIds()
                    .lastIndexOf(refused.subject()) + "]", Message.of("{0} is listed twice", "{0} 重复列出",
                    refused.subject()));
            case EMPTY_ROW -> ProblemException.invalidField("rows[" + ((Integer) refused.subject() - 1) + "]",
                    Message.of("must have at least one seat", "每排至少一个座位"));
            case PIN_NOT_LISTED -> ProblemException.invalidField(pinField(request, refused.subject()) + ".attendeeId",
                    Message.of("{0} is not among attendeeIds", "{0} 不在 attendeeIds 之中", refused.subject()));
            case PIN_OUTSIDE -> pinOutside(request, rows, refused.subject());
            case PIN_TAKEN -> ProblemException.invalidField(pinField(request, refused.subject()) + ".position",
                    Message.of("is a seat pinned to someone else as well", "该座位已指定给他人"));
        };
    }

    private static ProblemException pinOutside(RostrumRequest request, List<Integer> rows, Object attendee) {
        RostrumRequest.PinRequest pin = request.pins().stream().filter(p -> p.attendeeId().equals(attendee))
                .findFirst().orElseThrow();
        int[] filled = filledPerRow(request, rows);
        String field = pinField(request, attendee);
        if (pin.row() > filled.length || filled[pin.row() - 1] == 0) {
            return ProblemException.invalidField(field + ".row", Message.of(
                    "row {0} has nobody in it: the {1} people fill the front rows first",
                    "第 {0} 排无人就座：{1} 人先坐满前排", pin.row(), request.attendeeIds().size()));
        }
        return ProblemException.invalidField(field + ".position", Message.of(
                "row {0} seats {1} people, so its positions are 1 to {1}", "第 {0} 排坐 {1} 人，座位为 1 至 {1}",
                pin.row(), filled[pin.row() - 1]));
    }

    private static int[] filledPerRow(RostrumRequest request, List<Integer> rows) {
        int[] filled = new int[rows.size()];
        int left = request.attendeeIds().size();
        for (int r = 0; r < filled.length; r++) {
            filled[r] = Math.min(rows.get(r), left);
            left -= filled[r];
        }
        return filled;
    }

    private static String pinField(RostrumRequest request, Object attendee) {
        for (int i = 0; i < request.pins().size(); i++) {
            if (request.pins().get(i).attendeeId().equals(attendee)) {
                return "pins[" + i + "]";
            }
        }
        return "pins";
    }
}
