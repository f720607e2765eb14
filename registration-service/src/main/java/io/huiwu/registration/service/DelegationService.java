package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.DelegationRequest;
import io.huiwu.registration.api.DelegationView;
import io.huiwu.registration.domain.Attendance;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.DelegationRole;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.domain.RosterOrder;
import io.huiwu.registration.event.DelegationEvents;
import io.huiwu.registration.event.MeetingEvents;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.DelegationEntity;
import io.huiwu.registration.persistence.DelegationLeaderEntity;
import io.huiwu.registration.persistence.RosterRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delegations (代表团): records an organizer keeps (name, leaders and liaison, preferred hotel, place in the agreed
 * order), matched to the roster's entries by name within the meeting, and listed in one of the orders protocol uses
 * (DOMAIN.md, Hall): by surname-stroke order of their names, by pinyin, or by an order the organiser agreed
 * (delegations it does not list follow, by strokes). A name the roster uses without a record is listed too. Each
 * change of a record publishes {@code delegation-updated}; setting the order publishes {@code delegation-order-set}.
 */
@ApplicationScoped
public class DelegationService {

    public enum DelegationOrder { STROKES, PINYIN, AGREED }

    private static final Message DELEGATION = Message.of("Delegation", "代表团");
    private static final Comparator<DelegationView.Leader> LEADERS_FIRST = Comparator.comparing(
            DelegationView.Leader::role).thenComparing(DelegationView.Leader::name, NameCollation.byStrokes());

    private final RosterRepositories.Delegations delegations;
    private final RosterRepositories.DelegationLeaders leaders;
    private final AttendeeRepository attendees;
    private final MeetingService meetings;
    private final DelegationEvents events;
    private final MeetingEvents meetingEvents;

    public DelegationService(RosterRepositories.Delegations delegations, RosterRepositories.DelegationLeaders leaders,
            AttendeeRepository attendees, MeetingService meetings, DelegationEvents events,
            MeetingEvents meetingEvents) {
        this.delegations = delegations;
        this.leaders = leaders;
        this.attendees = attendees;
        this.meetings = meetings;
        this.events = events;
        this.meetingEvents = meetingEvents;
    }

