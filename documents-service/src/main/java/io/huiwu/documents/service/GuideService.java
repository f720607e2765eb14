package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Paging;
import io.huiwu.chassis.web.SortSpec;
import io.huiwu.chassis.web.Versions;
import io.huiwu.documents.api.GuidePageView;
import io.huiwu.documents.api.GuideRequest;
import io.huiwu.documents.api.GuideView;
import io.huiwu.documents.config.RecallConfig;
import io.huiwu.documents.persistence.GuideContents;
import io.huiwu.documents.persistence.GuideContents.Content;
import io.huiwu.documents.persistence.GuideStore;
import io.huiwu.documents.persistence.SessionCopies;
import io.huiwu.documents.persistence.SessionCopies.Session;
import io.huiwu.documents.print.GuidePdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The attendee guide (会议须知): what the organiser or the secretariat write for it (notices, staff contacts), under
 * optimistic concurrency (If-Match), and the general guide compiled from it and from the copies this service keeps
 * of the schedule (venue) and the discussion groups (registration), always from the tables as they are now.
 */
@ApplicationScoped
public class GuideService {

    static final Message GUIDE = Message.of("The attendee guide", "会议须知");
    public static final Message PERSON = Message.of("Attendee", "参会人员");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final String GROUP = "GROUP";

    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> MEALS = Map.of("BREAKFAST", "早餐", "LUNCH", "午餐", "DINNER", "晚餐");
    /** The most persons one batch prints. */
    static final int BATCH_LIMIT = 2000;

    private final GuideContents contents;
    private final GuideStore store;
    private final SessionCopies sessions;
    private final RosterReplica roster;
    private final RecallService recalls;
    private final PickupService pickups;
    private final ZoneId zone;

    public GuideService(GuideContents contents, GuideStore store, SessionCopies sessions, RosterReplica roster,
            RecallService recalls, PickupService pickups, RecallConfig config) {
        this.contents = contents;
        this.store = store;
        this.sessions = sessions;
        this.roster = roster;
        this.recalls = recalls;
        this.pickups = pickups;
        this.zone = config.zone();
    }

    /** The guide's text; version 0 and empty until first written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GuideView content(UUID meetingId) {
        return contents.find(meetingId, false).map(GuideService::view)
                .orElseGet(() -> new GuideView(meetingId, 0, List.of(), List.of(), null, null));
    }

    /** Replaces the guide's text over the version the writer read (412 when it has moved since). */
    @Transactional
    public GuideView write(UUID meetingId, long expected, GuideRequest request, String actor) {
        long current = contents.find(meetingId, true).map(Content::version).orElse(0L);
        Versions.check(expected, current, GUIDE);
        Content next = new Content(meetingId, current + 1, List.copyOf(request.notices()),
                List.copyOf(request.contacts()), actor, OffsetDateTime.now(ZoneOffset.UTC));
        if (!contents.write(next, expected)) {
            // the first version was written by someone else between the read and the insert
            Versions.check(expected, expected + 1, GUIDE);
        }
        return view(next);
    }

