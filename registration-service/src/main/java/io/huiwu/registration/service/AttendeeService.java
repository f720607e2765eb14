package io.huiwu.registration.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.problem.Language;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.SortSpec;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.AttendeeHistoryView;
import io.huiwu.registration.api.AttendeeRequest;
import io.huiwu.registration.api.AttendeeView;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.domain.PersonName;
import io.huiwu.registration.domain.RosterVerification;
import io.huiwu.registration.event.AttendeeEvents;
import io.huiwu.registration.mapping.AttendeeMapping;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.MeetingEntity;
import io.huiwu.registration.persistence.RosterRepositories;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The roster: registering, correcting and withdrawing entries, and reading them with where each stands in
 * verification ({@link VerificationService}). Every change is written to the entry's history and publishes an event.
 */
@ApplicationScoped
public class AttendeeService {

    /** The orders a roster list can be read in, and the columns behind them. */
    public static final Map<String, String> SORTABLE = Map.of(
            "name", "a.name",
            "strokes", "a.strokeKey",
            "pinyin", "a.pinyinKey",
            "rank", "a.rank",
            "delegation", "a.delegation",
            "category", "a.category",
            "createdAt", "a.createdAt");

    private final AttendeeRepository attendees;
    private final RosterRepositories.History history;
    private final RosterHistory historyLines;
    private final VerificationService verification;
    private final MeetingService meetings;
    private final AttendeeEvents events;
    private final DelegationService delegations;
    private final DiscussionGroupService groups;

    private final CredentialService credentialService;

    public AttendeeService(AttendeeRepository attendees, RosterRepositories.History history,
            RosterHistory historyLines, VerificationService verification, MeetingService meetings,
            AttendeeEvents events, DelegationService delegations, DiscussionGroupService groups,
            CredentialService credentialService) {
        this.credentialService = credentialService;
        this.attendees = attendees;
        this.history = history;
        this.historyLines = historyLines;
        this.verification = verification;
        this.meetings = meetings;
        this.events = events;
        this.delegations = delegations;
        this.groups = groups;
    }

    /** A list query of the roster. */
    public record RosterQuery(AttendeeStatus status, Category category, String delegation,
            RosterVerification.VerificationState verification, String search, SortSpec sort, int page, int size) {
    }

    @Transactional
    public AttendeeView register(UUID meetingId, AttendeeRequest request, String actor, Language language) {
        MeetingEntity meeting = meetings.require(meetingId);
        RosterEntryChecks.require(request);
        AttendeeEntity attendee = new AttendeeEntity();
        attendee.id = UUID.randomUUID();
        attendee.meetingId = meetingId;
        AttendeeMapping.apply(request, attendee);
        check(attendee);
        attendee.status = AttendeeStatus.ACTIVE;
        attendee.lastEditedBy = actor;
        attendee.createdAt = MeetingService.now();
        attendee.updatedAt = attendee.createdAt;
        attendees.persist(attendee);
        attendees.flush();
        historyLines.record(attendee, "REGISTERED", actor);
        events.registered(attendee);
        return AttendeeMapping.toView(attendee, true, 0, meeting.requiredVerifications, false,
                language);
    }

    /** An entry of an import, with the id it will have (accompanying rows name their principal's). */
    public record NewEntry(UUID id, AttendeeRequest request) {
    }

