package io.huiwu.venue.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.venue.event.RegistrationAttendance;
import io.huiwu.venue.event.RegistrationCheckIns;
import io.huiwu.venue.print.Printed;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.huiwu.venue.rest.HallSeatingTest.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session's live attendance from registration's admissions at its door (registration.checkin) and its leave
 * register: the query, the chart coloured by it and the server-sent stream that follows each change.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class AttendanceTest {

    static final EventContract CHECK_IN = EventContract.of(Path.of("../registration-service/asyncapi/asyncapi.yaml"),
            "CheckIn");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource database;

    @TestHTTPResource("/")
    URL base;

    static ObjectNode checkIn(UUID scan, UUID meeting, UUID attendee, String kind, UUID session) {
        ObjectNode data = TestEvents.object().put("scanId", scan.toString()).put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString()).put("listId", UUID.randomUUID().toString())
                .put("listName", "入场").put("listKind", kind).put("scannedAt", "2030-05-01T00:50:00Z")
                .put("method", "SCAN").put("offline", false)
                .put("sessionId", session == null ? null : session.toString());
        CHECK_IN.assertValid(data);
        return data;
    }

    static void send(String eventId, String type, ObjectNode data) {
        TopicEvents.inTestCluster().send(RegistrationCheckIns.TOPIC, data.path("attendeeId").asText(),
                TestEvents.envelope(eventId, "registration-service", type, data.path("attendeeId").asText(), data));
    }

    @Test
    void theReaderReadsOnlyWhatRegistrationDeclares() {
        CHECK_IN.assertReaderFits(RegistrationCheckIns.CheckIn.class);
    }

    @Test
    void admissionsAtTheSessionsDoorAndLeavesColourTheChartAndReachTheStream() throws Exception {
        HallSeatingTest.Setting at = HallSeatingTest.setting("到会情况测试会议", database);
        List<UUID> p = at.people();
        String plan = "{\"policy\":{\"layout\":\"ACROSS\"}}";
        String etag = as("venue").body(plan).when().post(at.path() + "/plan").then().statusCode(200).extract()
                .header("ETag");
        as("venue").header("If-Match", etag).body(plan).when().post(at.path() + "/apply").then().statusCode(200);
        String path = "/api/v1/meetings/" + at.meeting() + "/sessions/" + at.session() + "/attendance";
        as("registrar").when().get(path).then().statusCode(200)
                .body("layout", equalTo("SESSION"))
                .body("counts.seated", equalTo(5)).body("counts.absent", equalTo(5))
                .body("counts.present", equalTo(0))
                // 乙团长, 乙代表一, 甲代表一, 甲代表二 in row 1; 乙列席 in row 2
                .body("seats.attendeeId", contains(p.get(3).toString(), p.get(2).toString(), p.get(0).toString(),
                        p.get(1).toString(), p.get(4).toString()));

        HttpResponse<Stream<String>> response = open(path + "/stream", TestTokens.role("venue"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Iterator<JsonNode> events = response.body().filter(line -> line.startsWith("data:"))
                .map(AttendanceTest::parse).iterator();
        JsonNode first = events.next();
        assertTrue(first.path("full").asBoolean());
        assertEquals(5, first.path("counts").path("absent").asInt());
        assertEquals(5, first.path("seats").size());

        // 甲代表一 admitted at the session's door (the same event twice); 甲代表二 at the door of a session venue
        // does not hold and 乙代表一 at the 报到 desk change nothing here
        UUID scan = UUID.randomUUID();
        String admitted = UUID.randomUUID().toString();
        ObjectNode door = checkIn(scan, at.meeting(), p.get(0), "DOOR", at.session());
        send(admitted, RegistrationCheckIns.CHECKED_IN, door);
        send(admitted, RegistrationCheckIns.CHECKED_IN, door);
        send(UUID.randomUUID().toString(), RegistrationCheckIns.CHECKED_IN, checkIn(UUID.randomUUID(), at.meeting(),
                p.get(1), "DOOR", UUID.randomUUID()));
        String desk = UUID.randomUUID().toString();
        send(desk, RegistrationCheckIns.CHECKED_IN, checkIn(UUID.randomUUID(), at.meeting(), p.get(2), "DESK", null));
        // read after the desk's scan (same person, same partition): an annulment naming a session this service does
        // not have, which is recorded and changes nothing
        String trailer = UUID.randomUUID().toString();
        send(trailer, RegistrationCheckIns.ANNULLED, checkIn(UUID.randomUUID(), at.meeting(), p.get(2), "DOOR",
                UUID.randomUUID()));
        JsonNode next = events.next();
        assertTrue(!next.path("full").asBoolean());
        assertEquals(1, next.path("counts").path("present").asInt());
        assertEquals(4, next.path("counts").path("absent").asInt());
        assertEquals(1, next.path("seats").size(), next.toString());
        assertEquals("F1-R1-S3", next.path("seats").get(0).path("seatId").asText());
        assertEquals("PRESENT", next.path("seats").get(0).path("status").asText());
        await().atMost(TestWaits.DEADLINE).until(() -> Rows.count(database,
                "select count(*) from inbox_event where event_id = ?", trailer) == 1);
        assertEquals(0, Rows.count(database, "select count(*) from inbox_event where event_id = ?", desk),
                "a check-in at no session is skipped before the inbox");
        assertEquals(1, Rows.count(database, "select count(*) from session_checkin where meeting_id = ?",
                at.meeting()), "one admission kept: the repeat and the other lists' change nothing");
        assertEquals(1, Rows.count(database, "select count(*) from inbox_event where event_id = ?", admitted));

        // 乙团长 is given leave for the session
        TopicEvents.inTestCluster().send(RegistrationAttendance.TOPIC, p.get(3).toString(), TestEvents.envelope(
                "registration-service", RegistrationAttendance.REPORTED, p.get(3).toString(),
                LeaveTest.absence(UUID.randomUUID(), at.meeting(), p.get(3), null, null, List.of(at.session()),
                        "OFFICIAL_DUTY", "REPORTED", 0)));
        next = events.next();
        assertEquals(1, next.path("counts").path("onLeave").asInt());
        assertEquals("F1-R1-S1", next.path("seats").get(0).path("seatId").asText());
        assertEquals("ON_LEAVE", next.path("seats").get(0).path("status").asText());
        as("registrar").when().get(path).then().statusCode(200)
                .body("counts.present", equalTo(1)).body("counts.onLeave", equalTo(1))
                .body("counts.absent", equalTo(3))
                .body("seats[0].status", equalTo("ON_LEAVE")).body("seats[0].reasonKind", equalTo("OFFICIAL_DUTY"))
                .body("seats[2].status", equalTo("PRESENT"))
                .body("seats[2].checkedInAt", startsWith("2030-05-01T00:50"))
                .body("seats[3].status", equalTo("ABSENT")).body("seats[3].checkedInAt", nullValue());

        String svg = as("venue").when().get(path + "/chart.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).extract().asString();
        Printed.keep("attendance-live.svg", svg.getBytes(StandardCharsets.UTF_8));
        Document xml = Printed.svg(svg);
        List<String> texts = Printed.texts(xml, "text");
        assertTrue(texts.contains("已到（1 人）"), texts.toString());
        assertTrue(texts.contains("请假（1 人）"), texts.toString());
        assertTrue(texts.contains("未到（3 人）"), texts.toString());
        List<String> tips = Printed.texts(xml, "title");
        assertTrue(tips.contains("一层 1排 3号　甲代表一（已到）"), tips.toString());
        assertTrue(tips.contains("一层 1排 1号　乙团长（请假）"), tips.toString());

        // the admission is annulled: 甲代表一 is absent again
        send(UUID.randomUUID().toString(), RegistrationCheckIns.ANNULLED, door);
        next = events.next();
        assertEquals(0, next.path("counts").path("present").asInt());
        assertEquals("ABSENT", next.path("seats").get(0).path("status").asText());
        response.body().close();
        assertEquals(1, Rows.count(database, "select count(*) from session_checkin where scan_id = ? and annulled",
                scan));
    }

    /**
     * Seats given, moved and released by hand wake the session's stream at once: the periodic refresh is an hour
     * apart in tests, so each update read here came from the change that woke it.
     */
    @Test
    void seatsGivenMovedAndReleasedByHandReachTheStreamAtOnce() throws Exception {
        HallSeatingTest.Setting at = HallSeatingTest.setting("座位调整到会测试会议", database);
        List<UUID> p = at.people();
        String venue = as("venue").when().get("/api/v1/meetings/" + at.meeting() + "/venues").then()
                .statusCode(200).extract().path("items[0].id");
        String assignments = "/api/v1/meetings/" + at.meeting() + "/venues/" + venue + "/spaces/" + at.hall()
                + "/seat-map/assignments";
        String path = "/api/v1/meetings/" + at.meeting() + "/sessions/" + at.session() + "/attendance";
        HttpResponse<Stream<String>> response = open(path + "/stream", TestTokens.role("venue"));
        assertEquals(200, response.statusCode());
        Iterator<JsonNode> events = response.body().filter(line -> line.startsWith("data:"))
                .map(AttendanceTest::parse).iterator();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            JsonNode first = reader.submit(events::next).get(60, TimeUnit.SECONDS);
            assertTrue(first.path("full").asBoolean());
            assertEquals(0, first.path("counts").path("seated").asInt());

            // the meeting's standing layout, which a session without a seating of its own shows
            as("venue").body(operation(null, "ASSIGN", "F1-R1-S2", null, p.get(1))).when().post(assignments)
                    .then().statusCode(200);
            JsonNode next = reader.submit(events::next).get(60, TimeUnit.SECONDS);
            assertEquals(1, next.path("counts").path("seated").asInt(), next.toString());
            assertEquals("F1-R1-S2", next.path("seats").get(0).path("seatId").asText());
            assertEquals(p.get(1).toString(), next.path("seats").get(0).path("attendeeId").asText());

            // the session's own seating: it is shown instead of the standing layout
            as("venue").body(operation(at.session(), "ASSIGN", "F1-R1-S1", null, p.get(0))).when()
                    .post(assignments).then().statusCode(200);
            next = reader.submit(events::next).get(60, TimeUnit.SECONDS);
            assertEquals(1, next.path("counts").path("seated").asInt(), next.toString());
            assertEquals(1, next.path("counts").path("absent").asInt());
            as("venue").body(operation(at.session(), "MOVE", "F1-R1-S1", "F1-R2-S4", null)).when()
                    .post(assignments).then().statusCode(200);
            next = reader.submit(events::next).get(60, TimeUnit.SECONDS);
            List<String> changed = new ArrayList<>();
            next.path("seats").forEach(seat -> changed.add(seat.path("seatId").asText() + " "
                    + seat.path("attendeeId").asText()));
            assertTrue(changed.contains("F1-R2-S4 " + p.get(0)), next.toString());
            as("venue").body(operation(at.session(), "RELEASE", "F1-R2-S4", null, null)).when().post(assignments)
                    .then().statusCode(200);
            // the session has no seating of its own left: the standing layout shows again
            next = reader.submit(events::next).get(60, TimeUnit.SECONDS);
            assertEquals(1, next.path("counts").path("seated").asInt(), next.toString());
            changed.clear();
            next.path("seats").forEach(seat -> changed.add(seat.path("seatId").asText() + " "
                    + seat.path("attendeeId").asText()));
            assertTrue(changed.contains("F1-R1-S2 " + p.get(1)), next.toString());
            assertTrue(changed.contains("F1-R2-S4 null"), next.toString());
        } finally {
            reader.shutdownNow();
            response.body().close();
        }
    }

    private static String operation(UUID session, String action, String seat, String toSeat, UUID attendee) {
        String op = "{\"action\":\"" + action + "\",\"seatId\":\"" + seat + "\""
                + (toSeat == null ? "" : ",\"toSeatId\":\"" + toSeat + "\"")
                + (attendee == null ? "" : ",\"attendeeId\":\"" + attendee + "\"") + "}";
        return "{" + (session == null ? "" : "\"sessionId\":\"" + session + "\",") + "\"operations\":[" + op
                + "]}";
    }

    @Test
    void aSessionWithoutAHallHasNoAttendanceChartAndOnlyStaffReadIt() {
        HallSeatingTest.Setting at = HallSeatingTest.setting("到会情况校验会议", database);
        String other = as("venue").body(ScheduleTest.body("GROUP", "分组讨论", "2030-05-01T14:00:00+08:00",
                "2030-05-01T16:00:00+08:00", "第二会议室", "[]")).when()
                .post("/api/v1/meetings/" + at.meeting() + "/sessions").then().statusCode(201).extract().path("id");
        String sessions = "/api/v1/meetings/" + at.meeting() + "/sessions/";
        Meetings.expectProblem(as("venue").when().get(sessions + other + "/attendance").then(), 409, "sessionId",
                "hall");
        Meetings.expectProblem(as("venue").when().get(sessions + other + "/attendance/chart.svg").then(), 409,
                "sessionId", "hall");
        // secretariat holds no role in this meeting
        as("secretariat").when().get(sessions + at.session() + "/attendance").then().statusCode(404);
        as("venue").when().get(sessions + UUID.randomUUID() + "/attendance").then().statusCode(404);
    }

    private HttpResponse<Stream<String>> open(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line.substring("data:".length()).strip());
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }
}
