package io.huiwu.documents.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.documents.api.GroupRecordsDraftView;
import io.huiwu.documents.api.SessionRecordRequest;
import io.huiwu.documents.api.SessionRecordRequest.Recording;
import io.huiwu.documents.api.SessionRecordView;
import io.huiwu.documents.config.RecallConfig;
import io.huiwu.documents.domain.SessionRecordKind;
import io.huiwu.documents.event.PublicationEvents;
import io.huiwu.documents.event.PublicationEvents.MinutesRecorded;
import io.huiwu.documents.persistence.SessionCopies.Session;
import io.huiwu.documents.persistence.SessionRecords;
import io.huiwu.documents.persistence.SessionRecords.Head;
import io.huiwu.documents.persistence.SessionRecords.Version;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session's host script (主持词), minutes (会议记录) and group record (小组讨论记录, GROUP sessions only): each save
 * names the version it replaces and becomes the next one (another is 409 naming the current version); earlier
 * versions are kept. Minutes marked final publish {@code minutes-recorded} and take no more versions.
 */
@ApplicationScoped
public class SessionRecordService {

    static final String GROUP = "GROUP";
    private static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final SessionRecords records;
    private final SessionService sessions;
    private final DocumentService documents;
    private final PublicationEvents events;
    private final RecallConfig zone;
    private final ObjectMapper json;

    public SessionRecordService(SessionRecords records, SessionService sessions, DocumentService documents,
            PublicationEvents events, RecallConfig zone, ObjectMapper json) {
        this.records = records;
        this.sessions = sessions;
        this.documents = documents;
        this.events = events;
        this.zone = zone;
        this.json = json;
    }

