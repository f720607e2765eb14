package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.documents.api.AttendeeClearanceView;
import io.huiwu.documents.api.DelegationOutstandingView;
import io.huiwu.documents.api.OutstandingCopyView;
import io.huiwu.documents.api.OutstandingTallyView;
import io.huiwu.documents.api.RecallRequest;
import io.huiwu.documents.api.RecallView;
import io.huiwu.documents.config.RecallConfig;
import io.huiwu.documents.domain.CopyState;
import io.huiwu.documents.domain.RecallDeadline;
import io.huiwu.documents.event.ClearanceEvents;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.persistence.MeetingCalendar;
import io.huiwu.documents.persistence.RecallEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * 清退: a recall of the meeting's copies with a deadline, and what is still out, by delegation and by person
 * (DOMAIN.md: before closing, a recall list is published and copies are counted back one by one). A copy is still
 * out when its document must come back and its ledger has it with a holder.
 */
@ApplicationScoped
public class RecallService {

    /** The phase that opens a recall by itself (EVENTS.md, meeting-phase-changed). */
    public static final String CLOSING = "CLOSING";
    private static final Logger LOG = Logger.getLogger(RecallService.class);

    private static final String OUTSTANDING = " from document_copy c join document d on d.id = c.document_id"
            + " left join roster_attendee r on r.id = c.holder_id"
            + " where c.meeting_id = :meeting and d.must_return and c.state in (:out)";

    private final DocumentRepositories.Recalls recalls;
    private final ClearanceEvents events;
    private final MeetingCalendar calendar;
    private final RecallConfig config;
    private final RosterReplica roster;

    public RecallService(DocumentRepositories.Recalls recalls, ClearanceEvents events, MeetingCalendar calendar,
            RecallConfig config, RosterReplica roster) {
        this.recalls = recalls;
        this.events = events;
        this.calendar = calendar;
        this.config = config;
        this.roster = roster;
    }

    /** Whether a person holds nothing that must come back, and what they must still return. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttendeeClearanceView clearance(UUID meetingId, UUID attendeeId) {
        return clearanceOf(meetingId, roster.require(meetingId, attendeeId));
    }

    /**
     * Answers a send-off's question and says it on documents.clearance: attendee-cleared, or
     * attendee-clearance-blocked with the copies still due.
     */
    @Transactional
    public AttendeeClearanceView checkClearance(UUID meetingId, UUID attendeeId, String actor) {
        AttendeeClearanceView person = clearance(meetingId, attendeeId);
        if (person.cleared()) {
            events.cleared(meetingId, person, DocumentService.now());
        } else {
            events.blocked(meetingId, person, actor, DocumentService.now());
        }
        return person;
    }

    /**
     * A copy that had to come back left a holder's hands (in the caller's transaction): once a recall has opened,
     * their last one makes them cleared (attendee-cleared).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void handedBack(UUID meetingId, UUID holderId) {
        if (recalls.count("meetingId", meetingId) == 0) {
            return;
        }
        ReplicatedAttendee person = roster.find(meetingId, holderId).orElse(null);
        if (person == null) {
            return;
        }
        AttendeeClearanceView clearance = clearanceOf(meetingId, person);
        if (clearance.cleared()) {
            events.cleared(meetingId, clearance, DocumentService.now());
        }
    }

    private AttendeeClearanceView clearanceOf(UUID meetingId, ReplicatedAttendee person) {
        List<OutstandingCopyView> due = outstanding(meetingId, null, person.id());
        UUID recallId = recalls.find("meetingId = ?1 order by openedAt desc", meetingId).firstResultOptional()
                .map(r -> r.id).orElse(null);
        return new AttendeeClearanceView(person.id(), person.name(), person.delegation(), due.isEmpty(), recallId,
                due);
    }

    @Transactional
    public RecallView open(UUID meetingId, RecallRequest request, String actor) {
        OffsetDateTime now = DocumentService.now();
        if (!request.deadline().isAfter(now)) {
            throw ProblemException.invalidField("deadline", Message.of("must be in the future", "必须晚于当前时间"));
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        return view(persist(meetingId, request.deadline(), note, actor, now, null));
    }

    /** meeting-updated: keeps the meeting's last day for the deadline of its automatic recall. */
    @Transactional
    public void meetingDates(UUID meetingId, LocalDate endDate, long version) {
        calendar.keep(meetingId, endDate, version);
    }

