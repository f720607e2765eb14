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
import io.huiwu.registration.event.MeetingEvents;
import io.huiwu.registration.mapping.MeetingMapping;
import io.huiwu.registration.persistence.MeetingEntity;
import io.huiwu.registration.persistence.MeetingRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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

    public MeetingService(MeetingRepository meetings, MeetingEvents events, AccessGrants grants,
            AccessEvents accessEvents) {
        this.meetings = meetings;
        this.events = events;
        this.grants = grants;
        this.accessEvents = accessEvents;
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

    @Transactional
    public MeetingView update(UUID id, long expectedVersion, MeetingRequest request) {
        checkDates(request);
        MeetingEntity meeting = require(id);
        Versions.check(expectedVersion, meeting.version, RecordNames.named(RecordNames.MEETING, id));
        if (request.requiredVerifications() != null
                && request.requiredVerifications() != meeting.requiredVerifications && verificationBegun(id)) {
            throw ProblemException.conflict(Message.of("The roster of this meeting is already being verified with"
                    + " {0} verifications per entry; the number can no longer change", "本次会议名册已按每条 {0} 次"
                    + "核对开始核对，核对次数不能再修改", meeting.requiredVerifications));
        }
        MeetingMapping.apply(request, meeting);
        meeting.updatedAt = now();
        meetings.flush();
        events.updated(meeting);
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