    /**
     * The delegations of the meeting: its records and the names its active entries carry, each with its members
     * counted as {@link Attendance#countsForDelegation} says.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DelegationView> list(UUID meetingId, DelegationOrder order, boolean includeSupport) {
        meetings.require(meetingId);
        Map<String, Long> sizes = sizes(meetingId, null, includeSupport);
        Map<String, DelegationView> views = new LinkedHashMap<>();
        for (DelegationEntity delegation : delegations.list("meetingId", meetingId)) {
            views.put(delegation.name, view(delegation, sizes.getOrDefault(delegation.name, 0L)));
        }
        sizes.forEach((name, size) -> views.computeIfAbsent(name, n -> new DelegationView(null, n, size, null,
                List.of(), null, null, null)));
        Map<String, Integer> positions = agreedPositions(meetingId);
        Comparator<DelegationView> comparator = switch (order) {
            case STROKES -> Comparator.comparing(DelegationView::name, NameCollation.byStrokes());
            case PINYIN -> Comparator.comparing(DelegationView::name, NameCollation.textByPinyin());
            case AGREED -> Comparator.comparing(DelegationView::name, RosterOrder.delegations(positions));
        };
        List<DelegationView> list = new ArrayList<>(views.values());
        list.sort(comparator);
        return list;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DelegationView get(UUID meetingId, UUID id, boolean includeSupport) {
        DelegationEntity delegation = require(meetingId, id);
        return view(delegation, sizes(meetingId, delegation.name, includeSupport).getOrDefault(delegation.name, 0L));
    }

    @Transactional
    public DelegationView create(UUID meetingId, DelegationRequest request, String actor) {
        meetings.require(meetingId);
        String name = request.name().strip();
        requireUniqueName(meetingId, name, null);
        List<DelegationRequest.Leader> chosen = request.leaders() == null ? List.of() : request.leaders();
        checkLeaders(meetingId, name, chosen);
        DelegationEntity delegation = new DelegationEntity();
        delegation.id = UUID.randomUUID();
        delegation.meetingId = meetingId;
        delegation.name = name;
        delegation.preferredHotel = blankToNull(request.preferredHotel());
        delegation.updatedBy = actor;
        delegation.updatedAt = MeetingService.now();
        delegations.persist(delegation);
        delegations.flush();
        replaceLeaders(delegation.id, chosen);
        return published(delegation);
    }

    @Transactional
    public DelegationView update(UUID meetingId, UUID id, long expectedVersion, DelegationRequest request,
            String actor) {
        DelegationEntity delegation = require(meetingId, id);
        Versions.check(expectedVersion, delegation.version, RecordNames.named(DELEGATION, id));
        String name = request.name().strip();
        if (!name.equals(delegation.name)) {
            requireUniqueName(meetingId, name, id);
            long members = attendees.count("meetingId = ?1 and delegation = ?2 and status = ?3", meetingId,
                    delegation.name, AttendeeStatus.ACTIVE);
            if (members > 0) {
                Message message = Message.of("cannot change while {0} active entries of the roster name the delegation"
                        + " {1}: correct their delegation first", "名册中仍有 {0} 名有效人员属于 {1}，不能改名：请先修改其代表团",
                        members, delegation.name);
                throw new ProblemException(ProblemType.CONFLICT, Message.of("name {0}", "name：{0}", message),
                        List.of(new ProblemException.FieldIssue("name", message)));
            }
        }
        List<DelegationRequest.Leader> chosen = request.leaders() == null ? List.of() : request.leaders();
        checkLeaders(meetingId, name, chosen);
        delegation.name = name;
        delegation.preferredHotel = blankToNull(request.preferredHotel());
        delegation.updatedBy = actor;
        delegation.updatedAt = MeetingService.now();
        replaceLeaders(delegation.id, chosen);
        delegations.flush();
        return published(delegation);
    }

    /**
     * Sets the agreed order: each name listed takes its place (a record is made for a name that has none), the
     * others lose theirs. Publishes delegation-updated for each delegation whose place changed, then
     * delegation-order-set.
     */
    @Transactional
    public List<DelegationView> setOrder(UUID meetingId, List<String> names, String actor) {
        meetings.require(meetingId);
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (String name : names) {
            if (wanted.putIfAbsent(name.strip(), wanted.size() + 1) != null) {
                throw ProblemException.invalidField("names", Message.of("lists {0} twice", "重复列出了 {0}",
                        name));
            }
        }
        Map<String, DelegationEntity> records = delegations.list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(d -> d.name, Function.identity()));
        List<DelegationEntity> changed = new ArrayList<>();
        for (String name : wanted.keySet()) {
            if (!records.containsKey(name)) {
                DelegationEntity made = new DelegationEntity();
                made.id = UUID.randomUUID();
                made.meetingId = meetingId;
                made.name = name;
                made.position = wanted.get(name);
                made.updatedBy = actor;
                made.updatedAt = MeetingService.now();
                delegations.persist(made);
                records.put(name, made);
                changed.add(made);
            }
        }
        for (DelegationEntity delegation : records.values()) {
            Integer position = wanted.get(delegation.name);
            if (!Objects.equals(position, delegation.position)) {
                delegation.position = position;
                delegation.updatedBy = actor;
                delegation.updatedAt = MeetingService.now();
                changed.add(delegation);
            }
        }
        delegations.flush();
        changed.stream().sorted(Comparator.comparing(d -> d.name, RosterOrder.delegations(wanted)))
                .forEach(this::published);
        List<MeetingEvents.OrderedDelegation> ordered = wanted.entrySet().stream()
                .map(e -> new MeetingEvents.OrderedDelegation(records.get(e.getKey()).id, e.getKey(), e.getValue()))
                .toList();
        meetingEvents.delegationOrderSet(new MeetingEvents.DelegationOrderSet(meetingId, ordered, actor,
                MeetingService.now()));
        return list(meetingId, DelegationOrder.AGREED, false);
    }

    /**
     * The meeting's order of delegations, which printed rosters follow: the agreed one (delegations it does not list
     * after it, by strokes), or by strokes when none was agreed; no delegation last.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Comparator<String> order(UUID meetingId) {
        return RosterOrder.delegations(agreedPositions(meetingId));
    }

    /**
     * After an entry of the roster was changed or withdrawn, in the same transaction: where it no longer qualifies
     * for a post it holds in a delegation (withdrawn, in another delegation now, or no longer a member for a 团长 or
     * 副团长), it loses the post and the delegation is published again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rosterEntryChanged(AttendeeEntity attendee) {
        for (DelegationLeaderEntity post : leaders.list("attendeeId", attendee.id)) {
            DelegationEntity delegation = delegations.findById(post.delegationId);
            if (attendee.status == AttendeeStatus.ACTIVE && attendee.delegation != null
                    && attendee.delegation.equals(delegation.name) && mayHold(post.role, attendee.category)) {
                continue;
            }
            leaders.delete(post);
            delegation.updatedBy = attendee.lastEditedBy;
            delegation.updatedAt = MeetingService.now();
            delegations.flush();
            published(delegation);
        }
    }

    private DelegationView published(DelegationEntity delegation) {
        DelegationView view = view(delegation, sizes(delegation.meetingId, delegation.name, false)
                .getOrDefault(delegation.name, 0L));
        Function<DelegationView.Leader, DelegationEvents.Leader> leader = l -> new DelegationEvents.Leader(
                l.attendeeId(), l.name(), l.role().name());
        events.updated(new DelegationEvents.Snapshot(delegation.id, delegation.meetingId, delegation.name,
                delegation.position, view.leaders().stream().map(leader).toList(),
                view.liaison() == null ? null : leader.apply(view.liaison()), delegation.preferredHotel,
                delegation.version));
        return view;
    }

    private void checkLeaders(UUID meetingId, String name, List<DelegationRequest.Leader> chosen) {
        Set<UUID> seen = new HashSet<>();
        Map<DelegationRole, Integer> single = new HashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            DelegationRequest.Leader leader = chosen.get(i);
            if (!seen.add(leader.attendeeId())) {
                throw ProblemException.invalidField("leaders[" + i + "].attendeeId", Message.of(
                        "lists attendee {0} twice", "重复列出了参会人员 {0}", leader.attendeeId()));
            }
            if (leader.role() == DelegationRole.MEMBER) {
                throw ProblemException.invalidField("leaders[" + i + "].role", Message.of(
                        "must be LEADER, DEPUTY_LEADER or LIAISON", "须为 LEADER（团长）、DEPUTY_LEADER（副团长）或 LIAISON（联络员）"));
            }
            if ((leader.role() == DelegationRole.LEADER || leader.role() == DelegationRole.LIAISON)
                    && single.merge(leader.role(), 1, Integer::sum) > 1) {
                throw ProblemException.invalidField("leaders[" + i + "].role", Message.of(
                        "a delegation has one {0} ({1})", "每个代表团只有一名{1}（{0}）", leader.role(),
                        leader.role().label()));
            }
        }
        Map<UUID, AttendeeEntity> found = seen.isEmpty() ? Map.of() : attendees
                .find("id in ?1 and meetingId = ?2 and status = ?3", seen, meetingId, AttendeeStatus.ACTIVE)
                .list().stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        for (int i = 0; i < chosen.size(); i++) {
            DelegationRequest.Leader leader = chosen.get(i);
            AttendeeEntity person = found.get(leader.attendeeId());
            String field = "leaders[" + i + "].attendeeId";
            if (person == null) {
                throw ProblemException.invalidField(field, Message.of(
                        "attendee {0} is not an active attendee of this meeting", "参会人员 {0} 不是本次会议的有效参会人员",
                        leader.attendeeId()));
            }
            if (!name.equals(person.delegation)) {
                throw ProblemException.invalidField(field, person.delegation == null
                        ? Message.of("{0} is in no delegation, not in {1}", "{0} 不属于任何代表团，不属于 {1}", person.name,
                                name)
                        : Message.of("{0} is in the delegation {1}, not in {2}", "{0} 属于 {1}，不属于 {2}", person.name,
                                person.delegation, name));
            }
            if (!mayHold(leader.role(), person.category)) {
                throw ProblemException.invalidField("leaders[" + i + "].role", Message.of(
                        "{0} is {1}, not a member of the delegation; only a liaison may be",
                        "{0} 的类别为 {1}，不是代表团成员，只能担任联络员", person.name, person.category));
            }
        }
    }

    /** 团长 and 副团长 are members of their delegation; its liaison may be one of its staff. */
    private static boolean mayHold(DelegationRole role, Category category) {
        return role == DelegationRole.LIAISON || Attendance.countsForDelegation(category, false);
    }

    private void replaceLeaders(UUID delegationId, List<DelegationRequest.Leader> chosen) {
        leaders.delete("delegationId", delegationId);
        leaders.flush();
        for (DelegationRequest.Leader leader : chosen) {
            DelegationLeaderEntity row = new DelegationLeaderEntity();
            row.delegationId = delegationId;
            row.attendeeId = leader.attendeeId();
            row.role = leader.role();
            leaders.persist(row);
        }
        leaders.flush();
    }

    private DelegationEntity require(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return delegations.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(DELEGATION, id));
    }

    private void requireUniqueName(UUID meetingId, String name, UUID except) {
        if (delegations.count("meetingId = ?1 and name = ?2 and id <> ?3", meetingId, name,
                except == null ? new UUID(0, 0) : except) > 0) {
            Message message = Message.of("is taken: this meeting already has a delegation named {0}",
                    "已被占用：本次会议已有名为 {0} 的代表团", name);
            throw new ProblemException(ProblemType.CONFLICT, Message.of("name {0}", "name：{0}", message),
                    List.of(new ProblemException.FieldIssue("name", message)));
        }
    }

    /**
     * How many active entries each delegation name has (or the one name asked for), counting staff and
     * accompanying people only when asked: the rule of {@link Attendance#countsForDelegation}, applied here once for
     * every delegation figure of the roster.
     */
    private Map<String, Long> sizes(UUID meetingId, String only, boolean includeSupport) {
        var query = attendees.getEntityManager().createQuery("select a.delegation, a.category, count(a)"
                        + " from AttendeeEntity a where a.meetingId = :meeting and a.status = :status"
                        + (only == null ? " and a.delegation is not null" : " and a.delegation = :only")
                        + " group by a.delegation, a.category", Object[].class)
                .setParameter("meeting", meetingId).setParameter("status", AttendeeStatus.ACTIVE);
        if (only != null) {
            query.setParameter("only", only);
        }
        List<Object[]> rows = query.getResultList();
        Map<String, Long> sizes = new HashMap<>();
        for (Object[] row : rows) {
            long counted = Attendance.countsForDelegation((Category) row[1], includeSupport)
                    ? ((Number) row[2]).longValue() : 0;
            sizes.merge((String) row[0], counted, Long::sum);
        }
        return sizes;
    }

    private Map<String, Integer> agreedPositions(UUID meetingId) {
        Map<String, Integer> positions = new HashMap<>();
        delegations.list("meetingId = ?1 and position is not null", meetingId)
                .forEach(row -> positions.put(row.name, row.position));
        return positions;
    }

    private DelegationView view(DelegationEntity delegation, long size) {
        List<DelegationLeaderEntity> rows = leaders.list("delegationId", delegation.id);
        Map<UUID, String> names = rows.isEmpty() ? Map.of() : attendees
                .find("id in ?1", rows.stream().map(r -> r.attendeeId).toList()).list().stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.name));
        List<DelegationView.Leader> list = rows.stream()
                .map(r -> new DelegationView.Leader(r.attendeeId, names.get(r.attendeeId), r.role))
                .sorted(LEADERS_FIRST).toList();
        DelegationView.Leader liaison = list.stream().filter(l -> l.role() == DelegationRole.LIAISON).findFirst()
                .orElse(null);
        return new DelegationView(delegation.id, delegation.name, size, delegation.position, list, liaison,
                delegation.preferredHotel, delegation.version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