    /** The general guide: notices, the schedule by day, the groups, the staff contacts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] generalPdf(UUID meetingId) {
        GuideView content = content(meetingId);
        List<Session> schedule = sessions.list(meetingId).stream().filter(s -> !s.cancelled()).toList();
        Map<LocalDate, List<GuidePdf.Slot>> days = new TreeMap<>();
        for (Session session : schedule) {
            days.computeIfAbsent(day(session.startsAt()), d -> new ArrayList<>()).add(new GuidePdf.Slot(
                    times(session), session.name(), session.place()));
        }
        Map<UUID, Set<String>> rooms = groupRooms(schedule);
        List<GuidePdf.Group> groups = store.groups(meetingId).stream().map(g -> new GuidePdf.Group(g.name(),
                g.members().stream().filter(GuideStore.Member::convener).map(GuideStore.Member::name)
                        .collect(Collectors.joining("、")),
                rooms.containsKey(g.groupId()) ? String.join("、", rooms.get(g.groupId())) : g.room(),
                g.members().size())).toList();
        Map<String, List<GuidePdf.Contact>> staff = new LinkedHashMap<>();
        for (GuideRequest.Contact contact : content.contacts()) {
            staff.computeIfAbsent(contact.workingGroup().strip(), w -> new ArrayList<>()).add(new GuidePdf.Contact(
                    contact.name(), contact.role(), contact.phone()));
        }
        return GuidePdf.general(new GuidePdf.General(meetingName(meetingId),
                content.notices().stream().map(n -> new GuidePdf.Notice(n.title(), n.text())).toList(),
                days.entrySet().stream().map(e -> new GuidePdf.Day(dayHeading(e.getKey()), e.getValue())).toList(),
                groups, staff.entrySet().stream().map(e -> new GuidePdf.WorkingGroup(e.getKey(), e.getValue()))
                        .toList()));
    }

    /** A person's page, from the tables as they are now; 404 for someone not on the roster. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GuidePageView page(UUID meetingId, UUID attendeeId) {
        ReplicatedAttendee person = roster.require(meetingId, attendeeId);
        return page(meetingId, person, sessions.list(meetingId).stream().filter(s -> !s.cancelled()).toList(),
                store.groups(meetingId));
    }

    /** A person's page as a PDF. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pagePdf(UUID meetingId, UUID attendeeId) {
        GuidePageView page = page(meetingId, attendeeId);
        String meeting = meetingName(meetingId);
        return GuidePdf.pages(page.name() + " 个人会议须知", List.of(printed(meeting, page)));
    }

    /**
     * The pages of a delegation's or a category's people (exactly one of the two), one each, in the roster's order
     * (rank, then surname strokes), for printing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] batchPdf(UUID meetingId, String delegation, String category) {
        if ((delegation == null) == (category == null)) {
            throw ProblemException.invalidField(delegation == null ? "delegation" : "category", Message.of(
                    "name exactly one of delegation and category", "代表团与人员类别须且只须指定其一"));
        }
        List<Session> schedule = sessions.list(meetingId).stream().filter(s -> !s.cancelled()).toList();
        List<GuideStore.Group> groups = store.groups(meetingId);
        SortSpec order = SortSpec.parse(null, Set.of("rank", "strokes"), "rank,strokes");
        List<ReplicatedAttendee> people = new ArrayList<>();
        for (int index = 0; people.size() < BATCH_LIMIT; index++) {
            PageResult<ReplicatedAttendee> batch = roster.list(new RosterReplica.Query(meetingId, category,
                    delegation, order, index, Paging.MAX_SIZE));
            people.addAll(batch.items());
            if (batch.items().size() < Paging.MAX_SIZE) {
                break;
            }
        }
        if (people.size() > BATCH_LIMIT) {
            throw ProblemException.invalidField(delegation != null ? "delegation" : "category", Message.of(
                    "more than {0} people: print a smaller part", "超过 {0} 人，请分批打印", BATCH_LIMIT));
        }
        String meeting = meetingName(meetingId);
        List<GuidePdf.Page> pages = people.stream().map(p -> printed(meeting, page(meetingId, p, schedule, groups)))
                .toList();
        return GuidePdf.pages(meeting + " 个人会议须知（" + (delegation != null ? delegation : category) + "）", pages);
    }

    private GuidePageView page(UUID meetingId, ReplicatedAttendee person, List<Session> schedule,
            List<GuideStore.Group> groups) {
        UUID attendeeId = person.id();
        Set<UUID> own = groups.stream().filter(g -> g.members().stream()
                .anyMatch(m -> attendeeId.equals(m.attendeeId()))).map(GuideStore.Group::groupId)
                .collect(Collectors.toSet());
        Map<UUID, GuidePageView.Seat> bySession = new LinkedHashMap<>();
        GuidePageView.Seat standing = null;
        for (GuideStore.Seat seat : store.seats(meetingId, attendeeId)) {
            GuidePageView.Seat view = new GuidePageView.Seat(seat.seatLabel(), seat.hall(), seat.floor(),
                    seat.block(), seat.row(), seat.number());
            if (seat.sessionId() == null) {
                standing = view;
            } else {
                bySession.put(seat.sessionId(), view);
            }
        }
        List<GuidePageView.SessionSeat> seats = new ArrayList<>();
        for (Session session : schedule) {
            if (GROUP.equals(session.kind()) && !session.groupIds().isEmpty()
                    && session.groupIds().stream().noneMatch(own::contains)) {
                continue;
            }
            GuidePageView.Seat seat = bySession.get(session.sessionId());
            seats.add(new GuidePageView.SessionSeat(session.sessionId(), session.name(), session.startsAt(),
                    session.endsAt(), session.place(), seat != null ? seat : standing,
                    seat == null && standing != null));
        }
        GuidePageView.Room room = store.room(meetingId, attendeeId).map(r -> new GuidePageView.Room(r.hotel(),
                r.building(), r.floor(), r.room(), r.bed(), r.phone(),
                r.roommates().stream().map(GuideStore.Roommate::name).toList())).orElse(null);
        List<GuidePageView.Table> tables = store.tables(meetingId, attendeeId).stream().map(t ->
                new GuidePageView.Table(t.day(), t.meal(), t.hall(), t.table(), t.seat())).toList();
        List<GuidePageView.CopyDue> due = recalls.outstanding(meetingId, null, attendeeId).stream().map(c ->
                new GuidePageView.CopyDue(c.copyId(), c.documentId(), c.document(), c.copyNumber())).toList();
        GuideStore.Revision revision = store.revision(meetingId, attendeeId).orElse(null);
        return new GuidePageView(meetingId, attendeeId, person.name(), person.delegation(),
                revision == null ? 0 : revision.revision(), revision == null ? null : revision.changedAt(), seats,
                standing, room, tables, pickups.forGuide(meetingId, attendeeId).orElse(null), due);
    }

    private GuidePdf.Page printed(String meeting, GuidePageView page) {
        List<GuidePdf.Line> about = new ArrayList<>(List.of(new GuidePdf.Line("姓名", page.name()),
                new GuidePdf.Line("代表团", page.delegation() == null ? "—" : page.delegation())));
        if (page.standingSeat() != null) {
            about.add(new GuidePdf.Line("固定座位", page.standingSeat().hall() + " " + page.standingSeat().seatLabel()));
        }
        List<List<String>> seats = new ArrayList<>();
        seats.add(List.of("场次", "时间", "地点", "座位"));
        for (GuidePageView.SessionSeat seat : page.seats()) {
            seats.add(List.of(seat.session(), dayHeading(day(seat.startsAt())) + " "
                    + TIME.format(seat.startsAt().atZoneSameInstant(zone)), seat.place() == null ? "—" : seat.place(),
                    seat.seat() == null ? "—" : seat.seat().hall() + " " + seat.seat().seatLabel()));
        }
        List<List<String>> room = new ArrayList<>();
        room.add(List.of("宾馆", "楼栋", "房间", "床位", "房间电话", "同住人"));
        if (page.room() != null) {
            GuidePageView.Room r = page.room();
            room.add(List.of(r.hotel(), r.building() + " " + r.floor() + "层", r.room(), r.bed(),
                    r.phone() == null ? "—" : r.phone(), r.roommates().isEmpty() ? "—"
                            : String.join("、", r.roommates())));
        }
        List<List<String>> tables = new ArrayList<>();
        tables.add(List.of("日期", "餐次", "餐厅", "桌号", "座位"));
        for (GuidePageView.Table t : page.tables()) {
            tables.add(List.of(dayHeading(t.day()), MEALS.getOrDefault(t.meal(), t.meal()), t.hall(),
                    t.table() + "号桌", t.seat()));
        }
        List<List<String>> pickup = new ArrayList<>();
        pickup.add(List.of("时间", "地点", "车次/航班", "车辆", "联系人"));
        if (page.pickup() != null) {
            GuidePageView.Pickup p = page.pickup();
            pickup.add(List.of(dayHeading(day(p.at())) + " " + TIME.format(p.at().atZoneSameInstant(zone)),
                    orNone(p.place()), orNone(p.service()), orNone(p.vehicle()), orNone(p.contact())));
        }
        List<List<String>> copies = new ArrayList<>();
        copies.add(List.of("文件", "份号"));
        page.copiesDue().forEach(c -> copies.add(List.of(c.document(), c.copyNumber())));
        String revision = page.revision() == 0 ? "尚无安排" : "第" + page.revision() + "版 · 更新于 "
                + CHANGED.format(page.changedAt().atZoneSameInstant(zone));
        return new GuidePdf.Page(meeting, page.name(), about, List.of(
                new GuidePdf.Part("一、座位", seats, new float[] {4f, 3.2f, 3f, 3.5f}),
                new GuidePdf.Part("二、住宿", room, new float[] {2.5f, 2f, 1.3f, 1f, 1.8f, 2.5f}),
                new GuidePdf.Part("三、用餐", tables, new float[] {3f, 1.5f, 3f, 1.5f, 1.2f}),
                new GuidePdf.Part("四、接站", pickup, new float[] {2.6f, 2.2f, 1.8f, 3.2f, 2.2f}),
                new GuidePdf.Part("五、会后须清退的文件", copies, new float[] {7f, 2f})), revision);
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    /** The meeting's name as registration last published it; 会议 while it has not. */
    String meetingName(UUID meetingId) {
        return store.meetingName(meetingId).orElse("会议");
    }

    /**
     * Where each group meets: the places of the group sessions (not cancelled) it takes part in, in the order of
     * the sessions; a group without such a session meets where registration says (its room), if anywhere.
     */
    static Map<UUID, Set<String>> groupRooms(List<Session> schedule) {
        Map<UUID, Set<String>> rooms = new LinkedHashMap<>();
        for (Session session : schedule) {
            if (GROUP.equals(session.kind()) && session.place() != null && !session.place().isBlank()) {
                for (UUID group : session.groupIds()) {
                    rooms.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(session.place());
                }
            }
        }
        return rooms;
    }

    LocalDate day(OffsetDateTime time) {
        return time.atZoneSameInstant(zone).toLocalDate();
    }

    String times(Session session) {
        return TIME.format(session.startsAt().atZoneSameInstant(zone)) + "—"
                + TIME.format(session.endsAt().atZoneSameInstant(zone));
    }

    /** 3月5日（星期五）. */
    static String dayHeading(LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日（"
                + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA) + "）";
    }

    private static GuideView view(Content content) {
        return new GuideView(content.meetingId(), content.version(), content.notices(), content.contacts(),
                content.updatedBy(), content.updatedAt());
    }
}
