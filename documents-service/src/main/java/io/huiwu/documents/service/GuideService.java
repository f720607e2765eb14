package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.web.Versions;
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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final String GROUP = "GROUP";


    private final GuideContents contents;
    private final GuideStore store;
    private final SessionCopies sessions;
    private final ZoneId zone;

    public GuideService(GuideContents contents, GuideStore store, SessionCopies sessions, RecallConfig config) {
        this.contents = contents;
        this.store = store;
        this.sessions = sessions;
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
