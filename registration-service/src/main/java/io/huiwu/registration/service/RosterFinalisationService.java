package io.huiwu.registration.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.registration.api.RosterChangesView;
import io.huiwu.registration.api.RosterEntryView;
import io.huiwu.registration.api.RosterFinalisationView;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.domain.RosterComparison;
import io.huiwu.registration.domain.RosterOrder;
import io.huiwu.registration.domain.RosterVerification;
import io.huiwu.registration.event.MeetingEvents;
import io.huiwu.registration.mapping.RosterMapping;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.MeetingEntity;
import io.huiwu.registration.persistence.RosterFinalisationEntity;
import io.huiwu.registration.persistence.RosterFinalisationEntryEntity;
import io.huiwu.registration.persistence.RosterRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The finalised roster (定稿, DOMAIN.md: 名册 "no error allowed"): an organizer freezes the roster into a numbered
 * version once the current version of every active entry has the verifications the meeting requires
 * ({@link RosterVerification}). The version holds each entry as it was, is never changed, and is what the 名册 is
 * printed from; the roster as it is now can be compared with any version ({@link RosterComparison}).
 */
@ApplicationScoped
public class RosterFinalisationService {

    /** How many names a refusal lists at most. */
    static final int NAMES_IN_REFUSAL = 5;

    private final RosterRepositories.Finalisations finalisations;
    private final RosterRepositories.FinalisedEntries entries;
    private final MeetingService meetings;
    private final DelegationService delegations;
    private final MeetingEvents events;
    private final ObjectMapper json;

    private final VerificationService verification;

    public RosterFinalisationService(RosterRepositories.Finalisations finalisations,
            RosterRepositories.FinalisedEntries entries, MeetingService meetings, DelegationService delegations,
            MeetingEvents events, ObjectMapper json, VerificationService verification) {
        this.verification = verification;
        this.finalisations = finalisations;
        this.entries = entries;
        this.meetings = meetings;
        this.delegations = delegations;
        this.events = events;
        this.json = json;
    }

    /** An entry with the sort keys of its name, as the roster is ordered and printed. */
    public record KeyedEntry(RosterEntryView entry, byte[] strokeKey, byte[] pinyinKey) {

        byte[] key(RosterOrder.NameOrder order) {
            return order == RosterOrder.NameOrder.PINYIN ? pinyinKey : strokeKey;
        }
    }

