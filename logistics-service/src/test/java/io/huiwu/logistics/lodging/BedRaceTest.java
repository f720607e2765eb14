package io.huiwu.logistics.lodging;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.building;
import static io.huiwu.logistics.lodging.LodgingFixtures.floor;
import static io.huiwu.logistics.lodging.LodgingFixtures.hotel;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.lodging.LodgingFixtures.person;
import static io.huiwu.logistics.lodging.LodgingFixtures.room;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff giving the same bed at the same moment: one wins, the others are refused, and the bed is given once. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class BedRaceTest {

    private static final int STAFF = 12;
    private static final int REQUESTS = 1000;
    /** Requests wait their turn for a room's lock: on a busy machine more than the 30 s tests allow by default. */
    private static final RestAssuredConfig PATIENT = RestAssured.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.socket.timeout", 180_000));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void oneBedIsNeverGivenTwice() throws Exception {
        UUID meeting = meeting();
        String floor = floor(meeting, building(meeting, hotel(meeting, "竞争宾馆"), "主楼"), 1);
        String single = room(meeting, floor, "101", "SINGLE", 1);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            people.add(person(meeting, "抢床" + i, "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7));
        }
        awaitRoster(meeting, STAFF);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService staff = Executors.newFixedThreadPool(STAFF);
        List<Future<Integer>> answers = new ArrayList<>();
        for (UUID person : people) {
            Callable<Integer> give = () -> {
                start.await();
                return logistics().body(Map.of("roomId", single, "bed", 1)).put("/api/v1/meetings/" + meeting
                        + "/lodging/assignments/" + person).then().extract().statusCode();
            };
            answers.add(staff.submit(give));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        staff.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from room_assignment where room_id = '"
                        + single + "'")) {
            rows.next();
            assertEquals(1, rows.getLong(1));
        }
    }

    /**
     * 1,000 requests at once from 32 clients, each giving one of 40 beds to one of 200 people (a person who has a bed
     * is moved): every answer is a bed given or a 409 naming who holds it, and in the end no bed is given twice and
     * nobody has two.
     */
    @Test
    void aThousandConflictingAssignmentsNeverGiveABedTwice() throws Exception {
        UUID meeting = meeting();
        String floor = floor(meeting, building(meeting, hotel(meeting, "千次宾馆"), "主楼"), 1);
        List<String> rooms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rooms.add(room(meeting, floor, String.valueOf(101 + i), "TWIN", 2));
        }
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(person(meeting, "千" + i, "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7));
        }
        awaitRoster(meeting, people.size());

        Random random = new Random(20261207);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(32);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            UUID person = people.get(random.nextInt(people.size()));
            String room = rooms.get(random.nextInt(rooms.size()));
            int bed = 1 + random.nextInt(2);
            answers.add(clients.submit(() -> {
                start.await();
                var response = logistics().config(PATIENT).body(Map.of("roomId", room, "bed", bed))
                        .put("/api/v1/meetings/" + meeting + "/lodging/assignments/" + person).then().extract();
                return response.statusCode() + " " + (response.statusCode() == 409
                        ? response.path("detail") : "");
            }));
        }
        start.countDown();
        int given = 0;
        for (Future<String> answer : answers) {
            String status = answer.get();
            if (status.startsWith("200")) {
                given++;
            } else {
                assertTrue(status.startsWith("409 ") && status.contains("千"), status);
            }
        }
        clients.shutdown();
        assertTrue(given >= rooms.size() * 2, "fewer beds given than there are beds: " + given);

        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*), count(distinct (room_id, bed)),"
                        + " count(distinct attendee_id) from room_assignment where meeting_id = '" + meeting + "'")) {
            rows.next();
            assertEquals(rows.getLong(1), rows.getLong(2), "a bed given twice");
            assertEquals(rows.getLong(1), rows.getLong(3), "someone with two beds");
            assertEquals(rooms.size() * 2L, rows.getLong(1), "every bed is taken after 1,000 tries");
        }
    }
}
