package io.huiwu.registration.service;

import io.huiwu.chassis.access.AccessGrants;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.MeetingCreation;
import io.huiwu.registration.api.MeetingRequest;
import io.huiwu.registration.api.MeetingView;
import io.huiwu.registration.event.AccessEvents;
import io.huiwu.registration.domain.MeetingPhase;
import io.huiwu.registration.domain.PlanStatus;
import io.huiwu.registration.event.MeetingEvents;
import io.huiwu.registration.mapping.MeetingMapping;
import io.huiwu.registration.persistence.MeetingEntity;
import io.huiwu.registration.persistence.MeetingRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingService {

    private final MeetingRepository meetings;
    private final MeetingEvents events;
    private final AccessGrants grants;
    private final AccessEvents accessEvents;
    private final Instance<PlanService> plans;

    public MeetingService(MeetingRepository meetings, MeetingEvents events, AccessGrants grants,
            AccessEvents accessEvents, Instance<PlanService> plans) {
        this.meetings = meetings;
        this.events = events;
        this.grants = grants;
        this.accessEvents = accessEvents;
        this.plans = plans;
    }

    /** Creates a meeting and makes its first organizer one, in one transaction. */
    @Transactional
    public MeetingView create(MeetingCreation creation, String actor) {
        MeetingRequest request = creation.meeting();
        checkDates(request);
        MeetingEntity meeting = new MeetingEntity();
        meeting.id = UUID.randomUUID();
        MeetingMapping.apply(request, meeting);
        meeting.createdAt = now();
        meeting.updatedAt = meeting.createdAt;
        meetings.persist(meeting);
        meetings.flush();
        events.updated(meeting);
        accessEvents.changed(grants.grant(meeting.id, creation.organizer(), Roles.ORGANIZER,
                creation.organizerName(), actor));
        return MeetingMapping.toView(meeting);
    }

    /**
     * Changes a meeting. Its dates are part of what the leadership approved: a change of dates to a meeting whose
     * plan was approved sends the plan back for approval (a new plan version, SUBMITTED, saying what changed).
     */
    @Transactional
    public MeetingView update(UUID id, long expectedVersion, MeetingRequest request, String actor) {
        checkDates(request);
        MeetingEntity meeting = require(id);
        Versions.check(expectedVersion, meeting.version, RecordNames.named(RecordNames.MEETING, id));
        if (request.requiredVerifications() != null
                && request.requiredVerifications() != meeting.requiredVerifications && verificationBegun(id)) {
            throw ProblemException.conflict(Message.of("The roster of this meeting is already being verified with"
                    + " {0} verifications per entry; the number can no longer change", "本次会议名册已按每条 {0} 次"
                    + "核对开始核对，核对次数不能再修改", meeting.requiredVerifications));
        }
        LocalDate startBefore = meeting.startDate;
        LocalDate endBefore = meeting.endDate;
        MeetingMapping.apply(request, meeting);
        meeting.updatedAt = now();
        if (meeting.planStatus == PlanStatus.APPROVED
                && (!startBefore.equals(meeting.startDate) || !endBefore.equals(meeting.endDate))) {
            plans.get().datesChanged(meeting, startBefore, endBefore, actor);
        }
        meetings.flush();
        events.updated(meeting);
        return MeetingMapping.toView(meeting);
    }

    /** Moves the meeting to its next phase (会前, 会中, 会后, closed); publishes meeting-phase-changed. */
    @Transactional
    public MeetingView changePhase(UUID id, long expectedVersion, MeetingPhase phase, String actor) {
        MeetingEntity meeting = require(id);
        Versions.check(expectedVersion, meeting.version, RecordNames.named(RecordNames.MEETING, id));
        MeetingPhase previous = meeting.phase;
        if (phase != previous.next()) {
            throw ProblemException.conflict(previous.next() == null
                    ? Message.of("The meeting is closed; it has no further phase", "会议已结束，没有下一阶段")
                    : Message.of("The meeting is {0}: it moves to {1} next, one phase at a time and never back",
                            "会议当前为 {0}：下一阶段只能是 {1}，逐阶段推进，不能回退", previous, previous.next()));
        }
        meeting.phase = phase;
        meeting.phaseChangedAt = now();
        meeting.phaseChangedBy = actor;
        meeting.updatedAt = meeting.phaseChangedAt;
        meetings.flush();
        events.phaseChanged(meeting, previous);
        return MeetingMapping.toView(meeting);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MeetingView> find(UUID id) {
        return meetings.findByIdOptional(id).map(MeetingMapping::toView);
    }

    /**
     * The meetings a caller may see, latest first: those they hold a grant in; for an attendee, their own meeting;
     * for an administrator, all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<MeetingView> list(Visibility visibility, int page, int size) {
        Sort order = Sort.descending("startDate").and("name").and("id");
        var query = meetings.findAll(order);
        if (visibility instanceof Visibility.Only only) {
            if (only.meetings().isEmpty()) {
                return new PageResult<>(List.of(), page, size, 0);
            }
            query = meetings.find("id in ?1", order, only.meetings());
        }
        query.page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(MeetingMapping::toView).toList(), page, size,
                query.count());
    }

    /** Which meetings a caller may list. */
    public sealed interface Visibility {
        record All() implements Visibility {
        }

        record Only(List<UUID> meetings) implements Visibility {
        }
    }

    /** The meetings the subject holds a grant in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> meetingsOf(String subject) {
        return grants.meetingsOf(subject);
    }

    /**
     * Whether any entry of the meeting has been verified or let pass: from then on the number of verifications
     * required stays, so that a final entry (one that got its credential) never becomes unfinished again.
     */
    private boolean verificationBegun(UUID id) {
        return !meetings.getEntityManager().createQuery("select 1 from AttendeeVerificationEntity v, AttendeeEntity a"
                        + " where a.id = v.attendeeId and a.meetingId = :meeting", Integer.class)
                .setParameter("meeting", id).setMaxResults(1).getResultList().isEmpty()
                || !meetings.getEntityManager().createQuery("select 1 from VerificationOverrideEntity o"
                        + " where o.meetingId = :meeting", Integer.class)
                .setParameter("meeting", id).setMaxResults(1).getResultList().isEmpty();
    }

    /** The meeting, or a 404 problem naming it. */
    MeetingEntity require(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(RecordNames.MEETING, id));
    }

    public static void checkDates(MeetingRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalidField("endDate", Message.of("must not be before startDate",
                    "不得早于 startDate"));
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