    /**
     * Finalises the roster as it is: a new version numbered after the latest, holding every active entry. Refused
     * while an active entry lacks verifications, when there is no active entry, and when nothing changed since the
     * latest version. Publishes roster-finalised.
     */
    @Transactional
    public RosterFinalisationView finalise(UUID meetingId, String note, String actor) {
        MeetingEntity meeting = lock(meetingId);
        List<AttendeeEntity> active = new ArrayList<>();
        List<AttendeeEntity> unverified = new ArrayList<>();
        Map<UUID, VerificationService.Standing> standings = verification.standingsOf(meetingId);
        finalisations.getEntityManager().createQuery("select a, (select count(v) from AttendeeVerificationEntity v"
                        + " where v.attendeeId = a.id and v.attendeeVersion = a.version) from AttendeeEntity a"
                        + " where a.meetingId = :meeting and a.status = :active", Object[].class)
                .setParameter("meeting", meetingId).setParameter("active", AttendeeStatus.ACTIVE)
                .getResultList().forEach(row -> {
                    AttendeeEntity attendee = (AttendeeEntity) row[0];
                    active.add(attendee);
                    int verifications = ((Number) row[1]).intValue();
                    boolean overridden = standings.containsKey(attendee.id)
                            && standings.get(attendee.id).overridden();
                    if (!RosterVerification.state(verifications, meeting.requiredVerifications, overridden)
                            .isFinal()) {
                        unverified.add(attendee);
                    }
                });
        if (!unverified.isEmpty()) {
            throw unverified(unverified, meeting.requiredVerifications);
        }
        if (active.isEmpty()) {
            throw ProblemException.conflict(Message.of("There is nothing to finalise: the roster of meeting {0} has"
                    + " no active entry", "没有可定稿的内容：会议 {0} 的名册没有有效条目", meetingId));
        }
        List<KeyedEntry> now = active.stream().map(RosterFinalisationService::keyed).toList();
        Optional<RosterFinalisationEntity> latest = latest(meetingId);
        if (latest.isPresent() && compare(latest.get(), now).isEmpty()) {
            throw ProblemException.conflict(Message.of("The roster has not changed since it was finalised as version"
                    + " {0}; print that version", "名册自第 {0} 版定稿以来没有变化；请直接打印该版本", latest.get().version));
        }
        RosterFinalisationEntity finalisation = new RosterFinalisationEntity();
        finalisation.meetingId = meetingId;
        finalisation.version = latest.map(last -> last.version + 1).orElse(1);
        finalisation.note = note == null || note.isBlank() ? null : note.strip();
        finalisation.finalisedBy = actor;
        finalisation.finalisedAt = MeetingService.now();
        finalisation.entries = now.size();
        finalisation.collationVersion = NameCollation.version();
        finalisations.persist(finalisation);
        for (KeyedEntry keyed : now) {
            RosterFinalisationEntryEntity entry = new RosterFinalisationEntryEntity();
            entry.meetingId = meetingId;
            entry.version = finalisation.version;
            entry.attendeeId = keyed.entry().attendeeId();
            entry.attendeeVersion = keyed.entry().version();
            entry.category = keyed.entry().category();
            entry.delegation = keyed.entry().delegation();
            entry.strokeKey = keyed.strokeKey();
            entry.pinyinKey = keyed.pinyinKey();
            entry.snapshot = write(keyed.entry());
            entries.persist(entry);
        }
        entries.flush();
        Counts counts = Counts.of(now.stream().map(KeyedEntry::entry).toList(), delegations.order(meetingId));
        events.rosterFinalised(new MeetingEvents.RosterFinalised(meetingId, finalisation.version,
                finalisation.finalisedBy, finalisation.finalisedAt, finalisation.entries,
                counts.categories().stream().map(c -> new MeetingEvents.CategoryCount(c.category().name(), c.count()))
                        .toList(),
                counts.delegations().stream().map(d -> new MeetingEvents.DelegationCount(d.delegation(), d.count()))
                        .toList(),
                counts.withoutDelegation()));
        return view(finalisation, counts, true, false);
    }

