package io.huiwu.registration.service;

import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.MeetingRequest;
import io.huiwu.registration.api.MeetingView;
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
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingService {

    private final MeetingRepository meetings;
    private final MeetingEvents events;

    public MeetingService(MeetingRepository meetings, MeetingEvents events) {
        this.meetings = meetings;
        this.events = events;
    }

    @Transactional
    public MeetingView create(MeetingRequest request) {
        checkDates(request);
        MeetingEntity meeting = new MeetingEntity();
        meeting.id = UUID.randomUUID();
        MeetingMapping.apply(request, meeting);
        meeting.createdAt = now();
        meeting.updatedAt = meeting.createdAt;
        meetings.persist(meeting);
        meetings.flush();
        events.updated(meeting);
        return MeetingMapping.toView(meeting);
    }

    @Transactional
    public MeetingView update(UUID id, long expectedVersion, MeetingRequest request) {
        checkDates(request);
        MeetingEntity meeting = require(id);
        Versions.check(expectedVersion, meeting.version, "Meeting " + id);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<MeetingView> list(int page, int size) {
        var query = meetings.findAll(Sort.descending("startDate").and("name")).page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(MeetingMapping::toView).toList(), page, size,
                query.count());
    }

    /** The meeting, or a 404 problem naming it. */
    MeetingEntity require(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Meeting", id));
    }

    public static void checkDates(MeetingRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalidField("endDate", "must not be before startDate");
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
