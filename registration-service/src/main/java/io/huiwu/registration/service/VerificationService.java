package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Language;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.AttendeeView;
import io.huiwu.registration.api.BulkVerificationAnswer;
import io.huiwu.registration.api.BulkVerificationRequest;
import io.huiwu.registration.api.VerificationOverrideView;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.RosterVerification;
import io.huiwu.registration.domain.RosterVerification.VerificationState;
import io.huiwu.registration.event.AttendeeEvents;
import io.huiwu.registration.mapping.AttendeeMapping;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.AttendeeVerificationEntity;
import io.huiwu.registration.persistence.MeetingEntity;
import io.huiwu.registration.persistence.RosterRepositories;
import io.huiwu.registration.persistence.VerificationOverrideEntity;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifying the roster ({@link RosterVerification}): staff vouch for the current version of entries one at a time or
 * a page at a time, and an organizer may let one version pass without its verifications, with a reason. Each
 * verification and override is written to the entry's history; a version that becomes final (VERIFIED, or OVERRIDDEN)
 * publishes {@code attendee-verified}. Also tells the rest of the service where entries stand, for the rules that
 * depend on it (credentials).
 */
@ApplicationScoped
public class VerificationService {

    private static final String VERIFIED = "verified";
    private static final String ALREADY_VERIFIED = "already_verified";
    private static final String REFUSED = "refused";

    private final AttendeeRepository attendees;
    private final RosterRepositories.Verifications verifications;
    private final RosterRepositories.Overrides overrides;
    private final RosterHistory history;
    private final MeetingService meetings;
    private final AttendeeEvents events;

    public VerificationService(AttendeeRepository attendees, RosterRepositories.Verifications verifications,
            RosterRepositories.Overrides overrides, RosterHistory history, MeetingService meetings,
            AttendeeEvents events) {
        this.attendees = attendees;
        this.verifications = verifications;
        this.overrides = overrides;
        this.history = history;
        this.meetings = meetings;
        this.events = events;
    }

    /** Where the current version of an entry stands: its verifications, and whether it was overridden. */
    public record Standing(int verifications, boolean overridden) {

        static final Standing NONE = new Standing(0, false);

        public VerificationState state(int required) {
            return RosterVerification.state(verifications, required, overridden);
        }
    }

