package io.huiwu.venue.service;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.venue.api.RostrumView;
import io.huiwu.venue.api.SessionAttendanceView;
import io.huiwu.venue.api.SeatAssignmentView;
import io.huiwu.venue.api.SeatMapDocument;
import io.huiwu.venue.api.SeatMapView;
import io.huiwu.venue.domain.RostrumSeating;
import io.huiwu.venue.domain.SeatPlan;
import io.huiwu.venue.domain.SpaceKind;
import io.huiwu.venue.mapping.SeatMapMapping;
import io.huiwu.venue.persistence.HallSeatingStore;
import io.huiwu.venue.persistence.MeetingCopyEntity;
import io.huiwu.venue.persistence.ScheduleRepositories;
import io.huiwu.venue.persistence.SessionEntity;
import io.huiwu.venue.persistence.SpaceEntity;
import io.huiwu.venue.persistence.VenueRepositories;
import io.huiwu.venue.print.NameCards;
import io.huiwu.venue.print.PdfSheet;
import io.huiwu.venue.print.RostrumChart;
import io.huiwu.venue.print.SeatChart;
import io.huiwu.venue.print.Sheet;
import io.huiwu.venue.print.SvgSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What is printed and looked at from the seating: a hall's seat chart and a session's rostrum chart, as SVG or a
 * one-page PDF, and the name cards (座签) of a session. It reads the published seat map, the seat assignments, the
 * rostrum and the roster copy; it changes nothing.
 */
