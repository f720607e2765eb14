package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.logistics.api.AppliedPlanView;
import io.huiwu.logistics.api.PlacementRequest;
import io.huiwu.logistics.api.RoomAssignmentView;
import io.huiwu.logistics.api.RoomingResult;
import io.huiwu.logistics.domain.JobStatus;
import io.huiwu.logistics.domain.RoomType;
import io.huiwu.logistics.domain.rooming.Guest;
import io.huiwu.logistics.domain.rooming.LodgingPolicy;
import io.huiwu.logistics.domain.rooming.LodgingRule;
import io.huiwu.logistics.event.LodgingEvents;
import io.huiwu.logistics.event.LodgingSnapshot;
import io.huiwu.logistics.persistence.AssignmentJobEntity;
import io.huiwu.logistics.persistence.BuildingEntity;
import io.huiwu.logistics.persistence.FloorEntity;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.LodgingRoster;
import io.huiwu.logistics.persistence.RoomAssignmentEntity;
import io.huiwu.logistics.persistence.RoomEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who sleeps where. A bed is given by hand (and pinned: the planner never moves it) or by applying a plan that a
 * room assignment job proposed. Each change publishes {@code room-assigned} for everyone in the rooms it touched (their
 * roommates changed too) and {@code room-unassigned} for whoever lost their bed, in the same transaction (outbox).
 * The database gives a bed to one person only; a placement by hand that breaks a hard rule is refused, naming it.
 */
@ApplicationScoped
public class AssignmentService {

    /** The first key of the transaction lock a person's placement by hand takes (the second is the person's). */
    static final int PERSON_LOCK = 0x6c6f6467;

    private final LodgingRepositories.Assignments assignments;
    private final LodgingRepositories.Hotels hotels;
    private final LodgingRepositories.Buildings buildings;
    private final LodgingRepositories.Floors floors;
    private final LodgingRepositories.Rooms rooms;
    private final RoomingJobService jobs;
    private final LodgingRoster roster;
    private final LodgingEvents events;
    private final StayLedger ledger;

    public AssignmentService(LodgingRepositories.Assignments assignments, LodgingRepositories.Hotels hotels,
            LodgingRepositories.Buildings buildings, LodgingRepositories.Floors floors,
            LodgingRepositories.Rooms rooms, RoomingJobService jobs, LodgingRoster roster, LodgingEvents events,
            StayLedger ledger) {
        this.assignments = assignments;
        this.hotels = hotels;
        this.buildings = buildings;
        this.floors = floors;
        this.rooms = rooms;
        this.jobs = jobs;
        this.roster = roster;
        this.events = events;
        this.ledger = ledger;
    }

