package io.huiwu.venue.service;

import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.venue.api.AttendeeView;
import io.huiwu.venue.event.RosterEntry;
import io.huiwu.venue.mapping.AttendeeMapping;
import io.huiwu.venue.persistence.AttendeeEntity;
import io.huiwu.venue.persistence.AttendeeRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** This service's copy of the roster: written only from registration's events, read by the API. */
@ApplicationScoped
public class RosterCopyService {

    private final AttendeeRepository attendees;

    public RosterCopyService(AttendeeRepository attendees) {
        this.attendees = attendees;
    }

    /**
     * Applies an entry as registration published it. An entry older than the copy (a stale or reordered event)
     * changes nothing, so a late "registered" can never bring back a withdrawn attendee.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RosterEntry entry) {
        AttendeeEntity attendee = attendees.findByIdOptional(entry.attendeeId(), LockModeType.PESSIMISTIC_WRITE)
                .orElse(null);
        if (attendee == null) {
            attendee = new AttendeeEntity();
            attendee.id = entry.attendeeId();
            AttendeeMapping.apply(entry, attendee);
            attendee.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            attendees.persist(attendee);
            return;
        }
        if (entry.version() <= attendee.sourceVersion) {
            return;
        }
        AttendeeMapping.apply(entry, attendee);
        attendee.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AttendeeView> list(UUID meetingId, int page, int size) {
        var query = attendees.find("meetingId = ?1 and withdrawn = false",
                Sort.by("rank", Sort.NullPrecedence.NULLS_LAST).and("name").and("id"), meetingId)
                .page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(AttendeeMapping::toView).toList(), page, size,
                query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttendeeView get(UUID meetingId, UUID id) {
        return find(meetingId, id).orElseThrow(() -> ProblemException.notFound("Attendee", id));
    }

    private Optional<AttendeeView> find(UUID meetingId, UUID id) {
        return attendees.find("id = ?1 and meetingId = ?2 and withdrawn = false", id, meetingId)
                .firstResultOptional().map(AttendeeMapping::toView);
    }
}