@ApplicationScoped
public class SeatChartService {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);

    /** A page size a chart is printed on, landscape. */
    public enum PageFormat {
        A3(PageSize.A3), A4(PageSize.A4);

        private final Rectangle portrait;

        PageFormat(Rectangle portrait) {
            this.portrait = portrait;
        }

        /** The page turned on its side: its media box as wide as the paper is tall. */
        Rectangle landscape() {
            return new Rectangle(portrait.getHeight(), portrait.getWidth());
        }
    }

    /** Where name cards take their people and order from. */
    public enum CardSource { ROSTRUM, HALL }

    private final SeatMapService seatMaps;
    private final SeatAssignmentService assignments;
    private final RostrumService rostrums;
    private final ScheduleRepositories.Sessions sessions;
    private final ScheduleRepositories.Meetings meetings;
    private final VenueRepositories.Spaces spaces;
    private final HallSeatingStore seating;
    private final RosterReplica roster;
    private final AttendanceService attendance;

    public SeatChartService(SeatMapService seatMaps, SeatAssignmentService assignments, RostrumService rostrums,
            ScheduleRepositories.Sessions sessions, ScheduleRepositories.Meetings meetings,
            VenueRepositories.Spaces spaces, HallSeatingStore seating, RosterReplica roster,
            AttendanceService attendance) {
        this.attendance = attendance;
        this.seatMaps = seatMaps;
        this.assignments = assignments;
        this.rostrums = rostrums;
        this.sessions = sessions;
        this.meetings = meetings;
        this.spaces = spaces;
        this.seating = seating;
        this.roster = roster;
    }

    /** The hall's seat chart as SVG: the latest published map and the layout of the session, or the standing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String hallSvg(UUID meetingId, UUID venueId, UUID hallId, UUID sessionId) {
        return SvgSheet.write(hallSheet(meetingId, venueId, hallId, sessionId));
    }

    /** The same chart on one landscape page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] hallPdf(UUID meetingId, UUID venueId, UUID hallId, UUID sessionId, PageFormat format) {
        return PdfSheet.write(hallSheet(meetingId, venueId, hallId, sessionId), format.landscape(), footer());
    }

    /** What each attendance is called on the live chart, and its colour, in the legend's order. */
    static final Map<SessionAttendanceView.Status, String> ATTENDANCE = Map.of(
            SessionAttendanceView.Status.PRESENT, "已到", SessionAttendanceView.Status.ON_LEAVE, "请假",
            SessionAttendanceView.Status.ABSENT, "未到");

    /**
     * The session's live seat chart as SVG: the hall as {@link #hallSvg} draws it, each seated person coloured by
     * their attendance now (present green, on leave amber, absent red), with a legend of the counts.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String attendanceSvg(UUID meetingId, UUID sessionId) {
        SessionAttendanceView live = attendance.attendance(meetingId, sessionId);
        SpaceEntity hall = spaces.findById(live.hallId());
        SeatMapView map = seatMaps.published(meetingId, hall.venueId, hall.id, null);
        Map<String, SessionAttendanceView.Seat> bySeat = new HashMap<>();
        live.seats().forEach(s -> bySeat.put(s.seatId(), s));
        List<SeatChart.Seat> seats = new ArrayList<>(map.seats().size());
        for (SeatMapView.SeatView seat : map.seats()) {
            SessionAttendanceView.Seat held = bySeat.get(seat.id());
            seats.add(new SeatChart.Seat(seat.id(), seat.label(), seat.floor(), seat.block(), seat.row(),
                    seat.number(), held == null ? null : held.name(),
                    held == null ? null : ATTENDANCE.get(held.status()), seat.blocked()));
        }
        Map<String, String> palette = new LinkedHashMap<>();
        palette.put(ATTENDANCE.get(SessionAttendanceView.Status.PRESENT), "#8fd19e");
        palette.put(ATTENDANCE.get(SessionAttendanceView.Status.ON_LEAVE), "#f7d37e");
        palette.put(ATTENDANCE.get(SessionAttendanceView.Status.ABSENT), "#f2a0a0");
        SessionEntity session = sessions.findById(sessionId);
        SessionAttendanceView.Counts c = live.counts();
        String counts = "应到 " + c.seated() + " 人　已到 " + c.present() + "　请假 " + c.onLeave() + "　未到 "
                + c.absent();
        SeatChart.Chart chart = new SeatChart.Chart(meetingName(meetingId) + hall.name + "到会情况",
                session.name + "　" + WHEN.format(session.startsAt.atZoneSameInstant(BEIJING)) + "　" + counts
                        + "　截至 " + WHEN.format(OffsetDateTime.now(BEIJING)), floors(map.document()), seats, List.of(),
                palette);
        return SvgSheet.write(SeatChart.draw(chart));
    }

    /** The session's rostrum chart as SVG. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String rostrumSvg(UUID meetingId, UUID sessionId) {
        return SvgSheet.write(rostrumSheet(meetingId, sessionId));
    }

    /** The session's rostrum chart on one landscape page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] rostrumPdf(UUID meetingId, UUID sessionId, PageFormat format) {
        return PdfSheet.write(rostrumSheet(meetingId, sessionId), format.landscape(), footer());
    }

    /**
     * A name card per person seated, in seat order: on the rostrum rows from the front, each from the audience's
     * left; in the hall, by floor, row and number.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] nameCards(UUID meetingId, UUID sessionId, CardSource source) {
        SessionEntity session = session(meetingId, sessionId);
        List<String> names = new ArrayList<>();
        if (source == CardSource.ROSTRUM) {
            for (RostrumView.RowView row : rostrums.get(meetingId, sessionId).rows()) {
                row.seats().forEach(seat -> names.add(seat.name()));
            }
        } else {
            SpaceEntity hall = sessionHall(session);
            assignments.list(meetingId, hall.venueId, hall.id, session.id).stream()
                    .filter(a -> a.name() != null).forEach(a -> names.add(a.name()));
        }
        return NameCards.write(session.name, names);
    }

    Sheet hallSheet(UUID meetingId, UUID venueId, UUID hallId, UUID sessionId) {
        SpaceEntity hall = seatMaps.requireHall(meetingId, venueId, hallId);
        if (seatMaps.latest(hall.id).isEmpty()) {
            throw unpublished(hall);
        }
        SeatMapView map = seatMaps.published(meetingId, venueId, hallId, null);
        List<SeatAssignmentView> held = assignments.list(meetingId, venueId, hallId, sessionId);
        Map<String, SeatAssignmentView> bySeat = new HashMap<>();
        held.forEach(a -> bySeat.put(a.seatId(), a));
        List<SeatChart.Seat> seats = new ArrayList<>(map.seats().size());
        for (SeatMapView.SeatView seat : map.seats()) {
            SeatAssignmentView holder = bySeat.get(seat.id());
            String delegation = holder == null || holder.attendeeId() == null ? null : roster.find(meetingId,
                    holder.attendeeId()).map(ReplicatedAttendee::delegation).orElse(null);
            seats.add(new SeatChart.Seat(seat.id(), seat.label(), seat.floor(), seat.block(), seat.row(),
                    seat.number(), holder == null ? null : holder.name(), delegation, seat.blocked()));
        }
        SessionEntity session = sessionId == null ? null : sessions.findById(sessionId);
        String layout = session == null ? "常设座次（各场通用）"
                : session.name + "　" + WHEN.format(session.startsAt.atZoneSameInstant(BEIJING));
        SeatChart.Chart chart = new SeatChart.Chart(meetingName(meetingId) + hall.name + "座位图",
                layout + "　座位图第 " + map.number() + " 版", floors(map.document()), seats,
                seating.delegationOrder(meetingId));
        return SeatChart.draw(chart);
    }

    Sheet rostrumSheet(UUID meetingId, UUID sessionId) {
        SessionEntity session = session(meetingId, sessionId);
        RostrumView rostrum = rostrums.get(meetingId, sessionId);
        List<RostrumChart.Row> rows = rostrum.rows().stream().map(r -> new RostrumChart.Row(r.row(), r.seats().stream()
                .map(s -> new RostrumChart.Place(s.position(), s.axisOffset(), s.name(), s.rank())).toList()))
                .toList();
        String policy = (rostrum.side() == RostrumSeating.Side.LEFT_IS_HIGHER ? "左为上" : "右为上")
                + (rostrum.evenCount() == RostrumSeating.EvenCount.ONE_ON_THE_AXIS ? "、双数单摆" : "");
        String place = session.place == null ? "" : "　" + session.place;
        return RostrumChart.draw(new RostrumChart.Chart(meetingName(meetingId) + "主席台座次图",
                session.name + "　" + WHEN.format(session.startsAt.atZoneSameInstant(BEIJING)) + place, policy, rows));
    }

    /** The floors and their blocks from the map's document, each with the rows and seat numbers it spans. */
    static List<SeatChart.Floor> floors(SeatMapDocument document) {
        List<SeatChart.Floor> floors = new ArrayList<>();
        SeatPlan.extents(SeatMapMapping.plan(document)).forEach((floor, blocks) -> floors.add(new SeatChart.Floor(
                floor, blocks.stream().map(b -> new SeatChart.Block(b.code(), b.firstRow(),
                        b.lastRow() - b.firstRow() + 1, b.lastSeat() - b.firstSeat() + 1, b.firstSeat())).toList())));
        return floors;
    }

    private SessionEntity session(UUID meetingId, UUID sessionId) {
        return sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(ScheduleService.SESSION, sessionId));
    }

    /** The hall the session meets in, which must have a published seat map. */
    private SpaceEntity sessionHall(SessionEntity session) {
        SpaceEntity hall = session.spaceId == null ? null : spaces.findById(session.spaceId);
        if (hall == null || hall.kind != SpaceKind.HALL) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "Session {0} does not meet in a hall with a seat map, so it has no hall seats to print",
                    "会议日程 {0} 不在有座位图的会场举行，无会场座签可印", session.name),
                    List.of(new ProblemException.FieldIssue("source", Message.of("the session has no hall",
                            "该日程没有会场"))));
        }
        if (seatMaps.latest(hall.id).isEmpty()) {
            throw unpublished(hall);
        }
        return hall;
    }

    private static ProblemException unpublished(SpaceEntity hall) {
        return new ProblemException(ProblemType.CONFLICT, Message.of(
                "Hall {0} has no published seat map yet, so it has no seat chart", "会场 {0} 尚未发布座位图，无座位图可印",
                hall.name), List.of(new ProblemException.FieldIssue("spaceId", Message.of(
                "has no published seat map", "尚未发布座位图"))));
    }

    private String meetingName(UUID meetingId) {
        MeetingCopyEntity meeting = meetings.findById(meetingId);
        return meeting == null ? "" : meeting.name + "　";
    }

    private static String footer() {
        return "打印于 " + PRINTED.format(OffsetDateTime.now(BEIJING));
    }
}