    @Transactional
    public RoomAssignmentView place(UUID meetingId, UUID attendeeId, PlacementRequest request, String actor) {
        LodgingSnapshot person = roster.find(meetingId, attendeeId)
                .orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, attendeeId));
        // staff placing the same person at once wait for each other, then staff placing people in the same room:
        // each sees the room (and the person's bed) as the one before left it, so the bed and the room's rules are
        // checked against what is there, and a refusal names who holds the bed
        assignments.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, ?2)) locked")
                .setParameter(1, PERSON_LOCK).setParameter(2, attendeeId.hashCode()).getSingleResult();
        RoomEntity room = rooms.find("id = ?1 and meetingId = ?2", request.roomId(), meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalidField("roomId", Message.of("is not a room of this meeting",
                        "不是本次会议的房间")));
        if (request.bed() != null && request.bed() > room.beds) {
            throw ProblemException.invalidField("bed", Message.of("must be at most {0}: room {1} has {0} beds",
                    "不能大于 {0}：房间 {1} 只有 {0} 张床", room.beds, room.number));
        }
        List<RoomAssignmentEntity> others = assignments.list("roomId = ?1 and attendeeId <> ?2", room.id, attendeeId);
        Map<UUID, LodgingSnapshot> people = people(meetingId);
        int bed = request.bed() != null ? request.bed() : lowestFree(others, room);
        for (RoomAssignmentEntity other : others) {
            if (other.bed == bed) {
                String holder = people.containsKey(other.attendeeId) ? people.get(other.attendeeId).name()
                        : other.attendeeId.toString();
                Message message = Message.of("is already given to {0}", "已分配给 {0}", holder);
                throw new ProblemException(ProblemType.CONFLICT, Message.of("bed {0} of room {1} {2}",
                        "房间 {1} 的 {0} 号床{2}", bed, room.number, message),
                        List.of(new ProblemException.FieldIssue("bed", message)));
            }
        }
        checkRules(person, room, others, people);
        RoomAssignmentEntity assignment = assignments.find("meetingId = ?1 and attendeeId = ?2", meetingId,
                attendeeId).firstResult();
        Set<UUID> touched = new LinkedHashSet<>();
        if (assignment == null) {
            assignment = new RoomAssignmentEntity();
            assignment.id = UUID.randomUUID();
            assignment.meetingId = meetingId;
            assignment.attendeeId = attendeeId;
        } else {
            touched.add(assignment.roomId);
        }
        assignment.roomId = room.id;
        assignment.bed = bed;
        assignment.pinned = true;
        assignment.assignedBy = actor;
        assignment.assignedAt = InventoryService.now();
        assignments.persist(assignment);
        assignments.flush();
        ledger.follow(meetingId, List.of(attendeeId), actor);
        touched.add(room.id);
        Places places = places(meetingId);
        publishRooms(touched, places, people);
        return view(assignment, places, people);
    }

    @Transactional
    public void remove(UUID meetingId, UUID attendeeId, String actor) {
        RoomAssignmentEntity assignment = assignments.find("meetingId = ?1 and attendeeId = ?2", meetingId,
                attendeeId).firstResultOptional().orElseThrow(() -> ProblemException.notFound(
                        Message.of("A bed of attendee", "参会人员的床位"), attendeeId));
        Places places = places(meetingId);
        Map<UUID, LodgingSnapshot> people = people(meetingId);
        LodgingEvents.RoomAssignment lost = event(assignment, places, people);
        assignments.delete(assignment);
        assignments.flush();
        ledger.follow(meetingId, List.of(attendeeId), actor);
        events.unassigned(lost);
        publishRooms(Set.of(assignment.roomId), places, people);
    }

    /** Puts a proposed plan in force: moves only what differs; placements made by hand stay. */
    @Transactional
    public AppliedPlanView apply(UUID meetingId, UUID jobId) {
        AssignmentJobEntity job = jobs.require(meetingId, jobId);
        if (job.status != JobStatus.SUCCEEDED) {
            throw ProblemException.conflict(job.status == JobStatus.APPLIED
                    ? Message.of("the plan of job {0} is already applied", "任务 {0} 的方案已应用", jobId)
                    : Message.of("job {0} has no plan to apply ({1})", "任务 {0} 没有可应用的方案（{1}）", jobId,
                            job.status));
        }
        long handMade = assignments.count("meetingId = ?1 and pinned = true and assignedAt > ?2", meetingId,
                job.createdAt);
        if (handMade > 0) {
            throw ProblemException.conflict(Message.of("{0} beds were given by hand since job {1} started: run the"
                    + " assignment again", "任务 {1} 开始后又有 {0} 个床位被手工分配：请重新运行分房", handMade, jobId));
        }
        RoomingResult plan = jobs.read(job.result);
        Map<UUID, LodgingSnapshot> people = people(meetingId);
        Map<UUID, RoomingResult.Placement> planned = plan.placements().stream()
                .filter(p -> people.containsKey(p.attendeeId()))
                .collect(Collectors.toMap(RoomingResult.Placement::attendeeId, Function.identity()));
        Set<UUID> roomIds = rooms.list("meetingId", meetingId).stream().map(r -> r.id).collect(Collectors.toSet());
        Map<UUID, RoomAssignmentEntity> current = assignments.list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(a -> a.attendeeId, Function.identity()));
        Places places = places(meetingId);
        List<LodgingEvents.RoomAssignment> lost = new ArrayList<>();
        List<RoomAssignmentEntity> leaving = new ArrayList<>();
        Set<UUID> touched = new LinkedHashSet<>();
        int unchanged = 0;
        for (RoomAssignmentEntity assignment : current.values()) {
            RoomingResult.Placement placement = planned.get(assignment.attendeeId);
            if (assignment.pinned || placement != null && placement.roomId().equals(assignment.roomId)
                    && placement.bed() == assignment.bed) {
                unchanged++;
                continue;
            }
            if (placement == null) {
                lost.add(event(assignment, places, people));
            }
            leaving.add(assignment);
            touched.add(assignment.roomId);
        }
        leaving.forEach(assignments::delete);
        assignments.flush();
        Set<UUID> staying = current.values().stream().filter(a -> !leaving.contains(a)).map(a -> a.attendeeId)
                .collect(Collectors.toSet());
        int assigned = 0;
        for (RoomingResult.Placement placement : planned.values()) {
            if (staying.contains(placement.attendeeId()) || placement.pinned()
                    || !roomIds.contains(placement.roomId())) {
                continue;
            }
            RoomAssignmentEntity assignment = new RoomAssignmentEntity();
            assignment.id = UUID.randomUUID();
            assignment.meetingId = meetingId;
            assignment.attendeeId = placement.attendeeId();
            assignment.roomId = placement.roomId();
            assignment.bed = placement.bed();
            assignment.pinned = false;
            assignment.assignedBy = job.startedBy;
            assignment.assignedAt = InventoryService.now();
            assignments.persist(assignment);
            touched.add(placement.roomId());
            assigned++;
        }
        assignments.flush();
        Set<UUID> moved = new LinkedHashSet<>();
        leaving.forEach(a -> moved.add(a.attendeeId));
        planned.values().stream().filter(p -> !staying.contains(p.attendeeId()) && !p.pinned()
                && roomIds.contains(p.roomId())).forEach(p -> moved.add(p.attendeeId()));
        ledger.follow(meetingId, moved, job.startedBy);
        lost.forEach(events::unassigned);
        publishRooms(touched, places, people);
        job.status = JobStatus.APPLIED;
        job.appliedAt = InventoryService.now();
        return new AppliedPlanView(assigned, lost.size(), unchanged);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoomAssignmentView> list(UUID meetingId, UUID hotelId) {
        Places places = places(meetingId);
        Map<UUID, LodgingSnapshot> people = people(meetingId);
        return assignments.list("meetingId", meetingId).stream()
                .filter(a -> hotelId == null || hotelId.equals(places.rooms().get(a.roomId).hotelId))
                .map(a -> view(a, places, people))
                .sorted(Comparator.comparing(RoomAssignmentView::hotel).thenComparing(RoomAssignmentView::room)
                        .thenComparingInt(RoomAssignmentView::bed))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoomAssignmentView get(UUID meetingId, UUID attendeeId) {
        RoomAssignmentEntity assignment = assignments.find("meetingId = ?1 and attendeeId = ?2", meetingId,
                attendeeId).firstResultOptional().orElseThrow(() -> ProblemException.notFound(
                        Message.of("A bed of attendee", "参会人员的床位"), attendeeId));
        return view(assignment, places(meetingId), people(meetingId));
    }

    /** The hard rules of DOMAIN.md (Lodging) for one placement by hand, with the organiser's default policy. */
    private static void checkRules(LodgingSnapshot person, RoomEntity room, List<RoomAssignmentEntity> others,
            Map<UUID, LodgingSnapshot> people) {
        LodgingPolicy policy = LodgingPolicy.DEFAULT;
        if (room.type == RoomType.SUITE && !policy.suiteAllowed(person.gradeLevel())) {
            throw refused(LodgingRule.SUITE_BELOW_GRADE, person, room.number);
        }
        Guest guest = guest(person, policy);
        for (RoomAssignmentEntity other : others) {
            LodgingSnapshot roommate = people.get(other.attendeeId);
            if (roommate == null) {
                continue;
            }
            Guest sharing = guest(roommate, policy);
            if (!LodgingPolicy.sameGender(guest, sharing)) {
                throw refused(LodgingRule.MIXED_GENDER, person, room.number);
            }
            if (!LodgingPolicy.sameClass(guest, sharing)) {
                throw refused(LodgingRule.MIXED_CATEGORY, person, room.number);
            }
        }
    }

    private static Guest guest(LodgingSnapshot person, LodgingPolicy policy) {
        return new Guest(person.attendeeId(), person.name(), person.gender(), policy.lodgingClass(person.category()),
                person.delegation(), person.gradeLevel(), policy.suiteAllowed(person.gradeLevel()), true, null);
    }

    private static ProblemException refused(LodgingRule rule, LodgingSnapshot person, String room) {
        return ProblemException.ruleViolated(Message.of("{0}: {1}", "{0}：{2}", rule.name(),
                person.name() + " " + rule.explain(room), person.name() + rule.explainZh(room)));
    }

    private static int lowestFree(List<RoomAssignmentEntity> others, RoomEntity room) {
        Set<Integer> taken = others.stream().map(a -> a.bed).collect(Collectors.toCollection(HashSet::new));
        for (int bed = 1; bed <= room.beds; bed++) {
            if (!taken.contains(bed)) {
                return bed;
            }
        }
        Message message = Message.of("is full: room {0} has {1} beds", "已满：房间 {0} 只有 {1} 张床", room.number,
                room.beds);
        throw new ProblemException(ProblemType.CONFLICT, Message.of("roomId {0}", "roomId：{0}", message),
                List.of(new ProblemException.FieldIssue("roomId", message)));
    }

    /** The meeting's places, read once per operation. */
    record Places(Map<UUID, HotelEntity> hotels, Map<UUID, BuildingEntity> buildings,
            Map<UUID, FloorEntity> floors, Map<UUID, RoomEntity> rooms) {
    }

    /**
     * The meeting's hotels, buildings, floors and rooms, read to describe beds: read-only, so that thousands of rooms
     * cost the transaction no dirty check at each flush.
     */
    Places places(UUID meetingId) {
        return new Places(
                hotels.find("meetingId", meetingId).withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                        .collect(Collectors.toMap(h -> h.id, h -> h)),
                buildings.find("meetingId", meetingId).withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                        .collect(Collectors.toMap(b -> b.id, b -> b)),
                floors.find("meetingId", meetingId).withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                        .collect(Collectors.toMap(f -> f.id, f -> f)),
                rooms.find("meetingId", meetingId).withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                        .collect(Collectors.toMap(r -> r.id, r -> r)));
    }

    Map<UUID, LodgingSnapshot> people(UUID meetingId) {
        return roster.active(meetingId).stream().collect(Collectors.toMap(LodgingSnapshot::attendeeId, p -> p));
    }

    /** room-assigned for everyone now in these rooms: their roommates are as the change left them. */
    void publishRooms(Set<UUID> roomIds, Places places, Map<UUID, LodgingSnapshot> people) {
        if (roomIds.isEmpty()) {
            return;
        }
        for (RoomAssignmentEntity assignment : assignments.list("roomId in ?1 order by roomId, bed", roomIds)) {
            events.assigned(event(assignment, places, people));
        }
    }

    LodgingEvents.RoomAssignment event(RoomAssignmentEntity assignment, Places places,
            Map<UUID, LodgingSnapshot> people) {
        RoomEntity room = places.rooms().get(assignment.roomId);
        FloorEntity floor = places.floors().get(room.floorId);
        BuildingEntity building = places.buildings().get(floor.buildingId);
        HotelEntity hotel = places.hotels().get(room.hotelId);
        List<LodgingEvents.Roommate> roommates = roommates(assignment).stream()
                .map(r -> new LodgingEvents.Roommate(r.attendeeId, nameOf(r.attendeeId, people))).toList();
        return new LodgingEvents.RoomAssignment(assignment.meetingId, assignment.attendeeId, hotel.id, hotel.name,
                building.name, floor.level, room.id, room.number, room.type.name(),
                String.valueOf(assignment.bed), room.phone, roommates, assignment.pinned);
    }

    private RoomAssignmentView view(RoomAssignmentEntity assignment, Places places,
            Map<UUID, LodgingSnapshot> people) {
        RoomEntity room = places.rooms().get(assignment.roomId);
        FloorEntity floor = places.floors().get(room.floorId);
        BuildingEntity building = places.buildings().get(floor.buildingId);
        HotelEntity hotel = places.hotels().get(room.hotelId);
        List<RoomAssignmentView.Roommate> roommates = roommates(assignment).stream()
                .map(r -> new RoomAssignmentView.Roommate(r.attendeeId, nameOf(r.attendeeId, people), r.bed))
                .toList();
        return new RoomAssignmentView(assignment.attendeeId, nameOf(assignment.attendeeId, people), hotel.id,
                hotel.name, hotel.phone, building.name, floor.level, room.id, room.number, room.type,
                assignment.bed, room.phone, roommates, assignment.pinned, assignment.assignedBy,
                assignment.assignedAt, assignment.version);
    }

    private List<RoomAssignmentEntity> roommates(RoomAssignmentEntity assignment) {
        return assignments.list("roomId = ?1 and attendeeId <> ?2 order by bed", assignment.roomId,
                assignment.attendeeId).stream().filter(a -> !Objects.equals(a.id, assignment.id)).toList();
    }

    private static String nameOf(UUID attendeeId, Map<UUID, LodgingSnapshot> people) {
        LodgingSnapshot person = people.get(attendeeId);
        return person == null ? attendeeId.toString() : person.name();
    }
}
