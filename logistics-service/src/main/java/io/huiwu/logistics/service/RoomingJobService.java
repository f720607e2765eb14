package io.huiwu.logistics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.logistics.api.AssignmentJobRequest;
import io.huiwu.logistics.api.AssignmentJobView;
import io.huiwu.logistics.api.RoomingResult;
import io.huiwu.logistics.domain.JobStatus;
import io.huiwu.logistics.domain.rooming.DelegationHotels;
import io.huiwu.logistics.domain.rooming.LodgingPolicy;
import io.huiwu.logistics.domain.rooming.Room;
import io.huiwu.logistics.event.LodgingSnapshot;
import io.huiwu.logistics.persistence.AssignmentJobEntity;
import io.huiwu.logistics.persistence.BuildingEntity;
import io.huiwu.logistics.persistence.FloorEntity;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.LodgingRoster;
import io.huiwu.logistics.persistence.RoomEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Room assignment by rules as a job (ARCHITECTURE.md, API: long jobs run asynchronously): starting one records it and
 * hands it to a planner thread; the job reports its progress and keeps the plan it proposes. Nothing in force changes
 * until someone applies the plan, so a job cut short (the service stopped) leaves the previous plan as it was; it is
 * marked failed when the service starts again and can simply be run again. One job runs at a time per meeting.
 */
@ApplicationScoped
public class RoomingJobService {

    private static final Logger LOG = Logger.getLogger(RoomingJobService.class);

