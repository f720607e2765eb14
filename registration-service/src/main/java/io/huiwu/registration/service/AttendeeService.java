package io.huiwu.registration.service;

import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.SortSpec;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.AttendeeRequest;
import io.huiwu.registration.api.AttendeeView;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.event.AttendeeEvents;
import io.huiwu.registration.mapping.AttendeeMapping;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

@ApplicationScoped
public class AttendeeService {

    /** The orders a roster list can be read in, and the columns behind them. */
    public static final Map<String, String> SORTABLE = Map.of(
            "name", "name",
            "rank", "rank",
            "delegation", "delegation",
            "category", "category",
            "createdAt", "createdAt");

    private final AttendeeRepository attendees;
    private final MeetingService meetings;
    private final AttendeeEvents events;

    public AttendeeService(AttendeeRepository attendees, MeetingService meetings, AttendeeEvents events) {
        this.attendees = attendees;
        this.meetings = meetings;
        this.events = events;
    }

    @Transactional
    public AttendeeView register(UUID meetingId, AttendeeRequest request) {
        meetings.require(meetingId);
        AttendeeEntity attendee = new AttendeeEntity();
        attendee.id = UUID.randomUUID();
        attendee.meetingId = meetingId;
        AttendeeMapping.apply(request, attendee);
        attendee.status = AttendeeStatus.ACTIVE;
        attendee.createdAt = MeetingService.now();
        attendee.updatedAt = attendee.createdAt;
        attendees.persist(attendee);
        attendees.flush();
        events.registered(attendee);
        return AttendeeMapping.toView(attendee);
    }

    @Transactional
    public AttendeeView update(UUID meetingId, UUID id, long expectedVersion, AttendeeRequest request) {
        AttendeeEntity attendee = require(meetingId, id);
        if (attendee.status == AttendeeStatus.WITHDRAWN) {
            throw ProblemException.conflict("Attendee " + id + " has withdrawn; a withdrawn entry cannot be changed");
        }
        Versions.check(expectedVersion, attendee.version, "Attendee " + id);
        AttendeeMapping.apply(request, attendee);
        attendee.updatedAt = MeetingService.now();
        attendees.flush();
        events.updated(attendee);
        return AttendeeMapping.toView(attendee);
    }

    /** Withdraws an entry; withdrawing it again changes nothing. */
    @Transactional
    public void withdraw(UUID meetingId, UUID id, OptionalLong expectedVersion) {
        AttendeeEntity attendee = require(meetingId, id);
        if (attendee.status == AttendeeStatus.WITHDRAWN) {
            return;
        }
        if (expectedVersion.isPresent()) {
            Versions.check(expectedVersion.getAsLong(), attendee.version, "Attendee " + id);
        }
        attendee.status = AttendeeStatus.WITHDRAWN;
        attendee.updatedAt = MeetingService.now();
        attendees.flush();
        events.withdrawn(attendee);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AttendeeView> find(UUID meetingId, UUID id) {
        return attendees.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .map(AttendeeMapping::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AttendeeView> list(UUID meetingId, AttendeeStatus status, Category category,
            String delegation, SortSpec sort, int page, int size) {
        meetings.require(meetingId);
        StringBuilder where = new StringBuilder("meetingId = :meeting and status = :status");
        Parameters parameters = Parameters.with("meeting", meetingId).and("status", status);
        if (category != null) {
            where.append(" and category = :category");
            parameters.and("category", category);
        }
        if (delegation != null && !delegation.isBlank()) {
            where.append(" and delegation = :delegation");
            parameters.and("delegation", delegation.strip());
        }
        var query = attendees.find(where.toString(), toSort(sort), parameters).page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(AttendeeMapping::toView).toList(), page, size,
                query.count());
    }

    private AttendeeEntity require(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return attendees.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Attendee", id));
    }

    private static Sort toSort(SortSpec spec) {
        Sort sort = null;
        for (SortSpec.Field field : spec.fields()) {
            Sort.Direction direction = field.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            String column = SORTABLE.get(field.name());
            sort = sort == null ? Sort.by(column, direction, Sort.NullPrecedence.NULLS_LAST)
                    : sort.and(column, direction, Sort.NullPrecedence.NULLS_LAST);
        }
        return sort.and("id");
    }
}
