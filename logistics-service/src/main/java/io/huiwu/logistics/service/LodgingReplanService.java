package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.roster.RosterChange;
import io.huiwu.logistics.api.AppliedReplanView;
import io.huiwu.logistics.api.AssignmentJobRequest;
import io.huiwu.logistics.api.ReplanRequest;
import io.huiwu.logistics.api.ReplanView;
import io.huiwu.logistics.domain.rooming.Guest;
import io.huiwu.logistics.domain.rooming.LocalReplan;
import io.huiwu.logistics.domain.rooming.LodgingPolicy;
import io.huiwu.logistics.domain.rooming.ReplanRule;
import io.huiwu.logistics.domain.rooming.Room;
import io.huiwu.logistics.event.LodgingEvents;
import io.huiwu.logistics.event.LodgingSnapshot;
import io.huiwu.logistics.persistence.FloorEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.LodgingRoster;
import io.huiwu.logistics.persistence.RoomAssignmentEntity;
import io.huiwu.logistics.persistence.RoomEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lodging after a change, without planning the meeting again. Someone who withdraws gives their bed up at once (the
 * roster copy's change, in the consumer's transaction: {@code room-unassigned}, the stay cancelled, the roommates'
 * {@code room-assigned}). A re-plan ({@link LocalReplan}) then gives the free beds to the people without one
 * (newcomers, people the plan had no bed for), moving nobody who has a bed. The preview changes nothing and answers
 * its basis: digests of the beds in force, the roster and the rooms it was made from. Apply plans again and puts the
 * plan in force only if the basis is still the same (compare-and-set), so what is applied is what was previewed.
 */
@ApplicationScoped
public class LodgingReplanService {

    /** Who changes a bed when a withdrawal gives it up. */
    static final String WITHDRAWAL = "attendee-withdrawn";
    /** The first key of the transaction lock that puts applies of one meeting's re-plans in a line. */
    private static final int REPLAN_LOCK = 0x72706c6e;

    private final LodgingRepositories.Assignments assignments;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRoster roster;
    private final AssignmentService beds;
    private final LodgingEvents events;
    private final StayLedger ledger;

    public LodgingReplanService(LodgingRepositories.Assignments assignments, LodgingRepositories.Rooms rooms,
            LodgingRoster roster, AssignmentService beds, LodgingEvents events, StayLedger ledger) {
        this.assignments = assignments;
        this.rooms = rooms;
        this.roster = roster;
        this.beds = beds;
        this.events = events;
        this.ledger = ledger;
    }

