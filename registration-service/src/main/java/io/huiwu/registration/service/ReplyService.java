package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.RepliesView;
import io.huiwu.registration.api.ReplyRequest;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.ReplyAnswer;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.NoticeEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Replies to a notice (回执): each expected attendee (or staff for them) answers the current version: attend, leave
 * with a reason, or a substitute for the categories that may send one; with companions and needs. A reply to the same
 * version again replaces the first; a supplement (a new version) asks again.
 */
@ApplicationScoped
public class ReplyService {

    private static final String UPSERT = "insert into notice_reply (notice_id, notice_version, attendee_id, answer,"
            + " reason, substitute_name, substitute_unit, substitute_title, companions, needs, replied_by, replied_at)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) on conflict (notice_id, notice_version,"
            + " attendee_id) do update set answer = excluded.answer, reason = excluded.reason, substitute_name ="
            + " excluded.substitute_name, substitute_unit = excluded.substitute_unit, substitute_title ="
            + " excluded.substitute_title, companions = excluded.companions, needs = excluded.needs, replied_by ="
            + " excluded.replied_by, replied_at = excluded.replied_at";

    private final NoticeEntities.Notices notices;
    private final AttendeeRepository attendees;
    private final MeetingService meetings;
    private final EntityManager entityManager;

    public ReplyService(NoticeEntities.Notices notices, AttendeeRepository attendees, MeetingService meetings,
            EntityManager entityManager) {
        this.notices = notices;
        this.attendees = attendees;
        this.meetings = meetings;
        this.entityManager = entityManager;
    }

    @Transactional
    public RepliesView.Reply reply(UUID meetingId, UUID noticeId, UUID attendeeId, ReplyRequest request,
            String actor) {
        NoticeEntities.Notice notice = require(meetingId, noticeId);
        AttendeeEntity attendee = attendees.find("id = ?1 and meetingId = ?2", attendeeId, meetingId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, attendeeId));
        if (attendee.status != AttendeeStatus.ACTIVE) {
            throw ProblemException.conflict(Message.of("{0} has withdrawn from the meeting; there is nothing to"
                    + " reply", "{0} 已退出会议，无需回执", attendee.name));
        }
        String reason = blankToNull(request.reason());
        ReplyRequest.Substitute substitute = request.substitute();
        switch (request.answer()) {
            case LEAVE -> {
                if (reason == null) {
                    throw ProblemException.invalidField("reason", Message.of("is needed to ask for leave",
                            "请假须说明事由"));
                }
                substitute = null;
            }
            case SUBSTITUTE -> {
                if (substitute == null) {
                    throw ProblemException.invalidField("substitute", Message.of(
                            "is needed: who comes instead (name, unit, title)", "须给出代会人员（姓名、单位、职务）"));
                }
                if (!ReplyAnswer.substituteAllowed(attendee.category)) {
                    throw ProblemException.conflict(Message.of("{0} is a {1}: only non-voting attendees, guests and"
                            + " press may send a substitute", "{0} 属于 {1}：仅列席人员、特邀嘉宾和记者可以派人代会",
                            attendee.name, attendee.category));
                }
            }
            case ATTEND -> substitute = null;
        }
        OffsetDateTime now = MeetingService.now();
        int companions = request.companions() == null ? 0 : request.companions();
        entityManager.createNativeQuery(UPSERT).setParameter(1, noticeId).setParameter(2, notice.currentVersion)
                .setParameter(3, attendeeId).setParameter(4, request.answer().name()).setParameter(5, reason)
                .setParameter(6, substitute == null ? null : substitute.name().strip())
                .setParameter(7, substitute == null ? null : blankToNull(substitute.unit()))
                .setParameter(8, substitute == null ? null : blankToNull(substitute.title()))
                .setParameter(9, companions).setParameter(10, blankToNull(request.needs()))
                .setParameter(11, actor).setParameter(12, now).executeUpdate();
        return new RepliesView.Reply(attendeeId, attendee.name, attendee.delegation, request.answer(), reason,
                substitute, companions, blankToNull(request.needs()), actor, now);
    }

    /** The replies to a version (the current one by default), counted, and who has not replied. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RepliesView replies(UUID meetingId, UUID noticeId, Integer version) {
        NoticeEntities.Notice notice = require(meetingId, noticeId);
        int which = version == null ? notice.currentVersion : version;
        if (which < 1 || which > notice.currentVersion) {
            throw ProblemException.notFound(RecordNames.NOTICE_VERSION, which);
        }
        Map<UUID, Object[]> rows = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("select attendee_id, answer, reason, substitute_name,"
                        + " substitute_unit, substitute_title, companions, needs, replied_by, replied_at"
                        + " from notice_reply where notice_id = ?1 and notice_version = ?2")
                .setParameter(1, noticeId).setParameter(2, which).getResultList()) {
            Object[] columns = (Object[]) row;
            rows.put((UUID) columns[0], columns);
        }
        List<AttendeeEntity> expected = attendees.find("meetingId = ?1 and status = ?2 and category in ?3"
                + " order by strokeKey, id", meetingId, AttendeeStatus.ACTIVE, NoticeService.EXPECTED).list();
        Map<ReplyAnswer, Long> counts = new EnumMap<>(ReplyAnswer.class);
        List<RepliesView.Reply> replies = new ArrayList<>();
        List<RepliesView.Person> pending = new ArrayList<>();
        for (AttendeeEntity attendee : expected) {
            Object[] row = rows.get(attendee.id);
            if (row == null) {
                pending.add(new RepliesView.Person(attendee.id, attendee.name, attendee.delegation));
                continue;
            }
            ReplyAnswer answer = ReplyAnswer.valueOf((String) row[1]);
            counts.merge(answer, 1L, Long::sum);
            ReplyRequest.Substitute substitute = row[3] == null ? null
                    : new ReplyRequest.Substitute((String) row[3], (String) row[4], (String) row[5]);
            replies.add(new RepliesView.Reply(attendee.id, attendee.name, attendee.delegation, answer,
                    (String) row[2], substitute, ((Number) row[6]).intValue(), (String) row[7], (String) row[8],
                    toOffset(row[9])));
        }
        return new RepliesView(noticeId, which, counts.getOrDefault(ReplyAnswer.ATTEND, 0L),
                counts.getOrDefault(ReplyAnswer.LEAVE, 0L), counts.getOrDefault(ReplyAnswer.SUBSTITUTE, 0L),
                pending.size(), replies, pending);
    }

    private NoticeEntities.Notice require(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return notices.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.NOTICE, id));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