    /**
     * meeting-phase-changed: entering CLOSING opens the meeting's recall, with the meeting's end (plus the hours the
     * configuration allows) as its deadline, unless a recall whose deadline has not passed is open already.
     */
    @Transactional
    public void phaseChanged(UUID meetingId, String phase, String changedBy, OffsetDateTime changedAt) {
        if (!CLOSING.equals(phase)) {
            return;
        }
        OffsetDateTime now = DocumentService.now();
        if (recalls.count("meetingId = ?1 and deadline > ?2", meetingId, now) > 0) {
            LOG.infof("meeting %s entered CLOSING with a recall already open: none opened", meetingId);
            return;
        }
        OffsetDateTime from = changedAt == null || changedAt.isBefore(now) ? now : changedAt;
        OffsetDateTime deadline = RecallDeadline.of(calendar.endDate(meetingId).orElse(null), config.zone(),
                config.hoursAfterEnd(), from, config.hoursWhenEndPassed());
        persist(meetingId, deadline, "闭幕清退 (opened at CLOSING)", changedBy == null ? "registration" : changedBy,
                now, CLOSING);
    }

    private RecallEntity persist(UUID meetingId, OffsetDateTime deadline, String note, String actor,
            OffsetDateTime now, String phase) {
        RecallEntity recall = new RecallEntity();
        recall.id = UUID.randomUUID();
        recall.meetingId = meetingId;
        recall.deadline = deadline;
        recall.note = note;
        recall.openedBy = actor;
        recall.openedAt = now;
        recall.openedAtPhase = phase;
        recalls.persist(recall);
        events.recallOpened(recall, countOutstanding(meetingId));
        return recall;
    }

    private RecallView view(RecallEntity recall) {
        return view(recall, countOutstanding(recall.meetingId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecallView> list(UUID meetingId) {
        long outstanding = countOutstanding(meetingId);
        return recalls.find("meetingId = ?1 order by openedAt", meetingId).list().stream()
                .map(r -> view(r, outstanding)).toList();
    }

    /** Copies still out, by person: optionally one delegation's or one person's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<OutstandingCopyView> outstanding(UUID meetingId, String delegation, UUID holderId) {
        StringBuilder sql = new StringBuilder("select c.id, c.document_id, d.title, c.copy_number, c.state,"
                + " c.holder_id, r.name, r.delegation, c.due_at" + OUTSTANDING);
        if (delegation != null) {
            sql.append(" and r.delegation = :delegation");
        }
        if (holderId != null) {
            sql.append(" and c.holder_id = :holder");
        }
        sql.append(" order by r.delegation nulls last, r.name, c.holder_id, d.title, c.copy_number");
        Query query = bind(sql.toString(), meetingId);
        if (delegation != null) {
            query.setParameter("delegation", delegation);
        }
        if (holderId != null) {
            query.setParameter("holder", holderId);
        }
        List<OutstandingCopyView> copies = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            copies.add(new OutstandingCopyView((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                    CopyState.valueOf((String) row[4]), (UUID) row[5], (String) row[6], (String) row[7],
                    time(row[8])));
        }
        return copies;
    }

    /** How many copies each delegation's people still hold. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<DelegationOutstandingView> byDelegation(UUID meetingId) {
        Query query = bind("select r.delegation, count(distinct c.holder_id), count(*)" + OUTSTANDING
                + " group by r.delegation order by r.delegation nulls last", meetingId);
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new DelegationOutstandingView(
                (String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue())).toList();
    }

    /** The copies still out, in all and per delegation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OutstandingTallyView tally(UUID meetingId) {
        List<DelegationOutstandingView> delegations = byDelegation(meetingId);
        return new OutstandingTallyView(meetingId, delegations.stream().mapToLong(DelegationOutstandingView::copies)
                .sum(), delegations, DocumentService.now());
    }

    private long countOutstanding(UUID meetingId) {
        return ((Number) bind("select count(*)" + OUTSTANDING, meetingId).getSingleResult()).longValue();
    }

    private Query bind(String sql, UUID meetingId) {
        EntityManager entityManager = recalls.getEntityManager();
        return entityManager.createNativeQuery(sql).setParameter("meeting", meetingId).setParameter("out",
                Arrays.stream(CopyState.values()).filter(CopyState::isOut).map(Enum::name).toList());
    }

    private static OffsetDateTime time(Object column) {
        if (column instanceof OffsetDateTime time) {
            return time;
        }
        if (column instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return column == null ? null : ((Timestamp) column).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static RecallView view(RecallEntity r, long outstanding) {
        return new RecallView(r.id, r.meetingId, r.deadline, r.note, r.openedBy, r.openedAt, outstanding);
    }
}