    /**
     * Registers many checked entries in one transaction (an import): all of them or, on any failure, none. The
     * entries were checked by the importer against the roster as it stood; the database's constraints catch what
     * changed meanwhile. Principals are written before the people accompanying them.
     */
    @Transactional
    public int registerAll(UUID meetingId, List<NewEntry> entries, String actor) {
        meetings.require(meetingId);
        List<AttendeeEntity> created = new java.util.ArrayList<>(entries.size());
        List<NewEntry> principalsFirst = entries.stream()
                .sorted(Comparator.comparing(entry -> entry.request().category() == Category.ACCOMPANYING))
                .toList();
        for (NewEntry entry : principalsFirst) {
            AttendeeEntity attendee = new AttendeeEntity();
            attendee.id = entry.id();
            attendee.meetingId = meetingId;
            AttendeeMapping.apply(entry.request(), attendee);
            attendee.status = AttendeeStatus.ACTIVE;
            attendee.lastEditedBy = actor;
            attendee.createdAt = MeetingService.now();
            attendee.updatedAt = attendee.createdAt;
            attendees.persist(attendee);
            created.add(attendee);
        }
        attendees.flush();
        for (AttendeeEntity attendee : created) {
            historyLines.record(attendee, "IMPORTED", actor);
        }
        historyLines.flush();
        events.registeredAll(created);
        return created.size();
    }

    /** An active entry as an import sees it: whether it may be someone's principal. */
    public record RosterMember(UUID id, Category category) {
    }

    /** The active entries of a meeting with an ID number, by that number, for checking an import. */
    @Transactional
    public Map<String, RosterMember> byIdNumber(UUID meetingId) {
        Map<String, RosterMember> members = new HashMap<>();
        attendees.getEntityManager().createQuery("select a.idNumber, a.id, a.category from AttendeeEntity a"
                        + " where a.meetingId = :meeting and a.status = :active and a.idNumber is not null",
                        Object[].class)
                .setParameter("meeting", meetingId).setParameter("active", AttendeeStatus.ACTIVE).getResultList()
                .forEach(row -> members.put((String) row[0], new RosterMember((UUID) row[1], (Category) row[2])));
        return members;
    }

    /** An active entry of the meeting by its id, for an import naming a principal by id. */
    @Transactional
    public Optional<RosterMember> activeMember(UUID meetingId, UUID id) {
        return attendees.find("id = ?1 and meetingId = ?2 and status = ?3", id, meetingId, AttendeeStatus.ACTIVE)
                .firstResultOptional().map(a -> new RosterMember(a.id, a.category));
    }

    /** The names of entries of a meeting, withdrawn ones included, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> names(UUID meetingId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        attendees.getEntityManager().createQuery("select a.id, a.name from AttendeeEntity a where a.meetingId"
                        + " = :meeting and a.id in :ids", Object[].class)
                .setParameter("meeting", meetingId).setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    @Transactional
    public AttendeeView update(UUID meetingId, UUID id, long expectedVersion, AttendeeRequest request,
            String actor, Language language) {
        MeetingEntity meeting = meetings.require(meetingId);
        AttendeeEntity attendee = require(meetingId, id);
        if (attendee.status == AttendeeStatus.WITHDRAWN) {
            throw ProblemException.conflict(Message.of(
                    "Attendee {0} has withdrawn; a withdrawn entry cannot be changed", "参会人员 {0} 已退出，不能再修改",
                    id));
        }
        Versions.check(expectedVersion, attendee.version, RecordNames.named(RecordNames.ATTENDEE, id));
        RosterEntryChecks.require(request);
        AttendeeMapping.apply(request, attendee);
        check(attendee);
        attendee.lastEditedBy = actor;
        attendee.updatedAt = MeetingService.now();
        attendees.flush();
        historyLines.record(attendee, "UPDATED", actor);
        events.updated(attendee);
        delegations.rosterEntryChanged(attendee);
        return AttendeeMapping.toView(attendee, true, 0, meeting.requiredVerifications, false,
                language);
    }

    /** Withdraws an entry; withdrawing it again changes nothing. */
    @Transactional
    public void withdraw(UUID meetingId, UUID id, OptionalLong expectedVersion, String actor,
            boolean withAccompanying) {
        AttendeeEntity attendee = require(meetingId, id);
        if (attendee.status == AttendeeStatus.WITHDRAWN) {
            return;
        }
        if (expectedVersion.isPresent()) {
            Versions.check(expectedVersion.getAsLong(), attendee.version,
                    RecordNames.named(RecordNames.ATTENDEE, id));
        }
        List<AttendeeEntity> accompanying = attendees.list("principalId = ?1 and status = ?2 order by strokeKey",
                id, AttendeeStatus.ACTIVE);
        if (!accompanying.isEmpty() && !withAccompanying) {
            String names = String.join("、", accompanying.stream().map(a -> a.name).toList());
            throw ProblemException.conflict(Message.of("{0} is accompanied by {1} ({2}), who cannot stay without"
                    + " them: withdraw them too (withAccompanying=true), or give them another principal first",
                    "{0} 有随行人员 {1} 人（{2}），其不能脱离随行对象：请一并退出（withAccompanying=true），或先为其另定随行对象",
                    attendee.name, accompanying.size(), names));
        }
        withdrawOne(attendee, actor);
        for (AttendeeEntity person : accompanying) {
            withdrawOne(person, actor);
        }
    }