    /** Every finalised version, the first first; the latest says whether the roster changed since. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RosterFinalisationView> list(UUID meetingId) {
        meetings.require(meetingId);
        List<RosterFinalisationEntity> all = finalisations.find("meetingId = ?1 order by version", meetingId).list();
        if (all.isEmpty()) {
            return List.of();
        }
        Comparator<String> order = delegations.order(meetingId);
        Map<Integer, List<Object[]>> rows = entries.getEntityManager().createQuery("select e.version, e.category,"
                        + " e.delegation, count(e) from RosterFinalisationEntryEntity e where e.meetingId = :meeting"
                        + " group by e.version, e.category, e.delegation", Object[].class)
                .setParameter("meeting", meetingId).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Integer) row[0]));
        RosterFinalisationEntity latest = all.get(all.size() - 1);
        List<RosterFinalisationView> views = new ArrayList<>();
        for (RosterFinalisationEntity finalisation : all) {
            Counts counts = Counts.of(rows.getOrDefault(finalisation.version, List.of()), 1, order);
            boolean isLatest = finalisation == latest;
            views.add(view(finalisation, counts, isLatest,
                    isLatest ? !compare(finalisation, current(meetingId)).isEmpty() : null));
        }
        return views;
    }

    /** One finalised version with its counts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RosterFinalisationView get(UUID meetingId, int version) {
        meetings.require(meetingId);
        RosterFinalisationEntity finalisation = require(meetingId, version);
        boolean isLatest = latest(meetingId).map(last -> last.version == version).orElse(false);
        List<Object[]> rows = entries.getEntityManager().createQuery("select e.category, e.delegation, count(e)"
                        + " from RosterFinalisationEntryEntity e where e.meetingId = :meeting and e.version = :version"
                        + " group by e.category, e.delegation", Object[].class)
                .setParameter("meeting", meetingId).setParameter("version", version).getResultList();
        return view(finalisation, Counts.of(rows, 0, delegations.order(meetingId)), isLatest,
                isLatest ? !compare(finalisation, current(meetingId)).isEmpty() : null);
    }

    /** How the roster now differs from finalised version {@code since}, or from the latest when null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RosterChangesView changes(UUID meetingId, Integer since) {
        meetings.require(meetingId);
        RosterFinalisationEntity finalisation = since == null
                ? latest(meetingId).orElseThrow(() -> notFinalised(meetingId, Message.of("", "")))
                : require(meetingId, since);
        List<KeyedEntry> before = frozen(finalisation);
        List<KeyedEntry> now = current(meetingId);
        RosterComparison.Result result = compare(before, now);
        Comparator<KeyedEntry> order = order(delegations.order(meetingId), RosterOrder.NameOrder.STROKES);
        Map<UUID, KeyedEntry> earlier = byId(before);
        Map<UUID, KeyedEntry> later = byId(now);
        List<RosterEntryView> added = result.added().stream().map(later::get).sorted(order)
                .map(KeyedEntry::entry).toList();
        List<RosterEntryView> withdrawn = result.removed().stream().map(earlier::get).sorted(order)
                .map(KeyedEntry::entry).toList();
        List<RosterChangesView.ChangedEntry> changed = result.changed().stream()
                .sorted(Comparator.comparing(c -> later.get(c.id()), order))
                .map(c -> {
                    RosterEntryView entry = later.get(c.id()).entry();
                    return new RosterChangesView.ChangedEntry(entry.attendeeId(), entry.name(), entry.delegation(),
                            earlier.get(c.id()).entry().version(), entry.version(), c.fields().stream()
                            .map(f -> new RosterChangesView.FieldChange(f.field(), f.before(), f.after())).toList());
                })
                .toList();
        return new RosterChangesView(meetingId, finalisation.version, finalisation.finalisedAt, !result.isEmpty(),
                added, withdrawn, changed);
    }

    /** The latest finalised version, if the roster was ever finalised. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RosterFinalisationEntity> latest(UUID meetingId) {
        return finalisations.find("meetingId = ?1 order by version desc", meetingId).firstResultOptional();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RosterFinalisationEntity require(UUID meetingId, int version) {
        RosterFinalisationEntity found = finalisations.findById(new RosterFinalisationEntity.Key(meetingId, version));
        if (found == null) {
            throw ProblemException.notFound(RecordNames.ROSTER_VERSION, version);
        }
        return found;
    }

    /** "The roster of meeting … has not been finalised yet", and what to do instead. */
    static ProblemException notFinalised(UUID meetingId, Message instead) {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("The roster of meeting {0} has not been"
                + " finalised yet{1}", "会议 {0} 的名册尚未定稿{1}", meetingId, instead));
    }

    /** The entries of a finalised version as it holds them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KeyedEntry> frozen(RosterFinalisationEntity finalisation) {
        // keys made with other name data than today's are made again, so that no list mixes two versions
        boolean sameKeys = NameCollation.version().equals(finalisation.collationVersion);
        return entries.find("meetingId = ?1 and version = ?2", finalisation.meetingId, finalisation.version).stream()
                .map(entry -> {
                    RosterEntryView view = read(entry.snapshot);
                    return sameKeys ? new KeyedEntry(view, entry.strokeKey, entry.pinyinKey)
                            : new KeyedEntry(view, NameCollation.strokeKey(view.name()),
                                    NameCollation.pinyinKey(view.name()));
                })
                .toList();
    }

    /** The active entries of the roster as they are now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KeyedEntry> current(UUID meetingId) {
        return finalisations.getEntityManager().createQuery("select a from AttendeeEntity a"
                        + " where a.meetingId = :meeting and a.status = :active", AttendeeEntity.class)
                .setParameter("meeting", meetingId).setParameter("active", AttendeeStatus.ACTIVE)
                .getResultStream().map(RosterFinalisationService::keyed).toList();
    }

    /** The order of the printed roster: delegations in the meeting's order, then names, then rank and id. */
    public static Comparator<KeyedEntry> order(Comparator<String> delegations, RosterOrder.NameOrder names) {
        return Comparator.comparing((KeyedEntry e) -> e.entry().delegation(), delegations)
                .thenComparing(e -> e.key(names), RosterOrder.keys())
                .thenComparing(e -> e.entry().rank(), Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                .thenComparing(e -> e.entry().attendeeId());
    }

    private RosterComparison.Result compare(RosterFinalisationEntity finalisation, List<KeyedEntry> now) {
        return compare(frozen(finalisation), now);
    }

    private static RosterComparison.Result compare(List<KeyedEntry> before, List<KeyedEntry> now) {
        return RosterComparison.compare(before.stream().map(e -> RosterMapping.compared(e.entry())).toList(),
                now.stream().map(e -> RosterMapping.compared(e.entry())).toList());
    }

    private static KeyedEntry keyed(AttendeeEntity attendee) {
        return new KeyedEntry(RosterMapping.toEntry(attendee),
                attendee.strokeKey != null ? attendee.strokeKey : NameCollation.strokeKey(attendee.name),
                attendee.pinyinKey != null ? attendee.pinyinKey : NameCollation.pinyinKey(attendee.name));
    }

    private static Map<UUID, KeyedEntry> byId(List<KeyedEntry> list) {
        return list.stream().collect(Collectors.toMap(e -> e.entry().attendeeId(), Function.identity()));
    }

    /** 409 naming how many entries lack verifications, and the first few of them by strokes. */
    private static ProblemException unverified(List<AttendeeEntity> unverified, int required) {
        List<String> names = unverified.stream().map(a -> a.name).sorted(NameCollation.byStrokes())
                .limit(NAMES_IN_REFUSAL).toList();
        int more = unverified.size() - names.size();
        // names are arguments, never patterns: whatever they hold is written as it is
        Message listed = Message.of("{0}", "{1}", String.join(", ", names) + (more > 0 ? " and " + more + " more" : ""),
                String.join("、", names) + (more > 0 ? " 等" : ""));
        return ProblemException.conflict(Message.of(
                "Cannot finalise the roster: {0} active {1} not verified yet: {2}. The current version of each entry"
                        + " needs {3} verifications by distinct staff",
                "不能定稿：尚有 {0} 条有效名册条目未核对完毕：{2}。每条当前版本须经 {3} 名不同工作人员核对",
                unverified.size(), unverified.size() == 1 ? "entry is" : "entries are", listed, required));
    }

    private MeetingEntity lock(UUID meetingId) {
        meetings.require(meetingId);
        return finalisations.getEntityManager().find(MeetingEntity.class, meetingId,
                LockModeType.PESSIMISTIC_WRITE);
    }

    private RosterFinalisationView view(RosterFinalisationEntity finalisation, Counts counts, boolean latest,
            Boolean changedSince) {
        return new RosterFinalisationView(finalisation.meetingId, finalisation.version, finalisation.note,
                finalisation.finalisedBy, finalisation.finalisedAt, finalisation.entries, counts.categories(),
                counts.delegations(), counts.withoutDelegation(), latest, changedSince);
    }

    private String write(RosterEntryView entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a finalised roster entry", e);
        }
    }

    private static RosterEntryView read(String snapshot) {
        try {
            // read leniently: an entry frozen before a field was added or removed stays readable
            return EventCodec.mapper().readValue(snapshot, RosterEntryView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable finalised roster entry", e);
        }
    }

    /** Entries by category (in the categories' order) and by delegation (in the meeting's order). */
    record Counts(List<RosterFinalisationView.CategoryCount> categories,
            List<RosterFinalisationView.DelegationCount> delegations, int withoutDelegation) {

        static Counts of(List<RosterEntryView> list, Comparator<String> order) {
            return of(list.stream().map(e -> new Object[] {e.category(), e.delegation(), 1L}).toList(), 0, order);
        }

        /** From rows of category, delegation and count, starting at column {@code from}. */
        static Counts of(List<Object[]> rows, int from, Comparator<String> order) {
            Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
            Map<String, Integer> byDelegation = new HashMap<>();
            int without = 0;
            for (Object[] row : rows) {
                int count = ((Number) row[from + 2]).intValue();
                byCategory.merge((Category) row[from], count, Integer::sum);
                String delegation = (String) row[from + 1];
                if (delegation == null) {
                    without += count;
                } else {
                    byDelegation.merge(delegation, count, Integer::sum);
                }
            }
            return new Counts(byCategory.entrySet().stream()
                    .map(e -> new RosterFinalisationView.CategoryCount(e.getKey(), e.getValue())).toList(),
                    byDelegation.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                            .map(e -> new RosterFinalisationView.DelegationCount(e.getKey(), e.getValue())).toList(),
                    without);
        }
    }
}