    /**
     * Records that {@code verifier} checked the version of the entry they read against the source documents.
     * Verifying does not change the entry's version: it is the version being vouched for.
     */
    @Transactional
    public AttendeeView verify(UUID meetingId, UUID id, long verifiedVersion, String verifier, boolean unmasked,
            Language language) {
        MeetingEntity meeting = meetings.require(meetingId);
        AttendeeEntity attendee = attendees.find("id = ?1 and meetingId = ?2", id, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, id));
        if (attendee.status == AttendeeStatus.WITHDRAWN) {
            throw ProblemException.conflict(Message.of("Attendee {0} has withdrawn; there is nothing to verify",
                    "参会人员 {0} 已退出，无需核对", id));
        }
        Versions.check(verifiedVersion, attendee.version, RecordNames.named(RecordNames.ATTENDEE, id));
        List<String> verifiers = verifiers(List.of(id)).getOrDefault(id, List.of());
        boolean overridden = !overridesOfCurrentVersions(List.of(id)).isEmpty();
        RosterVerification.Refusal refusal = RosterVerification.refusal(verifier, attendee.lastEditedBy, verifiers,
                meeting.requiredVerifications);
        if (refusal != null) {
            throw ProblemException.ruleViolated(Message.of("Cannot verify attendee {0}: {1}", "不能核对参会人员 {0}：{1}",
                    id, switch (refusal) {
                        case OWN_VERSION -> Message.of(
                                "you made the current version of this entry; someone else must verify it",
                                "当前版本由您录入，须由他人核对");
                        case ALREADY_VERIFIED -> Message.of("you have already verified this version of the entry",
                                "您已核对过该版本");
                        case ENOUGH -> Message.of("this version already has the {0} verifications the meeting requires",
                                "该版本已有会议要求的 {0} 次核对", meeting.requiredVerifications);
                    }));
        }
        Standing after = record(attendee, new Standing(verifiers.size(), overridden), verifier,
                meeting.requiredVerifications);
        return AttendeeMapping.toView(attendee, unmasked, after.verifications(), meeting.requiredVerifications,
                after.overridden(), language);
    }

    /**
     * Verifications of many entries by one member of staff: each entry is judged on its own by the rules of
     * {@link #verify}, and refused ones are answered with their reason rather than failing the rest. The entries are
     * locked in one order, so two pages verified at once by two people cannot deadlock; all that is recorded is
     * committed together.
     */
    @Transactional
    public BulkVerificationAnswer verifyAll(UUID meetingId, List<BulkVerificationRequest.Entry> entries,
            String verifier) {
        MeetingEntity meeting = meetings.require(meetingId);
        int required = meeting.requiredVerifications;
        Map<UUID, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Integer earlier = firstAt.putIfAbsent(entries.get(i).attendeeId(), i);
            if (earlier != null) {
                throw ProblemException.invalidField("entries[" + i + "].attendeeId", Message.of(
                        "lists attendee {0} a second time (first at entries[{1}])",
                        "重复列出了参会人员 {0}（首次在 entries[{1}]）", entries.get(i).attendeeId(), earlier));
            }
        }
        Map<UUID, AttendeeEntity> found = attendees.find("meetingId = ?1 and id in ?2 order by id", meetingId,
                firstAt.keySet()).withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, List<String>> verifiersOf = verifiers(found.keySet());
        Set<UUID> overridden = overridesOfCurrentVersions(found.keySet());
        List<BulkVerificationAnswer.Result> results = new ArrayList<>(entries.size());
        int verified = 0;
        int already = 0;
        for (BulkVerificationRequest.Entry entry : entries) {
            AttendeeEntity attendee = found.get(entry.attendeeId());
            if (attendee == null) {
                results.add(new BulkVerificationAnswer.Result(entry.attendeeId(), entry.version(), REFUSED,
                        "not_found", null, null));
                continue;
            }
            List<String> verifiers = verifiersOf.getOrDefault(attendee.id, List.of());
            Standing standing = new Standing(verifiers.size(), overridden.contains(attendee.id));
            String refusal = null;
            String outcome = REFUSED;
            if (attendee.status == AttendeeStatus.WITHDRAWN) {
                refusal = "withdrawn";
            } else if (entry.version() != attendee.version) {
                refusal = "version_changed";
            } else {
                RosterVerification.Refusal rule = RosterVerification.refusal(verifier, attendee.lastEditedBy,
                        verifiers, required);
                if (rule == null) {
                    standing = record(attendee, standing, verifier, required);
                    outcome = VERIFIED;
                    verified++;
                } else if (rule == RosterVerification.Refusal.ALREADY_VERIFIED) {
                    outcome = ALREADY_VERIFIED;
                    already++;
                } else {
                    refusal = rule == RosterVerification.Refusal.OWN_VERSION ? "own_version" : "enough";
                }
            }
            results.add(new BulkVerificationAnswer.Result(attendee.id, entry.version(), outcome, refusal,
                    attendee.version, new AttendeeView.Verification(standing.state(required),
                    standing.verifications(), required)));
        }
        return new BulkVerificationAnswer(verified, already, entries.size() - verified - already, results);
    }

    /**
     * Lets the version of the entry an organizer read pass without the verifications the meeting requires, for the
     * reason they give. It covers that version only: an edit needs verifying again. Sending the same override again
     * (same organizer, same reason) answers the one recorded.
     */
    @Transactional
    public VerificationOverrideView override(UUID meetingId, UUID id, long version, String reason,
            String organizer) {
        MeetingEntity meeting = meetings.require(meetingId);
        AttendeeEntity attendee = attendees.find("id = ?1 and meetingId = ?2", id, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, id));
        if (attendee.status == AttendeeStatus.WITHDRAWN) {
            throw ProblemException.conflict(Message.of("Attendee {0} has withdrawn; there is nothing to let pass",
                    "参会人员 {0} 已退出，无需准予例外", id));
        }
        Versions.check(version, attendee.version, RecordNames.named(RecordNames.ATTENDEE, id));
        String why = reason.strip();
        VerificationOverrideEntity existing = overrides.find("attendeeId = ?1 and attendeeVersion = ?2", id,
                attendee.version).firstResult();
        if (existing != null) {
            if (existing.overriddenBy.equals(organizer) && existing.reason.equals(why)) {
                return view(existing, attendee);
            }
            throw ProblemException.conflict(Message.of(
                    "Version {0} of attendee {1} was already let pass by {2} at {3}: {4}",
                    "参会人员 {1} 的第 {0} 版已由 {2} 于 {3} 准予例外：{4}", attendee.version, id,
                    existing.overriddenBy, existing.overriddenAt, existing.reason));
        }
        Standing standing = standing(attendee);
        if (!RosterVerification.mayOverride(standing.state(meeting.requiredVerifications))) {
            throw ProblemException.conflict(Message.of(
                    "Version {0} of attendee {1} already has the {2} verifications the meeting requires; there is"
                            + " nothing to override", "参会人员 {1} 的第 {0} 版已有会议要求的 {2} 次核对，无需准予例外",
                    attendee.version, id, meeting.requiredVerifications));
        }
        VerificationOverrideEntity given = new VerificationOverrideEntity();
        given.id = UUID.randomUUID();
        given.meetingId = meetingId;
        given.attendeeId = id;
        given.attendeeVersion = attendee.version;
        given.reason = why;
        given.overriddenBy = organizer;
        given.overriddenAt = MeetingService.now();
        overrides.persist(given);
        history.record(attendee, "OVERRIDDEN", organizer);
        events.verified(attendee, new Standing(standing.verifications(), true)
                .state(meeting.requiredVerifications));
        return view(given, attendee);
    }

    /** The meeting's overrides, newest first; of one entry, and only those still in force, when asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<VerificationOverrideView> overrides(UUID meetingId, UUID attendeeId, Boolean current,
            PageRequest paging) {
        meetings.require(meetingId);
        StringBuilder where = new StringBuilder(" from VerificationOverrideEntity o, AttendeeEntity a"
                + " where a.id = o.attendeeId and o.meetingId = :meeting");
        Parameters parameters = Parameters.with("meeting", meetingId);
        if (attendeeId != null) {
            where.append(" and o.attendeeId = :attendee");
            parameters.and("attendee", attendeeId);
        }
        if (current != null) {
            where.append(current ? " and o.attendeeVersion = a.version and a.status = :active"
                    : " and (o.attendeeVersion <> a.version or a.status <> :active)");
            parameters.and("active", AttendeeStatus.ACTIVE);
        }
        TypedQuery<Long> count = overrides.getEntityManager().createQuery("select count(o)" + where, Long.class);
        TypedQuery<Object[]> select = overrides.getEntityManager().createQuery("select o, a" + where
                + " order by o.overriddenAt desc, o.id", Object[].class);
        parameters.map().forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        List<VerificationOverrideView> items = select.setFirstResult((int) paging.offset())
                .setMaxResults(paging.size()).getResultList().stream()
                .map(row -> view((VerificationOverrideEntity) row[0], (AttendeeEntity) row[1])).toList();
        return new PageResult<>(items, paging.page(), paging.size(), count.getSingleResult());
    }

    /** Where the current version of the entry stands. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Standing standing(AttendeeEntity attendee) {
        return standings(List.of(attendee.id)).getOrDefault(attendee.id, Standing.NONE);
    }

    /** Where the current version of each entry stands; entries with no verification and no override are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Standing> standings(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return standings(" and a.id in :ids", Parameters.with("ids", ids));
    }

    /**
     * Where the current version of each entry of the meeting stands; entries with no verification and no override
     * are left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Standing> standingsOf(UUID meetingId) {
        return standings(" and a.meetingId = :meeting", Parameters.with("meeting", meetingId));
    }

    /** Records one verification of the current version; publishes attendee-verified when it makes it final. */
    private Standing record(AttendeeEntity attendee, Standing before, String verifier, int required) {
        AttendeeVerificationEntity verification = new AttendeeVerificationEntity();
        verification.attendeeId = attendee.id;
        verification.attendeeVersion = attendee.version;
        verification.verifier = verifier;
        verification.verifiedAt = MeetingService.now();
        verifications.persist(verification);
        history.record(attendee, "VERIFIED", verifier);
        Standing after = new Standing(before.verifications() + 1, before.overridden());
        VerificationState state = after.state(required);
        if (state.isFinal() && state != before.state(required)) {
            events.verified(attendee, state);
        }
        return after;
    }

    private Map<UUID, Standing> standings(String where, Parameters parameters) {
        var entityManager = verifications.getEntityManager();
        TypedQuery<Object[]> counts = entityManager.createQuery("select v.attendeeId, count(v)"
                + " from AttendeeVerificationEntity v, AttendeeEntity a where a.id = v.attendeeId"
                + " and v.attendeeVersion = a.version" + where + " group by v.attendeeId", Object[].class);
        TypedQuery<UUID> overridden = entityManager.createQuery("select o.attendeeId"
                + " from VerificationOverrideEntity o, AttendeeEntity a where a.id = o.attendeeId"
                + " and o.attendeeVersion = a.version" + where, UUID.class);
        parameters.map().forEach((name, value) -> {
            counts.setParameter(name, value);
            overridden.setParameter(name, value);
        });
        Map<UUID, Standing> standings = new HashMap<>();
        for (Object[] row : counts.getResultList()) {
            standings.put((UUID) row[0], new Standing(((Number) row[1]).intValue(), false));
        }
        for (UUID id : overridden.getResultList()) {
            standings.merge(id, new Standing(0, true), (had, override) -> new Standing(had.verifications(), true));
        }
        return standings;
    }

    /** Who has verified the current version of each entry. */
    private Map<UUID, List<String>> verifiers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = verifications.getEntityManager().createQuery("select v.attendeeId, v.verifier"
                        + " from AttendeeVerificationEntity v, AttendeeEntity a where a.id = v.attendeeId"
                        + " and v.attendeeVersion = a.version and a.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<UUID, List<String>> verifiers = new HashMap<>();
        for (Object[] row : rows) {
            verifiers.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return verifiers;
    }

    /** Which of the entries have an override of their current version. */
    private Set<UUID> overridesOfCurrentVersions(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(overrides.getEntityManager().createQuery("select o.attendeeId"
                        + " from VerificationOverrideEntity o, AttendeeEntity a where a.id = o.attendeeId"
                        + " and o.attendeeVersion = a.version and a.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    private static VerificationOverrideView view(VerificationOverrideEntity given, AttendeeEntity attendee) {
        return new VerificationOverrideView(given.id, given.attendeeId, attendee.name, given.attendeeVersion,
                given.reason, given.overriddenBy, given.overriddenAt,
                attendee.status == AttendeeStatus.ACTIVE && attendee.version == given.attendeeVersion);
    }
}