    /**
     * Withdraws one entry, in the caller's transaction: the entry stays on record as WITHDRAWN, its active
     * credentials are revoked, it leaves its discussion group and any post in its delegation.
     */
    private void withdrawOne(AttendeeEntity attendee, String actor) {
        attendee.status = AttendeeStatus.WITHDRAWN;
        attendee.lastEditedBy = actor;
        attendee.updatedAt = MeetingService.now();
        attendees.flush();
        credentialService.revokeAllOf(attendee.id, "参会人员已退出", actor);
        groups.attendeeWithdrawn(attendee.id);
        delegations.rosterEntryChanged(attendee);
        historyLines.record(attendee, "WITHDRAWN", actor);
        events.withdrawn(attendee);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AttendeeView> find(UUID meetingId, UUID id, boolean unmasked, Language language) {
        return attendees.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .map(attendee -> {
                    MeetingEntity meeting = meetings.require(meetingId);
                    VerificationService.Standing standing = verification.standing(attendee);
                    return AttendeeMapping.toView(attendee, unmasked, standing.verifications(),
                            meeting.requiredVerifications, standing.overridden(), language);
                });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttendeeHistoryView> history(UUID meetingId, UUID id, boolean unmasked, Language language) {
        require(meetingId, id);
        return history.find("attendeeId = ?1 order by id", id).list().stream()
                .map(line -> new AttendeeHistoryView(line.version, line.action, line.actor, line.at,
                        snapshot(line.snapshot, unmasked, language)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AttendeeView> list(UUID meetingId, RosterQuery query, boolean unmasked, Language language) {
        MeetingEntity meeting = meetings.require(meetingId);
        StringBuilder where = new StringBuilder("from AttendeeEntity a where a.meetingId = :meeting"
                + " and a.status = :status");
        Parameters parameters = Parameters.with("meeting", meetingId).and("status", query.status());
        if (query.category() != null) {
            where.append(" and a.category = :category");
            parameters.and("category", query.category());
        }
        if (query.delegation() != null && !query.delegation().isBlank()) {
            where.append(" and a.delegation = :delegation");
            parameters.and("delegation", query.delegation().strip());
        }
        if (query.search() != null && !query.search().isBlank()) {
            NameCollation.Search search = NameCollation.search(query.search());
            where.append(" and (replace(a.name, '" + PersonName.MIDDLE_DOT + "', '') like :name escape '!'");
            parameters.and("name", "%" + likeEscape(search.name()) + "%");
            if (!search.latin().isEmpty()) {
                where.append(" or a.pinyin like :latin or a.pinyinInitials like :latin");
                parameters.and("latin", search.latin() + "%");
            }
            where.append(")");
        }
        if (query.verification() != null) {
            String count = "(select count(v) from AttendeeVerificationEntity v where v.attendeeId = a.id"
                    + " and v.attendeeVersion = a.version)";
            String overridden = "exists (select o from VerificationOverrideEntity o where o.attendeeId = a.id"
                    + " and o.attendeeVersion = a.version)";
            where.append(" and ").append(switch (query.verification()) {
                case UNVERIFIED -> count + " = 0 and not " + overridden;
                case PARTIAL -> count + " between 1 and :below and not " + overridden;
                case OVERRIDDEN -> count + " < :required and " + overridden;
                case VERIFIED -> count + " >= :required";
            });
            if (query.verification() == RosterVerification.VerificationState.PARTIAL) {
                parameters.and("below", (long) meeting.requiredVerifications - 1);
            } else if (query.verification() != RosterVerification.VerificationState.UNVERIFIED) {
                parameters.and("required", (long) meeting.requiredVerifications);
            }
        }
        long total = attendees.count("select count(a) " + where, parameters);
        List<AttendeeEntity> page = attendees.find(where + orderBy(query.sort()), parameters)
                .page(query.page(), query.size()).list();
        Map<UUID, VerificationService.Standing> standings = verification.standings(
                page.stream().map(a -> a.id).toList());
        return new PageResult<>(page.stream()
                .map(a -> {
                    VerificationService.Standing standing = standings.getOrDefault(a.id,
                            VerificationService.Standing.NONE);
                    return AttendeeMapping.toView(a, unmasked, standing.verifications(),
                            meeting.requiredVerifications, standing.overridden(), language);
                })
                .toList(), query.page(), query.size(), total);
    }

    AttendeeEntity require(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return attendees.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, id));
    }

    /** The rules an entry must meet against the rest of the roster. */
    private void check(AttendeeEntity attendee) {
        if (attendee.idNumber != null && attendees.count("meetingId = ?1 and idNumber = ?2 and status = ?3"
                + " and id <> ?4", attendee.meetingId, attendee.idNumber, AttendeeStatus.ACTIVE, attendee.id) > 0) {
            throw ProblemException.conflict(Message.of("Another entry of this meeting has the same ID number: the"
                    + " same person must not be on the roster twice", "本次会议已有相同身份证号码的名册条目：同一人不得重复登记"));
        }
        if (attendee.category == Category.ACCOMPANYING) {
            if (attendee.principalId == null) {
                throw ProblemException.invalidField("principalId", Message.of(
                        "is required for ACCOMPANYING people: name the attendee they accompany",
                        "随行人员必须填写：请指明其随行的参会人员"));
            }
            if (attendee.principalId.equals(attendee.id)) {
                throw ProblemException.invalidField("principalId", Message.of("must be another attendee",
                        "必须是另一位参会人员"));
            }
            AttendeeEntity principal = attendees.find("id = ?1 and meetingId = ?2", attendee.principalId,
                    attendee.meetingId).firstResultOptional().orElseThrow(() -> ProblemException.invalidField(
                    "principalId", Message.of("is not an attendee of this meeting", "不是本次会议的参会人员")));
            if (principal.status != AttendeeStatus.ACTIVE || principal.category == Category.ACCOMPANYING) {
                throw ProblemException.invalidField("principalId", Message.of(
                        "must be an active attendee who is not accompanying someone else", "必须是未退出且本人不是随行人员的参会人员"));
            }
        } else if (attendee.principalId != null) {
            throw ProblemException.invalidField("principalId", Message.of("is only for ACCOMPANYING people",
                    "仅适用于随行人员（ACCOMPANYING）"));
        }
    }

    /** An entry as a history line kept it: without its verification, personal data masked unless allowed. */
    private static AttendeeView snapshot(String text, boolean unmasked, Language language) {
        AttendeeView entry;
        try {
            // the history is read leniently: a line written before a field was added or removed stays readable
            entry = EventCodec.mapper().readValue(text, AttendeeView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable history line", e);
        }
        return AttendeeMapping.fromHistory(entry, unmasked, language);
    }

    private static String orderBy(SortSpec spec) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (SortSpec.Field field : spec.fields()) {
            parts.put(SORTABLE.get(field.name()), (field.descending() ? " desc" : " asc") + " nulls last");
        }
        StringBuilder order = new StringBuilder(" order by ");
        parts.forEach((column, direction) -> order.append(column).append(direction).append(", "));
        return order.append("a.id").toString();
    }

    private static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
