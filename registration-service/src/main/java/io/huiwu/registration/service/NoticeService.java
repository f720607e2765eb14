package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.AcknowledgementsView;
import io.huiwu.registration.api.NoticeRequest;
import io.huiwu.registration.api.NoticeView;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.NoticeEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Notices (handbook item 4, 会议通知): the eight elements, supplementary notices as new versions of the same notice,
 * and each attendee's acknowledgement of the version they read. Attendees, non-voting attendees and guests are
 * expected to acknowledge.
 */
@ApplicationScoped
public class NoticeService {

    static final List<Category> EXPECTED = List.of(Category.ATTENDEE, Category.NON_VOTING, Category.GUEST);

    private final NoticeEntities.Notices notices;
    private final NoticeEntities.Versions versions;
    private final NoticeEntities.Acknowledgements acknowledgements;
    private final AttendeeRepository attendees;
    private final MeetingService meetings;

    public NoticeService(NoticeEntities.Notices notices, NoticeEntities.Versions versions,
            NoticeEntities.Acknowledgements acknowledgements, AttendeeRepository attendees, MeetingService meetings) {
        this.notices = notices;
        this.versions = versions;
        this.acknowledgements = acknowledgements;
        this.attendees = attendees;
        this.meetings = meetings;
    }

    @Transactional
    public NoticeView issue(UUID meetingId, NoticeRequest request, String actor) {
        meetings.require(meetingId);
        NoticeEntities.Notice notice = new NoticeEntities.Notice();
        notice.id = UUID.randomUUID();
        notice.meetingId = meetingId;
        notice.currentVersion = 1;
        notices.persist(notice);
        versions.persist(version(notice.id, 1, request, actor, null));
        notices.flush();
        return view(notice);
    }

    /** A supplementary notice: the notice as it now stands, as its next version. */
    @Transactional
    public NoticeView supplement(UUID meetingId, UUID id, long expectedVersion, NoticeRequest request,
            String actor) {
        NoticeEntities.Notice notice = require(meetingId, id);
        notices.getEntityManager().lock(notice, LockModeType.PESSIMISTIC_WRITE);
        io.huiwu.chassis.web.Versions.check(expectedVersion, notice.currentVersion,
                RecordNames.named(RecordNames.NOTICE, id));
        if (request.changeSummary() == null || request.changeSummary().isBlank()) {
            throw ProblemException.invalidField("changeSummary", Message.of(
                    "must say what the supplementary notice changes", "须说明补充通知改了什么"));
        }
        notice.currentVersion++;
        versions.persist(version(notice.id, notice.currentVersion, request, actor, request.changeSummary().strip()));
        notices.flush();
        return view(notice);
    }

    @Transactional
    public List<NoticeView> list(UUID meetingId) {
        meetings.require(meetingId);
        return notices.find("meetingId", meetingId).list().stream().map(this::view)
                .sorted(java.util.Comparator.comparing((NoticeView n) -> n.versions().get(0).issuedAt())).toList();
    }

    @Transactional
    public NoticeView get(UUID meetingId, UUID id) {
        return view(require(meetingId, id));
    }

    @Transactional
    public NoticeView.NoticeVersionView version(UUID meetingId, UUID id, int version) {
        require(meetingId, id);
        NoticeEntities.NoticeVersion found = versions.findById(new NoticeEntities.VersionKey(id, version));
        if (found == null) {
            throw ProblemException.notFound(RecordNames.NOTICE_VERSION, version);
        }
        return view(found);
    }

