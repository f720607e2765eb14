package io.huiwu.registration.attendance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.registration.rest.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sessions read from venue's schedule, the leave register, and the headcount of a session (应到, 实到, 代签, 请假,
 * 缺席, the quorum) and of the meeting's registration desks (报到), through the API and a real broker.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class AttendanceTest {

    private static final EventContract ABSENCE_EVENTS = EventContract.of(AsyncApiDocument.OWN, "Absence");
    private static final EventContract SESSION_READER = EventContract.of(AsyncApiDocument.OWN, "Session");
    private static final String START = "2026-03-02T09:00:00+08:00";
    private static final String END = "2026-03-02T11:30:00+08:00";

    @Test
    void aScheduledSessionGetsADoorListThatFollowsIt() {
        String meeting = Fixtures.meeting("会次测试会议");
        UUID session = UUID.randomUUID();
        publish("session-scheduled", session(meeting, session, 0, "第一次全体会议", START, END));
        String listId = awaitSession(meeting, session, 0).body("kind", equalTo("PLENARY"))
                .body("categories", contains("ATTENDEE")).body("quorumRule", equalTo("MAJORITY"))
                .extract().path("listId");
        String lists = "/api/v1/meetings/" + meeting + "/checkin/lists/" + listId;
        given().auth().oauth2(Fixtures.organizer()).when().get(lists).then().statusCode(200)
                .body("kind", equalTo("DOOR")).body("sessionId", equalTo(session.toString()))
                .body("name", equalTo("第一次全体会议 03-02 09:00"))
                .body("opensAt", equalTo("2026-03-01T23:00:00Z")).body("closesAt", equalTo("2026-03-02T03:30:00Z"))
                .body("allowOnBehalf", equalTo(false));

        // venue moves it; an older version arriving late changes nothing
        publish("session-changed", session(meeting, session, 2, "第一次全体会议", "2026-03-02T14:30:00+08:00",
                "2026-03-02T17:00:00+08:00"));
        publish("session-changed", session(meeting, session, 1, "旧名称", START, END));
        awaitSession(meeting, session, 2).body("name", equalTo("第一次全体会议"));
        given().auth().oauth2(Fixtures.organizer()).when().get(lists).then()
                .body("name", equalTo("第一次全体会议 03-02 14:30")).body("closesAt", equalTo("2026-03-02T09:00:00Z"));

        // the list's name and categories follow the session; its rules may be set here
        String etag = given().auth().oauth2(Fixtures.organizer()).when().get(lists).then().extract().header("ETag");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(listJson("另一个名字", "[\"ATTENDEE\"]", true))
                .when().put(lists).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("venue"));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(listJson("第一次全体会议 03-02 14:30", "[\"ATTENDEE\"]", true))
                .when().put(lists).then().statusCode(200).body("allowOnBehalf", equalTo(true));

        publish("session-cancelled", TestEvents.object().put("sessionId", session.toString())
                .put("meetingId", meeting).put("version", 3));
        awaitSession(meeting, session, 3).body("cancelled", equalTo(true));
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/sessions/" + session + "/headcount")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aSessionCountsPresentSignedForOnLeaveAndAbsentAndTellsWhetherTheQuorumIsReached() {
        String meeting = Fixtures.meeting("到会统计测试会议");
        String a1 = person(meeting, "丁一", "ATTENDEE", "长安区代表团");
        String a2 = person(meeting, "王芳", "ATTENDEE", "长安区代表团");
        String a3 = person(meeting, "李强", "ATTENDEE", "长安区代表团");
        String b1 = person(meeting, "马云", "ATTENDEE", "雁塔区代表团");
        String b2 = person(meeting, "赵磊", "ATTENDEE", "雁塔区代表团");
        person(meeting, "孙列席", "NON_VOTING", "雁塔区代表团");
        UUID session = UUID.randomUUID();
        publish("session-scheduled", session(meeting, session, 0, "第二次全体会议", START, END));
        String list = awaitSession(meeting, session, 0).extract().path("listId");
        String lists = "/api/v1/meetings/" + meeting + "/checkin/lists/" + list;
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(listJson("第二次全体会议 03-02 09:00", "[\"ATTENDEE\"]", true))
                .when().put(lists).then().statusCode(200);

        checkIn(meeting, list, a1, false).statusCode(201);
        checkIn(meeting, list, a2, true).statusCode(201).body("method", equalTo("ON_BEHALF"));
        checkIn(meeting, list, b1, false).statusCode(201);
        leave(meeting, "{\"attendeeId\":\"" + a3 + "\",\"sessionIds\":[\"" + session + "\"],\"reasonKind\":"
                + "\"ILLNESS\",\"reason\":\"住院\",\"approvedBy\":\"大会秘书处\"}").statusCode(201);
        // 马云 asked for the afternoon off but came: present; 赵磊's leave is for another day: absent
        leave(meeting, "{\"attendeeId\":\"" + b1 + "\",\"from\":\"2026-03-02T08:00:00+08:00\",\"to\":"
                + "\"2026-03-02T18:00:00+08:00\",\"reasonKind\":\"OFFICIAL_DUTY\",\"approvedBy\":\"大会秘书处\"}")
                .statusCode(201);
        leave(meeting, "{\"attendeeId\":\"" + b2 + "\",\"from\":\"2026-03-03T08:00:00+08:00\",\"to\":"
                + "\"2026-03-03T18:00:00+08:00\",\"reasonKind\":\"PERSONAL\",\"approvedBy\":\"大会秘书处\"}")
                .statusCode(201);

        String headcount = "/api/v1/meetings/" + meeting + "/sessions/" + session + "/headcount";
        given().auth().oauth2(TestTokens.role("secretariat")).when().get(headcount).then().statusCode(200)
                .body("expected", equalTo(5)).body("present", equalTo(2)).body("signedOnBehalf", equalTo(1))
                .body("onLeave", equalTo(1)).body("absent", equalTo(1))
                .body("quorum.rule", equalTo("MAJORITY")).body("quorum.needed", equalTo(3))
                .body("quorum.reached", equalTo(false))
                .body("byDelegation.delegation", contains("长安区代表团", "雁塔区代表团"))
                .body("byDelegation[0].expected", equalTo(3)).body("byDelegation[0].present", equalTo(1))
                .body("byDelegation[0].signedOnBehalfNames.name", contains("王芳"))
                .body("byDelegation[0].onLeaveNames.name", contains("李强"))
                .body("byDelegation[0].absentNames", hasSize(0))
                .body("byDelegation[1].present", equalTo(1))
                .body("byDelegation[1].absentNames.name", contains("赵磊"));
        // the admission at the session's door says which session it was for (venue's live chart reads it)
        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster().matching("registration.checkin",
                e -> e.subject().equals(a1)).isEmpty());
        assertEquals(session.toString(), TopicEvents.inTestCluster().matching("registration.checkin",
                e -> e.subject().equals(a1)).get(0).data().path("sessionId").asText());

        // the organiser's rule for plenary sessions
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"rules\":[{\"kind\":\"PLENARY\",\"rule\":\"NONE\"}]}")
                .when().put("/api/v1/meetings/" + meeting + "/quorum-rules").then().statusCode(200)
                .body("rules.find { it.kind == 'PLENARY' }.rule", equalTo("NONE"))
                .body("rules.find { it.kind == 'PLENARY' }.byDefault", equalTo(false))
                .body("rules.find { it.kind == 'ELECTION' }.rule", equalTo("MAJORITY"));
        given().auth().oauth2(TestTokens.role("venue")).when().get(headcount).then()
                .body("quorum.rule", equalTo("NONE")).body("quorum.reached", equalTo(true));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"rules\":[{\"kind\":\"PLENARY\",\"rule\":\"TWO_THIRDS\"},"
                        + "{\"kind\":\"PLENARY\",\"rule\":\"NONE\"}]}")
                .when().put("/api/v1/meetings/" + meeting + "/quorum-rules").then().statusCode(400)
                .body("errors[0].field", equalTo("rules"));
        given().auth().oauth2(TestTokens.role("registrar")).contentType(ContentType.JSON)
                .body("{\"rules\":[]}")
                .when().put("/api/v1/meetings/" + meeting + "/quorum-rules").then().statusCode(403);
        given().auth().oauth2(TestTokens.role("venue")).when().get(headcount).then()
                .body("quorum.rule", equalTo("NONE"));
    }

    @Test
    void aLeaveIsRecordedWithdrawnAndPublishedAndBadOnesChangeNothing() {
        String meeting = Fixtures.meeting("请假测试会议");
        String person = person(meeting, "欧阳建国", "ATTENDEE", "长安区代表团");
        UUID session = UUID.randomUUID();
        publish("session-scheduled", session(meeting, session, 0, "分组讨论", START, END).put("kind", "GROUP"));
        awaitSession(meeting, session, 0);

        String absences = "/api/v1/meetings/" + meeting + "/absences";
        leave(meeting, "{\"attendeeId\":\"" + person + "\",\"from\":\"2026-03-02T12:00:00+08:00\",\"to\":"
                + "\"2026-03-02T08:00:00+08:00\",\"reasonKind\":\"PERSONAL\",\"approvedBy\":\"秘书处\"}")
                .statusCode(400).body("errors[0].field", equalTo("to"));
        leave(meeting, "{\"attendeeId\":\"" + person + "\",\"from\":\"2026-03-02T12:00:00+08:00\","
                + "\"reasonKind\":\"PERSONAL\",\"approvedBy\":\"秘书处\"}")
                .statusCode(400).body("errors[0].field", equalTo("to"));
        leave(meeting, "{\"attendeeId\":\"" + person + "\",\"reasonKind\":\"PERSONAL\",\"approvedBy\":\"秘书处\"}")
                .statusCode(400).body("errors[0].field", equalTo("sessionIds"));
        leave(meeting, "{\"attendeeId\":\"" + person + "\",\"sessionIds\":[\"" + UUID.randomUUID()
                + "\"],\"reasonKind\":\"PERSONAL\",\"approvedBy\":\"秘书处\"}")
                .statusCode(400).body("errors[0].field", equalTo("sessionIds"));
        leave(meeting, "{\"attendeeId\":\"" + person + "\",\"from\":\"2026-04-02T08:00:00+08:00\",\"to\":"
                + "\"2026-04-02T18:00:00+08:00\",\"reasonKind\":\"PERSONAL\",\"approvedBy\":\"秘书处\"}")
                .statusCode(400).body("errors[0].field", equalTo("from"));
        leave(meeting, "{\"attendeeId\":\"" + UUID.randomUUID() + "\",\"sessionIds\":[\"" + session
                + "\"],\"reasonKind\":\"PERSONAL\",\"approvedBy\":\"秘书处\"}")
                .statusCode(400).body("errors[0].field", equalTo("attendeeId"));
        leave(meeting, "{\"attendeeId\":\"" + person + "\",\"sessionIds\":[\"" + session
                + "\"],\"reasonKind\":\"BORED\",\"approvedBy\":\"秘书处\"}").statusCode(400);
        leave(meeting, "{\"attendeeId\":\"" + person + "\",\"sessionIds\":[\"" + session
                + "\"],\"reasonKind\":\"PERSONAL\",\"approvedBy\":\" \"}")
                .statusCode(400).body("errors[0].field", equalTo("approvedBy"));
        given().auth().oauth2(Fixtures.organizer()).when().get(absences).then().body("total", equalTo(0));

        String id = given().auth().oauth2(TestTokens.role("registrar")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "leave-" + person)
                .body("{\"attendeeId\":\"" + person + "\",\"sessionIds\":[\"" + session + "\"],\"reasonKind\":"
                        + "\"OFFICIAL_DUTY\",\"reason\":\"赴京参加会议\",\"approvedBy\":\"大会秘书处\"}")
                .when().post(absences).then().statusCode(201).header("ETag", "\"0\"")
                .body("attendeeName", equalTo("欧阳建国")).body("status", equalTo("REPORTED"))
                .body("recordedBy", equalTo("test-registrar"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.role("venue")).queryParam("sessionId", session.toString())
                .when().get(absences).then().body("items.id", contains(id));
        TopicEvents.Event reported = awaitEvent(person, "absence-reported");
        assertEquals(id, reported.data().path("absenceId").asText());
        assertEquals("OFFICIAL_DUTY", reported.data().path("reasonKind").asText());
        assertEquals(true, reported.data().path("reason").isMissingNode(), "the reason in words is not published");
        ABSENCE_EVENTS.assertValid(reported.data());

        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"7\"")
                .when().post(absences + "/" + id + "/withdraw").then().statusCode(412);
        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"0\"")
                .when().post(absences + "/" + id + "/withdraw").then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("WITHDRAWN"))
                .body("withdrawnBy", equalTo("test-organizer"));
        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"1\"")
                .when().post(absences + "/" + id + "/withdraw").then().statusCode(409);
        ABSENCE_EVENTS.assertValid(awaitEvent(person, "absence-withdrawn").data());
        given().auth().oauth2(TestTokens.role("venue")).queryParam("status", "REPORTED")
                .when().get(absences).then().body("total", equalTo(0));

        // a withdrawn attendee takes no leave
        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"0\"")
                .when().delete("/api/v1/meetings/" + meeting + "/attendees/" + person).then().statusCode(204);
        leave(meeting, "{\"attendeeId\":\"" + person + "\",\"sessionIds\":[\"" + session
                + "\"],\"reasonKind\":\"PERSONAL\",\"approvedBy\":\"秘书处\"}").statusCode(409);
        given().auth().oauth2(Fixtures.organizer()).when().get(absences).then().body("total", equalTo(1));
    }

    @Test
    void arrivalsCountEachPersonOnceAcrossDesksAndSupportOnlyWhenAsked() {
        String meeting = Fixtures.meeting("报到统计测试会议");
        String one = person(meeting, "丁一", "ATTENDEE", "长安区代表团");
        person(meeting, "王芳", "ATTENDEE", "长安区代表团");
        String driver = person(meeting, "马师傅", "STAFF", "长安区代表团");
        String north = desk(meeting, "北门报到处");
        String south = desk(meeting, "南门报到处");
        checkIn(meeting, north, one, false).statusCode(201);
        checkIn(meeting, south, one, false).statusCode(201);
        checkIn(meeting, north, driver, false).statusCode(201);

        String arrivals = "/api/v1/meetings/" + meeting + "/checkin/arrivals";
        given().auth().oauth2(TestTokens.role("registrar")).when().get(arrivals).then().statusCode(200)
                .body("expected", equalTo(2)).body("arrived", equalTo(1)).body("notYetArrived", equalTo(1))
                .body("notArrived.name", contains("王芳"))
                .body("byDelegation[0].expected", equalTo(2)).body("byDelegation[0].arrived", equalTo(1));
        given().auth().oauth2(TestTokens.role("logistics")).queryParam("includeSupport", true)
                .when().get(arrivals).then()
                .body("expected", equalTo(3)).body("arrived", equalTo(2))
                .body("byCategory.key", contains("ATTENDEE", "STAFF"));
        given().auth().oauth2(TestTokens.role("venue")).when().get(arrivals).then().statusCode(403);
    }

    private static ObjectNode session(String meeting, UUID session, long version, String name, String start,
            String end) {
        ObjectNode data = TestEvents.object().put("sessionId", session.toString()).put("meetingId", meeting)
                .put("version", version).put("kind", "PLENARY").put("name", name).put("startsAt", start)
                .put("endsAt", end).put("place", "人民大会堂");
        data.putArray("categories").add("ATTENDEE");
        data.putArray("delegations");
        data.putArray("groupIds");
        SESSION_READER.assertValid(data);
        return data;
    }

    private static void publish(String type, ObjectNode data) {
        String subject = data.path("sessionId").asText();
        TopicEvents.inTestCluster().send("venue.session", subject,
                TestEvents.envelope(UUID.randomUUID().toString(), "/venue-service", type, subject, data));
    }

    private static ValidatableResponse awaitSession(String meeting, UUID session, long version) {
        String path = "/api/v1/meetings/" + meeting + "/sessions/" + session;
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(Fixtures.organizer())
                .when().get(path).then().statusCode(200).body("sourceVersion", equalTo((int) version)));
        return given().auth().oauth2(Fixtures.organizer()).when().get(path).then();
    }

    private static String person(String meeting, String name, String category, String delegation) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"category\":\"" + category
                        + "\",\"delegation\":\"" + delegation + "\",\"unit\":\"区人大\",\"title\":\"代表\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201)
                .extract().path("id");
    }

    private static String desk(String meeting, String name) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"kind\":\"DESK\",\"categories\":[\"ATTENDEE\",\"STAFF\"],"
                        + "\"allowReentry\":false,\"trackExit\":false}")
                .when().post("/api/v1/meetings/" + meeting + "/checkin/lists").then().statusCode(201)
                .extract().path("id");
    }

    private static String listJson(String name, String categories, boolean onBehalf) {
        return "{\"name\":\"" + name + "\",\"kind\":\"DOOR\",\"categories\":" + categories + ",\"allowReentry\":true,"
                + "\"trackExit\":false,\"allowOnBehalf\":" + onBehalf + ",\"opensAt\":\"2026-03-02T00:00:00Z\","
                + "\"closesAt\":\"2026-03-02T10:00:00Z\"}";
    }

    private static ValidatableResponse checkIn(String meeting, String list, String attendee, boolean onBehalf) {
        return given().auth().oauth2(TestTokens.role("registrar")).contentType(ContentType.JSON)
                .body("{\"listId\":\"" + list + "\",\"attendeeId\":\"" + attendee + "\",\"nonce\":\""
                        + UUID.randomUUID() + "\",\"onBehalf\":" + onBehalf + ",\"scannedAt\":\""
                        + "2026-03-02T08:50:00+08:00\"}")
                .when().post("/api/v1/meetings/" + meeting + "/checkin/redeem").then();
    }

    private static ValidatableResponse leave(String meeting, String body) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/meetings/" + meeting + "/absences").then();
    }

    private static TopicEvents.Event awaitEvent(String attendee, String type) {
        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster().matching(
                "registration.attendance", e -> e.subject().equals(attendee) && e.type().equals(type)).isEmpty());
        List<TopicEvents.Event> events = TopicEvents.inTestCluster().matching("registration.attendance",
                e -> e.subject().equals(attendee) && e.type().equals(type));
        assertEquals(1, events.size());
        return events.get(0);
    }
}