    private final LodgingRepositories.Jobs jobs;
    private final LodgingRepositories.Hotels hotels;
    private final LodgingRepositories.Buildings buildings;
    private final LodgingRepositories.Floors floors;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRepositories.Assignments assignments;
    private final LodgingRoster roster;
    private final RoomingPlanner planner;
    private final ObjectMapper json;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rooming-planner");
        thread.setDaemon(true);
        return thread;
    });

    public RoomingJobService(LodgingRepositories.Jobs jobs, LodgingRepositories.Hotels hotels,
            LodgingRepositories.Buildings buildings, LodgingRepositories.Floors floors,
            LodgingRepositories.Rooms rooms, LodgingRepositories.Assignments assignments, LodgingRoster roster,
            RoomingPlanner planner, ObjectMapper json) {
        this.jobs = jobs;
        this.hotels = hotels;
        this.buildings = buildings;
        this.floors = floors;
        this.rooms = rooms;
        this.assignments = assignments;
        this.roster = roster;
        this.planner = planner;
        this.json = json;
    }

    /** Jobs a stopped service left running will never finish: they fail, and the plan in force stays. */
    void interrupted(@Observes StartupEvent started) {
        QuarkusTransaction.requiringNew().run(() -> jobs.update("status = ?1, error = ?2, finishedAt = ?3"
                + " where status in ?4", JobStatus.FAILED, "interrupted: the service stopped while it ran",
                InventoryService.now(), List.of(JobStatus.QUEUED, JobStatus.RUNNING)));
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Records a job and starts it once recorded; refused while another job of the meeting runs. */
    public AssignmentJobView start(UUID meetingId, AssignmentJobRequest request, String actor) {
        AssignmentJobView job = QuarkusTransaction.requiringNew().call(() -> create(meetingId, request, actor));
        runner.submit(() -> run(job.id()));
        return job;
    }

    private AssignmentJobView create(UUID meetingId, AssignmentJobRequest request, String actor) {
        AssignmentJobEntity running = jobs.find("meetingId = ?1 and status in ?2", meetingId,
                List.of(JobStatus.QUEUED, JobStatus.RUNNING)).firstResult();
        if (running != null) {
            throw ProblemException.conflict(Message.of("assignment job {0} of this meeting is still running",
                    "本次会议的分房任务 {0} 仍在运行", running.id));
        }
        AssignmentJobEntity job = new AssignmentJobEntity();
        job.id = UUID.randomUUID();
        job.meetingId = meetingId;
        job.status = JobStatus.QUEUED;
        job.progress = 0;
        job.request = write(request);
        job.startedBy = actor;
        job.createdAt = InventoryService.now();
        jobs.persist(job);
        jobs.flush();
        return view(job);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentJobView get(UUID meetingId, UUID jobId) {
        return view(require(meetingId, jobId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentJobView> list(UUID meetingId) {
        return jobs.find("meetingId = ?1 order by createdAt desc", meetingId).list().stream()
                .map(job -> new AssignmentJobView(job.id, job.meetingId, job.status, job.progress, job.phase,
                        job.startedBy, job.createdAt, job.finishedAt, job.appliedAt, job.error, null))
                .toList();
    }

    AssignmentJobEntity require(UUID meetingId, UUID jobId) {
        return jobs.find("id = ?1 and meetingId = ?2", jobId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.JOB, jobId));
    }

    void run(UUID jobId) {
        try {
            RoomingPlanner.Input input = QuarkusTransaction.requiringNew().call(() -> {
                AssignmentJobEntity job = jobs.findById(jobId);
                job.status = JobStatus.RUNNING;
                job.progress = 1;
                job.phase = "reading the roster and the rooms";
                return input(job.meetingId, json.readValue(job.request, AssignmentJobRequest.class));
            });
            RoomingResult result = planner.plan(input, (percent, phase) -> QuarkusTransaction.requiringNew()
                    .run(() -> {
                        AssignmentJobEntity job = jobs.findById(jobId);
                        job.progress = percent;
                        job.phase = phase;
                    }));
            QuarkusTransaction.requiringNew().run(() -> {
                AssignmentJobEntity job = jobs.findById(jobId);
                job.status = JobStatus.SUCCEEDED;
                job.progress = 100;
                job.phase = null;
                job.result = write(result);
                job.finishedAt = InventoryService.now();
            });
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "Room assignment job %s failed", jobId);
            QuarkusTransaction.requiringNew().run(() -> {
                AssignmentJobEntity job = jobs.findById(jobId);
                job.status = JobStatus.FAILED;
                job.error = "the planner stopped: " + e.getClass().getSimpleName();
                job.finishedAt = InventoryService.now();
            });
        }
    }

    /** The roster, the rooms and the placements made by hand, as the planner needs them. */
    private RoomingPlanner.Input input(UUID meetingId, AssignmentJobRequest request) {
        LodgingPolicy policy = new LodgingPolicy(
                request.suiteFromGradeLevel() == null ? LodgingPolicy.DEFAULT.suiteFromGradeLevel()
                        : request.suiteFromGradeLevel() == 0 ? null : request.suiteFromGradeLevel(),
                request.ownCategories() == null ? LodgingPolicy.DEFAULT.ownCategories() : request.ownCategories());
        Set<String> categories = request.categories();
        List<LodgingSnapshot> people = roster.active(meetingId).stream()
                .filter(p -> categories == null || categories.isEmpty() || categories.contains(p.category()))
                .toList();
        Map<UUID, HotelEntity> hotelsById = hotels.list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(h -> h.id, Function.identity()));
        Map<UUID, FloorEntity> floorsById = floors.list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(f -> f.id, Function.identity()));
        Map<UUID, BuildingEntity> buildingsById = buildings.list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(b -> b.id, Function.identity()));
        List<RoomEntity> meetingRooms = rooms.list("meetingId", meetingId);
        List<RoomingPlanner.RoomInfo> roomInfos = meetingRooms.stream().map(room -> {
            FloorEntity floor = floorsById.get(room.floorId);
            String floorKey = buildingsById.get(floor.buildingId).id + "/" + floor.level;
            return new RoomingPlanner.RoomInfo(room.id, room.hotelId, hotelsById.get(room.hotelId).name, floorKey,
                    new Room(room.id, room.hotelId, floorKey, room.number, room.type, room.beds));
        }).toList();
        Map<UUID, Integer> beds = new HashMap<>();
        meetingRooms.forEach(room -> beds.merge(room.hotelId, room.beds, Integer::sum));
        List<DelegationHotels.Hotel> hotelList = hotelsById.values().stream()
                .map(h -> new DelegationHotels.Hotel(h.id, h.name, beds.getOrDefault(h.id, 0)))
                .filter(h -> h.beds() > 0).toList();
        Map<UUID, RoomingPlanner.Pin> pins = new HashMap<>();
        assignments.list("meetingId = ?1 and pinned = true", meetingId).forEach(a -> pins.put(a.attendeeId,
                new RoomingPlanner.Pin(a.attendeeId, a.roomId, a.bed)));
        return new RoomingPlanner.Input(people, roomInfos, hotelList, pins, policy);
    }

    AssignmentJobView view(AssignmentJobEntity job) {
        return new AssignmentJobView(job.id, job.meetingId, job.status, job.progress, job.phase, job.startedBy,
                job.createdAt, job.finishedAt, job.appliedAt, job.error, job.result == null ? null : read(job.result));
    }

    RoomingResult read(String result) {
        try {
            return json.readValue(result, RoomingResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored plan cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
