package io.huiwu.logistics.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.chassis.roster.RosterSnapshot;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.logistics.api.AppliedPlanView;
import io.huiwu.logistics.api.AppliedReplanView;
import io.huiwu.logistics.api.AssignmentJobRequest;
import io.huiwu.logistics.api.AssignmentJobView;
import io.huiwu.logistics.api.ReplanRequest;
import io.huiwu.logistics.api.ReplanView;
import io.huiwu.logistics.domain.JobStatus;
import io.huiwu.logistics.domain.RoomType;
import io.huiwu.logistics.persistence.BuildingEntity;
import io.huiwu.logistics.persistence.FloorEntity;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.RoomEntity;
import io.huiwu.logistics.service.AssignmentService;
import io.huiwu.logistics.service.LodgingReplanService;
import io.huiwu.logistics.service.RoomingJobService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The re-plan after one withdrawal, for 5,000 people in 4 hotels: the meeting planned by an assignment job and the
 * plan applied, then, round after round, one person withdraws (their bed given up as the roster copy takes the
 * withdrawal) and one newcomer of the same delegation and gender registers, and the re-plan is previewed and applied.
 * Timed in the service (wall and CPU time of the calling thread) and through the API (wall), the service connected
 * straight to the database (not through the relay the tests cut). Not a test (its name keeps it out of
 * {@code verify}); run as docs/benchmarks.md says. Figures in {@code target/benchmarks/lodging-replan.txt}.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = ServiceTestResources.DIRECT_DATABASE, value = "true"))
class LodgingReplanBenchmark {

    private static final int PEOPLE = Integer.getInteger("replan.people", 5000);
    private static final int WARMUP = Integer.getInteger("replan.warmup", 10);
    private static final int ROUNDS = Integer.getInteger("replan.rounds", 10);

    @Inject
    RosterReplica replica;
    @Inject
    LodgingRepositories.Hotels hotels;
    @Inject
    RoomingJobService jobs;
    @Inject
    AssignmentService assignments;
    @Inject
    LodgingReplanService replans;

    private final Random random = new Random(17);
    private final List<ObjectNode> people = new ArrayList<>();

