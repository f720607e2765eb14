package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.AbsenceRequest;
import io.huiwu.registration.api.AbsenceView;
import io.huiwu.registration.domain.Attendance;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.MeetingTime;
import io.huiwu.registration.event.AttendanceEvents;
import io.huiwu.registration.persistence.AbsenceEntity;
import io.huiwu.registration.persistence.AttendanceRepositories;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.MeetingEntity;
import io.huiwu.registration.persistence.MeetingSessionEntity;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The leave register (请假): who is away, for which period or sessions, why (the kind travels, the words stay
 * here) and who approved it. A leave is withdrawn, never deleted; each change publishes an event.
 */
@ApplicationScoped
public class AbsenceService {


    private final AttendanceRepositories.Absences absences;
    private final AttendanceRepositories.Sessions sessions;
    private final AttendeeRepository attendees;
    private final MeetingService meetings;
    private final AttendanceEvents events;

    public AbsenceService(AttendanceRepositories.Absences absences, AttendanceRepositories.Sessions sessions,
            AttendeeRepository attendees, MeetingService meetings, AttendanceEvents events) {
        this.absences = absences;
        this.sessions = sessions;
        this.attendees = attendees;
        this.meetings = meetings;
        this.events = events;
    }

    @Transactional
    public AbsenceView report(UUID meetingId, AbsenceRequest request, String actor) {
        MeetingEntity meeting = meetings.require(meetingId);
        AttendeeEntity attendee = attendees.find("id = ?1 and meetingId = ?2", request.attendeeId(), meetingId)
                .firstResultOptional().orElseThrow(() -> ProblemException.invalidField("attendeeId",
                        Message.of("{0} is not on the roster of this meeting", "{0} 不在本次会议名册中",
                                request.attendeeId())));
        if (attendee.status != AttendeeStatus.ACTIVE) {
            throw ProblemException.conflict(Message.of("{0} has withdrawn from the meeting; a withdrawn attendee"
                    + " takes no leave", "{0} 已退出会议，无需请假", attendee.name));
        }
        List<UUID> sessionIds = request.sessionIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.sessionIds()));
        checkPeriod(request, meeting, sessionIds);
        for (UUID sessionId : sessionIds) {
            MeetingSessionEntity session = sessions.findById(sessionId);
            if (session == null || !session.meetingId.equals(meetingId)) {
                throw ProblemException.invalidField("sessionIds", Message.of(
                        "names {0}, which is not a session of this meeting", "包含 {0}，它不是本次会议的会次",
                        sessionId));
            }
            if (session.cancelled) {
                throw ProblemException.invalidField("sessionIds", Message.of(
                        "names {0}, which was cancelled", "包含已取消的会次 {0}", session.name));
            }
        }
        AbsenceEntity absence = new AbsenceEntity();
        absence.id = UUID.randomUUID();
        absence.meetingId = meetingId;
        absence.attendeeId = attendee.id;
        absence.from = request.from();
        absence.to = request.to();
        absence.sessionIds = sessionIds.toArray(UUID[]::new);
        absence.reasonKind = request.reasonKind();
        absence.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        absence.approvedBy = request.approvedBy().strip();
        absence.status = AbsenceEntity.Status.REPORTED;
        absence.recordedBy = actor;
        absence.recordedAt = MeetingService.now();
        absences.persist(absence);
        absences.flush();
        events.reported(absence);
        return view(absence, attendee);
    }

    /** Takes a leave back (the person came after all, or it was recorded by mistake); it stays on record. */
    @Transactional
    public AbsenceView withdraw(UUID meetingId, UUID absenceId, long expectedVersion, String actor) {
        AbsenceEntity absence = require(meetingId, absenceId);
        Versions.check(expectedVersion, absence.version, RecordNames.named(RecordNames.ABSENCE, absenceId));
        if (absence.status == AbsenceEntity.Status.WITHDRAWN) {
            throw ProblemException.conflict(Message.of("This leave was already withdrawn by {0}",
                    "该请假已由 {0} 撤销", absence.withdrawnBy));
        }
        absence.status = AbsenceEntity.Status.WITHDRAWN;
        absence.withdrawnBy = actor;
        absence.withdrawnAt = MeetingService.now();
        absences.flush();
        events.withdrawn(absence);
        return view(absence, attendees.findById(absence.attendeeId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AbsenceView get(UUID meetingId, UUID absenceId) {
        AbsenceEntity absence = require(meetingId, absenceId);
        return view(absence, attendees.findById(absence.attendeeId));
    }

    /**
     * Leaves of the meeting, newest first; of one person, in one state, or covering one session.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AbsenceView> list(UUID meetingId, UUID attendeeId, AbsenceEntity.Status status, UUID sessionId) {
        meetings.require(meetingId);
        StringBuilder where = new StringBuilder("meetingId = :meeting");
        Parameters parameters = Parameters.with("meeting", meetingId);
        if (attendeeId != null) {
            where.append(" and attendeeId = :attendee");
            parameters.and("attendee", attendeeId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        List<AbsenceEntity> found = absences.find(where + " order by recordedAt desc, id", parameters).list();
        if (sessionId != null) {
            MeetingSessionEntity session = sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId)
                    .firstResultOptional().orElseThrow(() -> ProblemException.notFound(RecordNames.SESSION,
                            sessionId));
            found = found.stream().filter(a -> Attendance.covers(a.from, a.to, List.of(a.sessionIds), session.id,
                    session.startsAt, session.endsAt)).toList();
        }
        Set<UUID> people = found.stream().map(a -> a.attendeeId).collect(Collectors.toSet());
        Map<UUID, AttendeeEntity> byId = people.isEmpty() ? Map.of() : attendees.find("id in ?1", people).list()
                .stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return found.stream().map(a -> view(a, byId.get(a.attendeeId))).toList();
    }

    private AbsenceEntity require(UUID meetingId, UUID absenceId) {
        meetings.require(meetingId);
        return absences.find("id = ?1 and meetingId = ?2", absenceId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.ABSENCE, absenceId));
    }

    private static void checkPeriod(AbsenceRequest request, MeetingEntity meeting, List<UUID> sessionIds) {
        if ((request.from() == null) != (request.to() == null)) {
            throw ProblemException.invalidField(request.from() == null ? "from" : "to", Message.of(
                    "is needed with {0}: a leave for a period gives both its start and its end",
                    "需与 {0} 一同给出：按时段请假须给出开始和结束时间", request.from() == null ? "to" : "from"));
        }
        if (request.from() == null && sessionIds.isEmpty()) {
            throw ProblemException.invalidField("sessionIds", Message.of(
                    "give the sessions the leave is for, or a period (from and to)",
                    "请给出请假的会次，或请假时段（from 与 to）"));
        }
        if (request.from() != null) {
            if (!request.to().isAfter(request.from())) {
                throw ProblemException.invalidField("to", Message.of("must be after from ({0})",
                        "必须晚于开始时间（{0}）", request.from()));
            }
            OffsetDateTime meetingStart = meeting.startDate.atStartOfDay(MeetingTime.ZONE).toOffsetDateTime();
            OffsetDateTime meetingEnd = meeting.endDate.plusDays(1).atStartOfDay(MeetingTime.ZONE).toOffsetDateTime();
            if (!request.from().isBefore(meetingEnd) || !request.to().isAfter(meetingStart)) {
                throw ProblemException.invalidField("from", Message.of(
                        "the leave lies outside the meeting ({0} to {1})", "请假时段不在会期内（{0} 至 {1}）",
                        meeting.startDate, meeting.endDate));
            }
        }
    }

    private static AbsenceView view(AbsenceEntity a, AttendeeEntity attendee) {
        return new AbsenceView(a.id, a.meetingId, a.attendeeId, attendee == null ? null : attendee.name,
                attendee == null ? null : attendee.delegation, a.from, a.to, List.of(a.sessionIds), a.reasonKind,
                a.reason, a.approvedBy, a.status.name(), a.recordedBy, a.recordedAt, a.withdrawnBy, a.withdrawnAt,
                a.version);
    }
}
