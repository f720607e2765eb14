package io.huiwu.venue.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A session's hall seated by protocol: previewed without a change, applied whole through the seat assignments
 * (history and events as for seats given by hand), refused when computed on a state that has changed, and planned
 * again after a withdrawal with nobody moved.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class HallSeatingTest {

    private static final LocalDate FIRST = LocalDate.of(2030, 5, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 5, 3);

    @Inject
    AgroalDataSource database;

    /** A hall of 2 rows of 4, a session in it, and five attendees: 乙 has a leader, 甲 is first in no order. */
    record Setting(UUID meeting, UUID hall, UUID session, String path, List<UUID> people) {
    }

    private Setting setting(String name) {
        return setting(name, database);
    }

    /** The hall, its published map, the session and the five attendees, in a new meeting. */
    static Setting setting(String name, AgroalDataSource database) {
        UUID meeting = Meetings.meeting(name, FIRST, LAST, database);
        String venues = "/api/v1/meetings/" + meeting + "/venues";
        String venue = as("venue").body("{\"name\":\"人民会堂\"}").when().post(venues).then().statusCode(201)
                .extract().path("id");
        String hall = as("venue").body("{\"kind\":\"HALL\",\"name\":\"大礼堂\",\"capacity\":8}")
                .when().post(venues + "/" + venue + "/spaces").then().statusCode(201).extract().path("id");
        String map = venues + "/" + venue + "/spaces/" + hall + "/seat-map";
        as("venue").body("{\"floors\":[{\"floor\":1,\"blocks\":[{\"code\":\"A\",\"rows\":2,\"seatsPerRow\":4}]}]}")
                .when().put(map + "/draft").then().statusCode(201);
        as("venue").header("If-Match", "\"0\"").when().post(map + "/draft/publish").then().statusCode(200);
        String session = as("venue").body(ScheduleTest.body("PLENARY", "全体会议", "2030-05-01T09:00:00+08:00",
                "2030-05-01T11:00:00+08:00", "大礼堂", "[]").replace("\"place\":", "\"spaceId\":\"" + hall
                + "\",\"place\":")).when().post("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(201)
                .extract().path("id");
        List<UUID> people = new ArrayList<>();
        String[][] roster = {{"甲代表一", "甲团", "MEMBER", "0100"}, {"甲代表二", "甲团", "MEMBER", "0200"},
                {"乙代表一", "乙团", "MEMBER", "0050"}, {"乙团长", "乙团", "LEADER", "0300"},
                {"乙列席", "乙团", "MEMBER", "0010"}};
        for (String[] p : roster) {
            UUID id = UUID.randomUUID();
            ObjectNode entry = TestRoster.entry(meeting, id, 0, p[0], "ACTIVE").put("delegation", p[1])
                    .put("delegationRole", p[2]).put("strokeKey", p[3]);
            if (p[0].endsWith("列席")) {
                entry.put("category", "NON_VOTING");
            }
            TestRoster.publish("attendee-registered", entry);
            people.add(id);
        }
        for (UUID id : people) {
            await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("venue")
                    .when().get("/api/v1/meetings/" + meeting + "/attendees/" + id).then().statusCode(200));
        }
        return new Setting(meeting, UUID.fromString(hall), UUID.fromString(session),
                "/api/v1/meetings/" + meeting + "/sessions/" + session + "/hall-seating", people);
    }

    static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON);
    }

    private static final String ACROSS = "{\"policy\":{\"layout\":\"ACROSS\"}}";

    @Test
    void aPlanIsPreviewedThenAppliedWholeAndPlannedAgainAfterAWithdrawal() throws Exception {
        Setting at = setting("会场排座测试会议");
        List<UUID> p = at.people();
        ExtractableResponse<Response> preview = as("venue").body(ACROSS).when().post(at.path() + "/plan").then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("seated", equalTo(5))
                // zone 1 by delegation name (no agreed order yet): 乙团 with its leader first, then 甲团; 列席 behind
                .body("seats.seatId", contains("F1-R1-S1", "F1-R1-S2", "F1-R1-S3", "F1-R1-S4", "F1-R2-S1"))
                .body("seats.name", contains("乙团长", "乙代表一", "甲代表一", "甲代表二", "乙列席"))
                .body("seats[0].rule", equalTo("LEADER"))
                .body("seats[0].why", containsString("zone 1 (ATTENDEE) · delegation 1 (乙团, not in the agreed"
                        + " order) · ACROSS block · 1st in block: leader LEADER"))
                .body("seats[2].why", containsString("delegation 2 (甲团, not in the agreed order)"))
                .body("seats[2].why", containsString("stroke key 0100"))
                .body("added", hasSize(5))
                .body("moves", empty())
                .extract();
        String etag = preview.header("ETag");
        assertNotNull(etag);
        assertEquals(0, Rows.count(database, "select count(*) from seat_assignment where session_id = ?",
                at.session()), "a preview changes nothing");

        // the same input gives the same plan and the same ETag
        as("venue").body(ACROSS).when().post(at.path() + "/plan").then().statusCode(200)
                .header("ETag", equalTo(etag));

        as("venue").header("If-Match", etag).header("Idempotency-Key", UUID.randomUUID().toString()).body(ACROSS)
                .when().post(at.path() + "/apply").then().statusCode(200)
                .body("applied", equalTo(true))
                .body("version", equalTo(1));
        assertEquals(1, Rows.count(database, "select count(*) from seat_assignment where session_id = ? and"
                + " seat_id = 'F1-R1-S1' and attendee_id = ?", at.session(), p.get(3)));
        assertEquals(5, Rows.count(database, "select count(*) from seat_assignment where session_id = ?",
                at.session()));
        assertEquals(5, Rows.count(database, "select count(*) from seat_assignment_history where session_id = ?",
                at.session()));
        assertEquals(5, Rows.count(database, "select count(*) from hall_seating_seat where session_id = ? and"
                + " why like 'zone %'", at.session()));
        for (UUID person : p) {
            await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster().matching("venue.seating",
                    e -> e.key().equals(person.toString()) && e.type().equals("seat-assigned")
                            && e.data().path("sessionId").asText().equals(at.session().toString())).isEmpty());
        }
        as("registrar").when().get(at.path()).then().statusCode(200)
                .body("version", equalTo(1))
                .body("seats.name", contains("乙团长", "乙代表一", "甲代表一", "甲代表二", "乙列席"))
                .body("seats[4].why", containsString("zone 2 (NON_VOTING, GUEST)"));

        // the preview's ETag is stale once applied
        Meetings.expectProblem(as("venue").header("If-Match", etag).body(ACROSS).when().post(at.path() + "/apply")
                .then(), 412, null, "has changed");

        // 甲代表二 withdraws: the plan again leaves the seat empty and moves nobody
        TestRoster.publish("attendee-withdrawn", TestRoster.entry(at.meeting(), p.get(1), 1, "甲代表二",
                "WITHDRAWN").put("delegation", "甲团").put("delegationRole", "MEMBER").put("strokeKey", "0200"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("venue").when()
                .get("/api/v1/meetings/" + at.meeting() + "/attendees/" + p.get(1)).then().statusCode(404));
        String late = as("venue").body(ACROSS).when().post(at.path() + "/plan").then().statusCode(200)
                .body("moves", empty())
                .body("added", empty())
                .body("leaving.attendeeId", contains(p.get(1).toString()))
                .body("leaving[0].fromLabel", equalTo("一层 1排 4号"))
                .body("keptEmpty", equalTo(1))
                .extract().header("ETag");
        as("venue").header("If-Match", late).body(ACROSS).when().post(at.path() + "/apply").then().statusCode(200)
                .body("version", equalTo(2));
        assertEquals(0, Rows.count(database, "select count(*) from seat_assignment where session_id = ? and"
                + " attendee_id = ?", at.session(), p.get(1)));
        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster().matching("venue.seating",
                e -> e.key().equals(p.get(1).toString()) && e.type().equals("seat-unassigned")).isEmpty());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndAHandEditedSeatingIsChecked() throws Exception {
        Setting at = setting("会场排座校验会议");
        List<UUID> p = at.people();
        Meetings.expectProblem(as("venue").body("{\"pins\":[{\"attendeeId\":\"" + p.get(0) + "\",\"seatId\":"
                + "\"F9-R1-S1\"}]}").when().post(at.path() + "/plan").then(), 400, "pins[0].seatId",
                "F9-R1-S1");
        Meetings.expectProblem(as("venue").body("{\"absentIds\":[\"" + UUID.randomUUID() + "\"]}")
                .when().post(at.path() + "/plan").then(), 400, "absentIds[0]", "not an attendee");
        Meetings.expectProblem(as("venue").body("{\"policy\":{\"zones\":[[\"ATTENDEE\"],[\"ATTENDEE\"]]}}")
                .when().post(at.path() + "/plan").then(), 400, "policy.zones[1]", "ATTENDEE");
        Meetings.expectProblem(as("venue").body("{}").when().post(at.path() + "/apply").then(), 428, null,
                "If-Match");
        assertEquals(0, Rows.count(database, "select count(*) from seat_assignment where session_id = ?",
                at.session()));
        as("registrar").body("{}").when().post(at.path() + "/plan").then().statusCode(403);

        // 乙列席 (non-voting) in row 1 ahead of 乙代表一 in row 2; a seat given twice; a person seated twice
        as("venue").body("{\"seats\":[{\"seatId\":\"F1-R1-S1\",\"attendeeId\":\"" + p.get(4) + "\"},"
                + "{\"seatId\":\"F1-R2-S1\",\"attendeeId\":\"" + p.get(2) + "\"},"
                + "{\"seatId\":\"F1-R2-S1\",\"attendeeId\":\"" + p.get(0) + "\"},"
                + "{\"seatId\":\"F1-R2-S2\",\"attendeeId\":\"" + p.get(0) + "\"}]}")
                .when().post(at.path() + "/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("issues.field", contains("seats[0].seatId", "seats[2].seatId", "seats[3].attendeeId"))
                .body("issues.code", contains("NON_VOTING_AHEAD", "SEAT_GIVEN_TWICE", "PERSON_SEATED_TWICE"));
    }
}