    /** Records that an attendee acknowledged the current version; doing it again changes nothing. */
    @Transactional
    public AcknowledgementsView.Person acknowledge(UUID meetingId, UUID id, UUID attendeeId, String actor) {
        NoticeEntities.Notice notice = require(meetingId, id);
        AttendeeEntity attendee = attendees.find("id = ?1 and meetingId = ?2", attendeeId, meetingId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, attendeeId));
        if (attendee.status != AttendeeStatus.ACTIVE) {
            throw ProblemException.conflict(Message.of("{0} has withdrawn", "{0} 已退出", attendee.name));
        }
        NoticeEntities.AckKey key = new NoticeEntities.AckKey(id, notice.currentVersion, attendeeId);
        NoticeEntities.Acknowledgement ack = acknowledgements.findById(key);
        if (ack == null) {
            ack = new NoticeEntities.Acknowledgement();
            ack.noticeId = id;
            ack.version = notice.currentVersion;
            ack.attendeeId = attendeeId;
            ack.acknowledgedAt = MeetingService.now();
            ack.recordedBy = actor;
            acknowledgements.persist(ack);
        }
        return new AcknowledgementsView.Person(attendeeId, attendee.name, attendee.delegation, ack.acknowledgedAt,
                ack.recordedBy);
    }

    @Transactional
    public AcknowledgementsView acknowledgements(UUID meetingId, UUID id, Integer version) {
        NoticeEntities.Notice notice = require(meetingId, id);
        int which = version == null ? notice.currentVersion : version;
        if (which < 1 || which > notice.currentVersion) {
            throw ProblemException.notFound(RecordNames.NOTICE_VERSION, which);
        }
        Map<UUID, NoticeEntities.Acknowledgement> acks = acknowledgements
                .find("noticeId = ?1 and version = ?2", id, which).list().stream()
                .collect(Collectors.toMap(a -> a.attendeeId, Function.identity()));
        List<AttendeeEntity> expected = attendees.find("meetingId = ?1 and status = ?2 and category in ?3"
                + " order by strokeKey, id", meetingId, AttendeeStatus.ACTIVE, EXPECTED).list();
        List<AcknowledgementsView.Person> done = new ArrayList<>();
        List<AcknowledgementsView.Person> pending = new ArrayList<>();
        for (AttendeeEntity attendee : expected) {
            NoticeEntities.Acknowledgement ack = acks.get(attendee.id);
            if (ack == null) {
                pending.add(new AcknowledgementsView.Person(attendee.id, attendee.name, attendee.delegation, null,
                        null));
            } else {
                done.add(new AcknowledgementsView.Person(attendee.id, attendee.name, attendee.delegation,
                        ack.acknowledgedAt, ack.recordedBy));
            }
        }
        return new AcknowledgementsView(id, which, done.size(), pending.size(), done, pending);
    }

    private NoticeEntities.Notice require(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return notices.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.NOTICE, id));
    }

    private static NoticeEntities.NoticeVersion version(UUID noticeId, int number, NoticeRequest request,
            String actor, String summary) {
        NoticeEntities.NoticeVersion version = new NoticeEntities.NoticeVersion();
        version.noticeId = noticeId;
        version.version = number;
        version.name = request.name().strip();
        version.content = request.content().strip();
        version.participants = request.participants().strip();
        version.checkIn = request.checkIn().strip();
        version.duration = request.duration().strip();
        version.venue = request.venue().strip();
        version.dress = request.dress().strip();
        version.notes = request.notes().strip();
        version.changeSummary = summary;
        version.issuedBy = actor;
        version.issuedAt = MeetingService.now();
        return version;
    }

    private NoticeView view(NoticeEntities.Notice notice) {
        List<NoticeEntities.NoticeVersion> all = versions.find("noticeId = ?1 order by version", notice.id).list();
        NoticeEntities.NoticeVersion current = all.get(all.size() - 1);
        return new NoticeView(notice.id, notice.meetingId, notice.currentVersion, view(current),
                all.stream().map(v -> new NoticeView.Summary(v.version, v.changeSummary, v.issuedBy, v.issuedAt))
                        .toList(), notice.currentVersion);
    }

    private static NoticeView.NoticeVersionView view(NoticeEntities.NoticeVersion v) {
        return new NoticeView.NoticeVersionView(v.version, v.name, v.content, v.participants, v.checkIn, v.duration,
                v.venue, v.dress, v.notes, v.changeSummary, v.issuedBy, v.issuedAt);
    }
}