    @Test
    void replanAfterOneWithdrawal() throws IOException {
        UUID meeting = meeting();
        StringBuilder report = new StringBuilder();
        long start = System.nanoTime();
        roster(meeting);
        int beds = rooms(meeting);
        report.append(String.format("%d people, %d beds in 4 hotels; roster and rooms written in %.1f s%n",
                PEOPLE, beds, (System.nanoTime() - start) / 1e9));

        start = System.nanoTime();
        AssignmentJobView job = jobs.start(meeting, new AssignmentJobRequest(null, null, null), "benchmark");
        AssignmentJobView done = await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(2))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> jobs.get(meeting, job.id())),
                        j -> j.status() != JobStatus.QUEUED && j.status() != JobStatus.RUNNING);
        assertEquals(JobStatus.SUCCEEDED, done.status(), done.error());
        double planned = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        // 5,000 beds, their stays, history and events in one transaction: longer than the default timeout allows
        AppliedPlanView applied = QuarkusTransaction.requiringNew().timeout(1800)
                .call(() -> assignments.apply(meeting, job.id()));
        report.append(String.format("the job's plan: %s, %d placed, made in %.1f s; applied (%d beds) in %.1f s%n",
                done.result().score(), done.result().placed(), planned, applied.assigned(),
                (System.nanoTime() - start) / 1e9));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] withdrawWall = new double[ROUNDS];
        double[] wall = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        double[] previewWall = new double[ROUNDS];
        double[] api = new double[ROUNDS];
        for (int round = -WARMUP; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            ObjectNode newcomer = change(meeting);
            long t1 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            ReplanView preview = replans.preview(meeting, new ReplanRequest(null, null, null, null));
            long t2 = System.nanoTime();
            AppliedReplanView put = replans.apply(meeting, new ReplanRequest(null, null, null, preview.basis()),
                    "benchmark");
            long t3 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            assertEquals(1, put.assigned(), newcomer.toString());
            // the same again through the API: a second change, previewed and applied over HTTP
            change(meeting);
            long h0 = System.nanoTime();
            String basis = logistics().body(Map.of()).post("/api/v1/meetings/" + meeting + "/lodging/replan/preview")
                    .then().statusCode(200).extract().path("basis");
            logistics().body(Map.of("basis", basis)).post("/api/v1/meetings/" + meeting + "/lodging/replan/apply")
                    .then().statusCode(200);
            long h1 = System.nanoTime();
            if (round >= 0) {
                withdrawWall[round] = (t1 - t0) / 1e6;
                previewWall[round] = (t2 - t1) / 1e6;
                wall[round] = (t3 - t1) / 1e6;
                cpu[round] = (c1 - c0) / 1e6;
                api[round] = (h1 - h0) / 1e6;
            }
        }
        report.append(String.format("%d rounds after %d to warm up (target: re-plan < 500 ms)%n", ROUNDS, WARMUP));
        report.append(line("withdrawal + newcomer taken by the roster copy", withdrawWall));
        report.append(line("re-plan preview, in the service", previewWall));
        report.append(line("re-plan preview + apply, in the service, wall", wall));
        report.append(line("re-plan preview + apply, in the service, CPU of the thread", cpu));
        report.append(line("re-plan preview + apply, through the API, wall", api));
        Path out = Path.of("target/benchmarks/lodging-replan.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
    }

    private static String line(String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return String.format("  %-60s median %7.1f ms, fastest %7.1f ms, slowest %7.1f ms%n", what,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    /** Delegations of 10 to 90, a third women, one in twenty accompanying, grades 4 to 10. */
    private void roster(UUID meeting) {
        int delegation = 0;
        while (people.size() < PEOPLE) {
            int size = Math.min(PEOPLE - people.size(), 10 + random.nextInt(81));
            for (int i = 0; i < size; i++) {
                people.add(person(meeting, "d" + delegation, random.nextInt(3) == 0 ? "FEMALE" : "MALE"));
            }
            delegation++;
        }
        for (int from = 0; from < people.size(); from += 500) {
            List<ObjectNode> batch = people.subList(from, Math.min(people.size(), from + 500));
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(this::take));
        }
    }

    private ObjectNode person(UUID meeting, String delegation, String gender) {
        int grade = 4 + random.nextInt(7);
        String category = random.nextInt(20) == 0 ? "ACCOMPANYING" : "ATTENDEE";
        return TestRoster.entry(meeting, UUID.randomUUID(), 1, "p" + random.nextInt(1_000_000), "ACTIVE")
                .put("gender", gender).put("category", category).put("delegation", delegation)
                .put("gradeLevel", grade);
    }

    private void take(ObjectNode entry) {
        try {
            replica.apply(EventCodec.mapper().treeToValue(entry, RosterSnapshot.class), entry);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One active person withdraws, one newcomer of the same delegation and gender registers. */
    private ObjectNode change(UUID meeting) {
        ObjectNode leaving = people.remove(random.nextInt(people.size()));
        ObjectNode withdrawn = leaving.deepCopy().put("version", 2).put("status", "WITHDRAWN");
        ObjectNode newcomer = person(meeting, leaving.path("delegation").asText(), leaving.path("gender").asText())
                .put("category", leaving.path("category").asText());
        people.add(newcomer);
        QuarkusTransaction.requiringNew().run(() -> take(withdrawn));
        QuarkusTransaction.requiringNew().run(() -> take(newcomer));
        return newcomer;
    }

    /** Four hotels with a fifth more beds than people, floors of 20 rooms, every fifth room a single. */
    private int rooms(UUID meeting) {
        int bedsPerHotel = (int) Math.ceil(PEOPLE * 1.2 / 4);
        int[] total = {0};
        for (int h = 0; h < 4; h++) {
            int index = h;
            QuarkusTransaction.requiringNew().run(() -> {
                var em = hotels.getEntityManager();
                OffsetDateTime now = OffsetDateTime.now();
                HotelEntity hotel = new HotelEntity();
                hotel.id = UUID.randomUUID();
                hotel.meetingId = meeting;
                hotel.name = "宾馆" + index;
                hotel.updatedAt = now;
                em.persist(hotel);
                BuildingEntity building = new BuildingEntity();
                building.id = UUID.randomUUID();
                building.meetingId = meeting;
                building.hotelId = hotel.id;
                building.name = "主楼";
                building.updatedAt = now;
                em.persist(building);
                FloorEntity floor = null;
                int beds = 0;
                for (int n = 0; beds < bedsPerHotel; n++) {
                    if (n % 20 == 0) {
                        floor = new FloorEntity();
                        floor.id = UUID.randomUUID();
                        floor.meetingId = meeting;
                        floor.buildingId = building.id;
                        floor.level = 2 + n / 20;
                        floor.updatedAt = now;
                        em.persist(floor);
                    }
                    RoomEntity room = new RoomEntity();
                    room.id = UUID.randomUUID();
                    room.meetingId = meeting;
                    room.hotelId = hotel.id;
                    room.floorId = floor.id;
                    room.number = floor.level + String.format("%02d", n % 20 + 1);
                    room.type = n % 5 == 4 ? RoomType.SINGLE : RoomType.TWIN;
                    room.beds = room.type == RoomType.SINGLE ? 1 : 2;
                    room.updatedAt = now;
                    em.persist(room);
                    beds += room.beds;
                }
                total[0] += beds;
            });
        }
        return total[0];
    }
}
