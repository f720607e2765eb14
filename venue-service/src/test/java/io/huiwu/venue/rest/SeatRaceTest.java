package io.huiwu.venue.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1,000 requests at once from 32 clients assigning overlapping seats of one session to different people: no seat is
 * given twice, nobody is seated twice, and every refusal names the conflict.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SeatRaceTest {

    private static final int REQUESTS = 1000;
    private static final int PEOPLE = 200;
    /** Requests wait their turn for the hall's lock: on a busy machine more than the 30 s tests allow by default. */
    private static final RestAssuredConfig PATIENT = RestAssured.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.socket.timeout", 180_000));

    @Inject
    AgroalDataSource database;

    @Test
    void aThousandOverlappingAssignmentsGiveEachSeatOnceAndEachPersonOneSeat() throws Exception {
        UUID meeting = Meetings.meeting("千人抢座会议", LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 3), database);
        String venues = "/api/v1/meetings/" + meeting + "/venues";
        String venue = as().body("{\"name\":\"会议中心\"}").when().post(venues).then().statusCode(201)
                .extract().path("id");
        String hall = as().body("{\"kind\":\"HALL\",\"name\":\"第一会场\",\"capacity\":40}")
                .when().post(venues + "/" + venue + "/spaces").then().statusCode(201).extract().path("id");
        String map = venues + "/" + venue + "/spaces/" + hall + "/seat-map";
        as().body("{\"floors\":[{\"floor\":1,\"blocks\":[{\"code\":\"A\",\"rows\":5,\"seatsPerRow\":8}]}]}")
                .when().put(map + "/draft").then().statusCode(201);
        as().header("If-Match", "\"0\"").when().post(map + "/draft/publish").then().statusCode(200);
        String session = as().body(ScheduleTest.body("PLENARY", "全体会议", "2030-05-01T09:00:00+08:00",
                "2030-05-01T11:00:00+08:00", "第一会场", "[]").replace("\"place\":", "\"spaceId\":\"" + hall
                + "\",\"place\":")).when().post("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(201)
                .extract().path("id");
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            UUID id = UUID.randomUUID();
            TestRoster.publish("attendee-registered", TestRoster.entry(meeting, id, 0, "抢座" + i, "ACTIVE"));
            people.add(id);
        }
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as().queryParam("size", 1)
                .when().get("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(200)
                .body("total", equalTo(PEOPLE)));

        Random random = new Random(20261207);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(32);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            UUID person = people.get(random.nextInt(PEOPLE));
            String seat = "F1-R" + (1 + random.nextInt(5)) + "-S" + (1 + random.nextInt(8));
            String body = "{\"sessionId\":\"" + session + "\",\"operations\":[{\"action\":\"ASSIGN\",\"seatId\":\""
                    + seat + "\",\"attendeeId\":\"" + person + "\"}]}";
            answers.add(clients.submit(() -> {
                start.await();
                return as().config(PATIENT).body(body).when().post(map + "/assignments").then().extract();
            }));
        }
        start.countDown();
        int given = 0;
        for (Future<ExtractableResponse<Response>> future : answers) {
            ExtractableResponse<Response> answer = future.get();
            if (answer.statusCode() == 200) {
                given++;
                continue;
            }
            assertEquals(409, answer.statusCode(), answer.asString());
            String field = answer.path("errors[0].field");
            String detail = answer.path("detail");
            assertTrue(field != null && field.startsWith("operations[0]") && detail != null
                    && (detail.contains("F1-R") || detail.contains("抢座")), answer.asString());
        }
        clients.shutdown();
        assertTrue(given >= 40, "fewer assignments than seats: " + given);

        assertEquals(0, Rows.count(database, "select count(*) from (select seat_id from seat_assignment"
                + " where session_id = ? group by seat_id having count(*) > 1) twice", UUID.fromString(session)));
        assertEquals(0, Rows.count(database, "select count(*) from (select attendee_id from seat_assignment"
                + " where session_id = ? group by attendee_id having count(*) > 1) twice",
                UUID.fromString(session)));
        long seated = Rows.count(database, "select count(*) from seat_assignment where session_id = ?",
                UUID.fromString(session));
        // a seat is refused only when taken, so after 1,000 tries on 40 seats by 200 people every seat is taken
        assertEquals(40, seated);
    }

    private static RequestSpecification as() {
        return given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON);
    }
}