    @Transactional
    public SessionRecordView save(UUID meetingId, UUID sessionId, SessionRecordKind kind,
            SessionRecordRequest request, String actor) {
        Session session = sessions.require(meetingId, sessionId);
        if (session.cancelled()) {
            throw ProblemException.conflict(Message.of("the session {0} was cancelled: its {1} is not kept",
                    "会议场次{0}已取消，不再保存其{1}", session.name(), kind.label()));
        }
        if (kind == SessionRecordKind.GROUP_RECORD && !GROUP.equals(session.kind())) {
            throw ProblemException.conflict(Message.of("the session {0} is a {1} session: only a GROUP session has"
                    + " a group record", "会议场次{0}的类型为{1}，只有分组讨论（GROUP）才有小组讨论记录", session.name(),
                    session.kind()));
        }
        if (request.documentId() != null && documents.find(meetingId, request.documentId()).isEmpty()) {
            throw ProblemException.invalidField("documentId", Message.of("is not a document of this meeting: {0}",
                    "不是本次会议的文件：{0}", request.documentId()));
        }
        List<Recording> recordings = request.recordings() == null ? List.of() : request.recordings();
        for (int i = 0; i < recordings.size(); i++) {
            checkLink(i, recordings.get(i).url());
        }
        Head head = records.lock(meetingId, sessionId, kind);
        if (head.finalVersion() != null) {
            throw ProblemException.conflict(Message.of("the {0} of {1} were marked final at version {2} by {3}: no"
                    + " more versions", "{1}的{0}已由{3}定稿（第{2}版），不能再修改", kind.label(), session.name(),
                    head.finalVersion(), head.finalisedBy()));
        }
        if (head.version() != request.expectedVersion()) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "the {0} of {1} are at version {2}, not {3}: read the current version and save again",
                    "{1}的{0}当前为第{2}版而非第{3}版，请读取当前版本后重新保存", kind.label(), session.name(),
                    head.version(), request.expectedVersion()), List.of(new ProblemException.FieldIssue(
                    "expectedVersion", Message.of("the current version is {0}", "当前版本为{0}", head.version()))));
        }
        int version = head.version() + 1;
        String links;
        try {
            links = json.writeValueAsString(recordings.stream().map(r -> new Recording(blankToNull(r.title()),
                    r.url().strip())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the recordings", e);
        }
        records.append(sessionId, kind, version, request.text(), request.documentId(), links, actor,
                DocumentService.now());
        return get(meetingId, sessionId, kind, version);
    }

    @Transactional
    public SessionRecordView markFinal(UUID meetingId, UUID sessionId, int version, String actor) {
        Session session = sessions.require(meetingId, sessionId);
        SessionRecordKind kind = SessionRecordKind.MINUTES;
        Head head = records.lock(meetingId, sessionId, kind);
        if (head.version() == 0) {
            throw ProblemException.conflict(Message.of("the session {0} has no minutes yet", "会议场次{0}尚无会议记录",
                    session.name()));
        }
        if (head.finalVersion() != null) {
            throw ProblemException.conflict(Message.of("the minutes of {0} were marked final at version {1} by {2}",
                    "{0}的会议记录已由{2}定稿（第{1}版）", session.name(), head.finalVersion(), head.finalisedBy()));
        }
        if (head.version() != version) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "the minutes of {0} are at version {1}, not {2}: only the current version can be marked final",
                    "{0}的会议记录当前为第{1}版而非第{2}版，只能将当前版本定稿", session.name(), head.version(),
                    version), List.of(new ProblemException.FieldIssue("version", Message.of(
                    "the current version is {0}", "当前版本为{0}", head.version()))));
        }
        OffsetDateTime now = DocumentService.now();
        records.markFinal(sessionId, kind, version, actor, now);
        SessionRecordView minutes = get(meetingId, sessionId, kind, version);
        events.minutesRecorded(new MinutesRecorded(meetingId, sessionId, session.name(), session.kind(),
                session.startsAt(), version, minutes.documentId(), minutes.recordings().size(), actor, now));
        return minutes;
    }

    /** The current version, or the one asked for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionRecordView get(UUID meetingId, UUID sessionId, SessionRecordKind kind, Integer version) {
        Session session = sessions.require(meetingId, sessionId);
        return records.version(sessionId, kind, version).map(v -> view(meetingId, v))
                .orElseThrow(() -> version == null
                        ? ProblemException.notFound(Message.of("the {0} of session", "会议场次的{0}", kind.label()),
                                session.name())
                        : ProblemException.notFound(Message.of("{0} version", "{0}版本", kind.label()), version));
    }

    /** Every version, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionRecordView> history(UUID meetingId, UUID sessionId, SessionRecordKind kind) {
        sessions.require(meetingId, sessionId);
        return records.history(sessionId, kind).stream().map(v -> view(meetingId, v)).toList();
    }

    /**
     * The current group records of the meeting's GROUP sessions (not cancelled), or of those of one day, in the
     * order of the sessions (by start, then name), gathered into a draft text.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GroupRecordsDraftView gather(UUID meetingId, LocalDate date) {
        Map<UUID, Version> current = new HashMap<>();
        records.current(meetingId, SessionRecordKind.GROUP_RECORD).forEach(v -> current.put(v.sessionId(), v));
        List<GroupRecordsDraftView.Group> groups = new ArrayList<>();
        StringBuilder text = new StringBuilder("各小组讨论情况汇总（草稿）\n");
        if (date != null) {
            text.append(date.getYear()).append('年').append(date.getMonthValue()).append('月')
                    .append(date.getDayOfMonth()).append("日\n");
        }
        for (Session session : sessions.sessions(meetingId)) {
            Version record = current.get(session.sessionId());
            if (record == null || session.cancelled() || !GROUP.equals(session.kind())
                    || date != null && !session.startsAt().atZoneSameInstant(zone.zone()).toLocalDate().equals(date)) {
                continue;
            }
            groups.add(new GroupRecordsDraftView.Group(session.sessionId(), session.name(), session.startsAt(),
                    session.place(), record.version(), record.body()));
            text.append('\n').append(numeral(groups.size())).append('、').append(session.name()).append('（')
                    .append(session.place() == null ? "" : session.place() + "，")
                    .append(WHEN.format(session.startsAt().atZoneSameInstant(zone.zone()))).append("）\n")
                    .append(record.body().strip()).append('\n');
        }
        if (groups.isEmpty()) {
            text.append("\n（尚无小组讨论记录）\n");
        }
        return new GroupRecordsDraftView(meetingId, date, text.toString(), groups);
    }

    private SessionRecordView view(UUID meetingId, Version v) {
        List<Recording> recordings;
        try {
            recordings = json.readValue(v.recordings(), new TypeReference<List<Recording>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable recordings of session " + v.sessionId(), e);
        }
        return new SessionRecordView(meetingId, v.sessionId(), v.kind().name(), v.version(), v.currentVersion(),
                v.finalVersion(), v.body(), v.documentId(), recordings, v.savedBy(), v.savedAt());
    }

    /** A recording's link: an absolute http or https URL with a host, else 400 naming it. */
    private static void checkLink(int index, String url) {
        String field = "recordings[" + index + "].url";
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw ProblemException.invalidField(field, Message.of("is not an http or https link: {0}",
                "不是有效的 http 或 https 链接：{0}", url));
    }

    static String numeral(int n) {
        if (n <= 10) {
            return NUMERALS[n];
        }
        if (n < 20) {
            return "十" + NUMERALS[n % 10];
        }
        return NUMERALS[n / 10] + "十" + (n % 10 == 0 ? "" : NUMERALS[n % 10]);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