    /** Someone withdrew: their bed is given up in the transaction that took the roster entry. */
    void rosterChanged(@Observes RosterChange change) {
        if (change.withdrawn()) {
            release(change.meetingId(), change.attendeeId());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void release(UUID meetingId, UUID attendeeId) {
        RoomAssignmentEntity assignment = assignments.find("meetingId = ?1 and attendeeId = ?2", meetingId,
                attendeeId).firstResult();
        if (assignment == null) {
            return;
        }
        AssignmentService.Places places = beds.places(meetingId);
        Map<UUID, LodgingSnapshot> people = beds.people(meetingId);
        LodgingEvents.RoomAssignment lost = beds.event(assignment, places, people);
        assignments.delete(assignment);
        assignments.flush();
        ledger.follow(meetingId, List.of(attendeeId), WITHDRAWAL);
        events.unassigned(lost);
        beds.publishRooms(Set.of(assignment.roomId), places, people);
    }

    @Transactional
    public ReplanView preview(UUID meetingId, ReplanRequest request) {
        return plan(read(meetingId, request)).view();
    }

    @Transactional
    public AppliedReplanView apply(UUID meetingId, ReplanRequest request, String actor) {
        if (request.basis() == null) {
            throw ProblemException.invalidField("basis", Message.of("is required to apply: the preview's basis",
                    "应用时必填：预览给出的 basis"));
        }
        assignments.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, ?2))"
                + " locked").setParameter(1, REPLAN_LOCK).setParameter(2, meetingId.hashCode()).getSingleResult();
        State state = read(meetingId, request);
        if (!state.basis().equals(request.basis())) {
            throw changed(changes(request.basis(), state.basis()));
        }
        Plan plan = plan(state);
        // staff giving a bed by hand lock the person, then the room: the same order here, and what they changed
        // before the locks were taken shows as a change of the beds read
        Set<UUID> people = new TreeSet<>();
        plan.result().placements().forEach(p -> people.add(p.guest().getId()));
        plan.released().forEach(a -> people.add(a.attendeeId));
        for (UUID person : people) {
            assignments.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, ?2))"
                    + " locked").setParameter(1, AssignmentService.PERSON_LOCK).setParameter(2, person.hashCode())
                    .getSingleResult();
        }
        Set<UUID> roomIds = new TreeSet<>();
        plan.result().placements().forEach(p -> roomIds.add(p.room().getId()));
        plan.released().forEach(a -> roomIds.add(a.roomId));
        if (!roomIds.isEmpty()) {
            rooms.find("id in ?1 order by id", roomIds).withLock(LockModeType.PESSIMISTIC_WRITE).list();
            Set<String> now = assignments.list("roomId in ?1 or (meetingId = ?2 and attendeeId in ?3)", roomIds,
                    meetingId, people).stream().map(LodgingReplanService::line).collect(Collectors.toSet());
            Set<String> read = state.assignments().stream().filter(a -> roomIds.contains(a.roomId)
                    || people.contains(a.attendeeId)).map(LodgingReplanService::line).collect(Collectors.toSet());
            if (!now.equals(read)) {
                throw changed(List.of(Message.of("beds were given or taken away while the re-plan was applied",
                        "应用重排方案时又有床位变动")));
            }
        }
        AssignmentService.Places places = state.places();
        Set<UUID> touched = new LinkedHashSet<>();
        List<LodgingEvents.RoomAssignment> lost = new ArrayList<>();
        for (RoomAssignmentEntity released : plan.released()) {
            lost.add(beds.event(released, places, state.people()));
            touched.add(released.roomId);
            assignments.delete(released);
        }
        assignments.flush();
        for (LocalReplan.Placement placement : plan.result().placements()) {
            RoomAssignmentEntity assignment = new RoomAssignmentEntity();
            assignment.id = UUID.randomUUID();
            assignment.meetingId = meetingId;
            assignment.attendeeId = placement.guest().getId();
            assignment.roomId = placement.room().getId();
            assignment.bed = placement.bed();
            assignment.pinned = false;
            assignment.assignedBy = actor;
            assignment.assignedAt = InventoryService.now();
            assignments.persist(assignment);
            touched.add(assignment.roomId);
        }
        assignments.flush();
        ledger.follow(meetingId, people, actor);
        lost.forEach(events::unassigned);
        beds.publishRooms(touched, places, state.people());
        int placed = plan.result().placements().size();
        return new AppliedReplanView(placed, lost.size(), plan.result().unplaced().size(),
                state.assignments().size() - lost.size());
    }

    /** What a re-plan is made from, read in one transaction. */
    private record State(UUID meetingId, Map<UUID, LodgingSnapshot> people, List<LodgingSnapshot> needing,
            List<RoomAssignmentEntity> assignments, AssignmentService.Places places, Map<UUID, String> floorKeys,
            LodgingPolicy policy, String basis) {

        Map<UUID, RoomEntity> rooms() {
            return places.rooms();
        }

        String hotel(UUID roomId) {
            return places.hotels().get(places.rooms().get(roomId).hotelId).name;
        }
    }

    private record Plan(State state, LocalReplan.Result result, List<RoomAssignmentEntity> released) {

        ReplanView view() {
            List<ReplanView.Placement> placements = result.placements().stream().map(p -> {
                LodgingSnapshot person = state.people().get(p.guest().getId());
                String number = p.room().getNumber();
                return new ReplanView.Placement(person.attendeeId(), person.name(), person.delegation(),
                        p.room().getHotelId(), state.hotel(p.room().getId()), p.room().getId(), number,
                        p.bed(), p.rule(), p.roommates().stream().map(o -> new ReplanView.Roommate(o.guest().getId(),
                                o.guest().getName(), o.bed())).toList(), p.breaches(),
                        person.name() + " " + p.rule().explain(number), person.name() + p.rule().explainZh(number));
            }).sorted(Comparator.comparing(ReplanView.Placement::hotel).thenComparing(ReplanView.Placement::room)
                    .thenComparingInt(ReplanView.Placement::bed)).toList();
            List<ReplanView.Unplaced> unplaced = result.unplaced().stream().map(g -> {
                LodgingSnapshot person = state.people().get(g.getId());
                return new ReplanView.Unplaced(person.attendeeId(), person.name(), person.delegation(),
                        ReplanRule.NO_BED, person.name() + " " + ReplanRule.NO_BED.explain(null),
                        person.name() + ReplanRule.NO_BED.explainZh(null));
            }).toList();
            List<ReplanView.Released> released = this.released.stream().map(a -> new ReplanView.Released(
                    a.attendeeId, state.hotel(a.roomId),
                    state.rooms().get(a.roomId).number, a.bed)).toList();
            return new ReplanView(state.basis(), state.needing().size(), placements.size(), placements, unplaced,
                    released);
        }
    }

    private State read(UUID meetingId, ReplanRequest request) {
        LodgingPolicy policy = policy(request.policy());
        List<LodgingSnapshot> active = roster.active(meetingId);
        Map<UUID, LodgingSnapshot> people = new HashMap<>();
        active.forEach(p -> people.put(p.attendeeId(), p));
        // read-only: the beds in force are only read, or deleted when released, never changed in place
        List<RoomAssignmentEntity> held = assignments.find("meetingId", meetingId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        Set<UUID> bedded = held.stream().map(a -> a.attendeeId).collect(Collectors.toSet());
        Set<String> categories = request.categories();
        List<LodgingSnapshot> needing = active.stream().filter(p -> !bedded.contains(p.attendeeId()))
                .filter(p -> categories == null || categories.isEmpty() || categories.contains(p.category()))
                .toList();
        AssignmentService.Places places = beds.places(meetingId);
        List<RoomEntity> meetingRooms = List.copyOf(places.rooms().values());
        Map<UUID, String> floorKeys = new HashMap<>();
        Map<UUID, FloorEntity> floors = places.floors();
        meetingRooms.forEach(r -> {
            FloorEntity floor = floors.get(r.floorId);
            floorKeys.put(r.id, floor.buildingId + "/" + floor.level);
        });
        String basis = digest(held.stream().map(LodgingReplanService::line)) + "."
                + digest(active.stream().map(p -> p.attendeeId() + " " + p.gender() + " " + p.category() + " "
                        + p.delegation() + " " + p.gradeLevel() + " " + p.name())) + "."
                + digest(meetingRooms.stream().map(r -> r.id + " " + r.hotelId + " " + r.floorId + " " + r.type
                        + " " + r.beds + " " + r.number));
        return new State(meetingId, people, needing, held, places, floorKeys, policy, basis);
    }

    private static Plan plan(State state) {
        Map<UUID, Room> planRooms = new HashMap<>();
        state.rooms().values().forEach(r -> planRooms.put(r.id, new Room(r.id, r.hotelId,
                state.floorKeys().get(r.id), r.number, r.type, r.beds)));
        List<LocalReplan.Occupant> occupants = new ArrayList<>();
        List<RoomAssignmentEntity> released = new ArrayList<>();
        for (RoomAssignmentEntity assignment : state.assignments()) {
            LodgingSnapshot person = state.people().get(assignment.attendeeId);
            if (person == null) {
                released.add(assignment);
            } else {
                occupants.add(new LocalReplan.Occupant(guest(person, state.policy(), true),
                        planRooms.get(assignment.roomId), assignment.bed));
            }
        }
        released.sort(Comparator.comparing(a -> a.attendeeId));
        List<Guest> waiting = state.needing().stream().map(p -> guest(p, state.policy(), false)).toList();
        return new Plan(state, LocalReplan.place(new ArrayList<>(planRooms.values()), occupants, waiting), released);
    }

    private static Guest guest(LodgingSnapshot person, LodgingPolicy policy, boolean placed) {
        return new Guest(person.attendeeId(), person.name(), person.gender(), policy.lodgingClass(person.category()),
                person.delegation(), person.gradeLevel(), policy.suiteAllowed(person.gradeLevel()), placed, null);
    }

    /** The policy of a request, with the defaults an assignment job takes. */
    static LodgingPolicy policy(AssignmentJobRequest request) {
        return new LodgingPolicy(
                request.suiteFromGradeLevel() == null ? LodgingPolicy.DEFAULT.suiteFromGradeLevel()
                        : request.suiteFromGradeLevel() == 0 ? null : request.suiteFromGradeLevel(),
                request.ownCategories() == null ? LodgingPolicy.DEFAULT.ownCategories() : request.ownCategories());
    }

    private static String line(RoomAssignmentEntity a) {
        return a.attendeeId + " " + a.roomId + " " + a.bed + " " + a.pinned;
    }

    /** The first 8 bytes of the SHA-256 of the lines, in sorted order, as hexadecimal. */
    private static String digest(Stream<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.sorted().forEach(line -> {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What changed between the preview's basis and now, part by part. */
    private static List<Message> changes(String previewed, String now) {
        String[] before = previewed.split("\\.", -1);
        String[] after = now.split("\\.", -1);
        List<Message> changed = new ArrayList<>();
        if (before.length != 3) {
            return List.of(Message.of("is not the basis of a preview", "不是预览给出的 basis"));
        }
        if (!before[0].equals(after[0])) {
            changed.add(Message.of("beds in force were given, moved or taken away",
                    "有床位被分配、调整或取消"));
        }
        if (!before[1].equals(after[1])) {
            changed.add(Message.of("the roster changed (someone registered, withdrew or changed)",
                    "参会人员名单有变（新增、退出或信息变更）"));
        }
        if (!before[2].equals(after[2])) {
            changed.add(Message.of("rooms were added, changed or removed", "房间有新增、变更或删除"));
        }
        return changed;
    }

    private static ProblemException changed(List<Message> what) {
        Message joined = what.size() == 1 ? what.get(0) : Message.of("{0}; {1}", "{0}；{1}", what.get(0),
                what.size() == 2 ? what.get(1) : Message.of("{0}; {1}", "{0}；{1}", what.get(1), what.get(2)));
        Message message = Message.of("has changed since the preview: {0}; preview again", "预览后已有变化：{0}；请重新预览",
                joined);
        return new ProblemException(ProblemType.CONFLICT, Message.of("basis {0}", "basis {0}", message),
                List.of(new ProblemException.FieldIssue("basis", message)));
    }
}
