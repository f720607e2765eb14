package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Before the meeting: the plan and its approval, working groups and tasks, notices, travel reports. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class PreparationTest {

    private static final String PLAN = "{\"purpose\":\"审议工作报告\",\"form\":\"全体会议\",\"scale\":%d,"
            + "\"agendaTopics\":[\"听取工作报告\",\"选举\"],\"budget\":%s,"
            + "\"leadership\":[{\"name\":\"王建国\",\"role\":\"组长\"}]}";

    @Test
    void aChangeToAnApprovedPlanNeedsApprovalAgainAndEveryVersionIsKept() {
        String meeting = Fixtures.meeting("方案测试会议");
        String base = "/api/v1/meetings/" + meeting + "/plan";
        given().auth().oauth2(Fixtures.organizer()).when().get(base)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("version", equalTo(1))
                .header("ETag", "\"1\"");
        plan(base, 1, 700, "1000000.00").statusCode(200).body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"2\"").contentType(ContentType.JSON).when().post(base + "/approve")
                .then().statusCode(409).body("detail", containsString("only a submitted plan can be approved"));
        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"2\"").contentType(ContentType.JSON).when().post(base + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("version", equalTo(3));
        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body("{\"comment\":\"同意\"}").when().post(base + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("comment", equalTo("同意"));
        plan(base, 4, 720, "1250000.00").statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(5));
        plan(base, 4, 730, "1").statusCode(412);

        given().auth().oauth2(TestTokens.role("registrar")).when().get(base + "/versions")
                .then().body("items.action", contains("CREATED", "EDITED", "SUBMIT", "APPROVE", "EDITED"))
                .body("items.status", contains("DRAFT", "DRAFT", "SUBMITTED", "APPROVED", "SUBMITTED"));
        given().auth().oauth2(TestTokens.role("registrar")).when().get(base + "/versions/4")
                .then().body("plan.scale", equalTo(700)).body("status", equalTo("APPROVED"));
        given().auth().oauth2(TestTokens.role("registrar")).when().get(base + "/compare?from=4&to=5")
                .then().body("changes.field", contains("scale", "budget"))
                .body("changes[0].before.scale", equalTo(700)).body("changes[0].after.scale", equalTo(720))
                .body("changes[0].before.budget", nullValue());
        given().auth().oauth2(TestTokens.role("registrar")).when().get(base + "/versions/9")
                .then().statusCode(404);
        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"5\"").contentType(ContentType.JSON)
                .body(PLAN.formatted(700, "-5")).when().put(base)
                .then().statusCode(400).body("errors.field", contains("budget"));
    }

    @Test
    void tasksArePlannedByGroupAndOverdueOnesAreListed() {
        String meeting = Fixtures.meeting("任务测试会议");
        String groupBody = "{\"name\":\"材料组\",\"kind\":\"MATERIALS\",\"leader\":\"李处长\",\"members\":["
                + "{\"name\":\"陈晓\",\"phone\":\"13800000001\",\"duty\":\"起草报告\"},{\"name\":\"刘洋\"}]}";
        String key = "group-" + UUID.randomUUID();
        String group = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(groupBody)
                .when().post("/api/v1/meetings/" + meeting + "/working-groups")
                .then().statusCode(201).body("members.name", contains("陈晓", "刘洋"))
                .body("members[0].phone", equalTo("13800000001")).extract().path("id");
        // the answer kept for a replay holds no phone number
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(groupBody)
                .when().post("/api/v1/meetings/" + meeting + "/working-groups")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(group))
                .body("members[0].phone", equalTo("138****0001"));
        String late = task(meeting, group, "印制会议材料", OffsetDateTime.now().minusDays(1));
        task(meeting, group, "布置会场", OffsetDateTime.now().plusDays(3));
        String done = task(meeting, null, "发出会议通知", OffsetDateTime.now().minusDays(2));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":\"发出会议通知\",\"owner\":\"陈晓\",\"deadline\":\""
                        + OffsetDateTime.now().minusDays(2) + "\",\"status\":\"DONE\"}")
                .when().put("/api/v1/meetings/" + meeting + "/tasks/" + done)
                .then().statusCode(200).body("overdue", equalTo(false)).body("completedAt",
                        org.hamcrest.Matchers.notNullValue());

        given().auth().oauth2(TestTokens.role("logistics")).when().get("/api/v1/meetings/" + meeting
                        + "/tasks?overdue=true")
                .then().body("items.id", contains(late)).body("items[0].groupName", equalTo("材料组"))
                .body("items[0].overdue", equalTo(true));
        given().auth().oauth2(TestTokens.role("logistics")).when().get("/api/v1/meetings/" + meeting + "/tasks")
                .then().body("items.title", contains("发出会议通知", "印制会议材料", "布置会场"));
        given().auth().oauth2(TestTokens.role("logistics")).when().get("/api/v1/meetings/" + meeting
                        + "/working-groups")
                .then().body("items[0].openTasks", equalTo(2)).body("items[0].overdueTasks", equalTo(1));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"owner\":\"y\",\"deadline\":\"2026-01-01T00:00:00Z\",\"groupId\":\""
                        + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/tasks")
                .then().statusCode(400).body("errors.field", contains("groupId"));
    }

    @Test
    void noticesAreSupplementedAndAcknowledgedVersionByVersion() {
        String meeting = Fixtures.meeting("通知测试会议");
        String wang = Fixtures.attendee(meeting, "王芳");
        Fixtures.attendee(meeting, "李强");
        String notice = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(notice("3月1日14时前", null))
                .when().post("/api/v1/meetings/" + meeting + "/notices")
                .then().statusCode(201).body("currentVersion", equalTo(1)).extract().path("id");
        String base = "/api/v1/meetings/" + meeting + "/notices/" + notice;
        given().auth().oauth2(TestTokens.attendee(meeting, wang)).contentType(ContentType.JSON).when().post(base + "/acknowledgements")
                .then().statusCode(200).body("name", equalTo("王芳"));
        given().auth().oauth2(Fixtures.organizer()).when().get(base + "/acknowledgements")
                .then().body("acknowledged", equalTo(1)).body("pendingFrom.name", contains("李强"));

        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(notice("3月1日12时前", null))
                .when().post(base + "/supplements").then().statusCode(400).body("errors.field", contains("changeSummary"));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(notice("3月1日12时前", "报到时间提前两小时"))
                .when().post(base + "/supplements")
                .then().statusCode(200).body("currentVersion", equalTo(2))
                .body("current.checkIn", equalTo("3月1日12时前")).body("versions", hasSize(2));
        given().auth().oauth2(Fixtures.organizer()).when().get(base + "/acknowledgements")
                .then().body("version", equalTo(2)).body("acknowledged", equalTo(0)).body("pending", equalTo(2));
        given().auth().oauth2(Fixtures.organizer()).when().get(base + "/acknowledgements?version=1")
                .then().body("acknowledgedBy.name", contains("王芳"));
        given().auth().oauth2(TestTokens.role("registrar")).contentType(ContentType.JSON)
                .body("{\"attendeeId\":\"" + wang + "\"}").when().post(base + "/acknowledgements")
                .then().statusCode(200).body("recordedBy", equalTo("test-registrar"));
        given().auth().oauth2(TestTokens.attendee(meeting, wang)).when().get(base + "/versions/1")
                .then().statusCode(200).body("checkIn", equalTo("3月1日14时前"));
    }

    @Test
    void travelReportsAreCheckedAndPublished() {
        String meeting = Fixtures.meeting("接站测试会议");
        String wang = Fixtures.attendee(meeting, "王芳");
        String base = "/api/v1/meetings/" + meeting + "/travel/" + wang;
        String token = TestTokens.attendee(meeting, wang);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"mode\":\"TRAIN\",\"number\":\"g1234\",\"at\":\"2026-03-01T14:35:00+08:00\","
                        + "\"place\":\"西安北站\",\"companions\":1}")
                .when().put(base + "/ARRIVAL").then().statusCode(200).body("number", equalTo("G1234"))
                .body("attendeeName", equalTo("王芳"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"mode\":\"FLIGHT\",\"number\":\"火车\",\"at\":\"2026-03-05T18:00:00+08:00\","
                        + "\"place\":\"咸阳机场\"}")
                .when().put(base + "/DEPARTURE").then().statusCode(400).body("errors.field", contains("number"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"mode\":\"FLIGHT\",\"number\":\"MU2105\",\"at\":\"2026-02-20T18:00:00+08:00\","
                        + "\"place\":\"咸阳机场\"}")
                .when().put(base + "/DEPARTURE").then().statusCode(400).body("detail",
                        containsString("before the meeting starts"));
        given().auth().oauth2(TestTokens.attendee(UUID.fromString(meeting), UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"mode\":\"CAR\",\"at\":\"2026-03-01T09:00:00+08:00\",\"place\":\"会议中心\"}")
                .when().put(base + "/ARRIVAL").then().statusCode(404);
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/travel?direction=ARRIVAL&from=2026-03-01T00:00:00Z")
                .then().statusCode(200).body("items.place", contains("西安北站"));

        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster()
                .matching("registration.travel", e -> e.subject().equals(wang)).isEmpty());
        var event = TopicEvents.inTestCluster().matching("registration.travel", e -> e.subject().equals(wang)).get(0);
        assertEquals("travel-reported", event.type());
        assertEquals("G1234", event.data().path("number").asText());
        EventContract.of(AsyncApiDocument.OWN, "TravelReport").assertValid(event.data());
    }

    private static io.restassured.response.ValidatableResponse plan(String base, int version, int scale,
            String budget) {
        return given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON).body(PLAN.formatted(scale, budget)).when().put(base).then();
    }

    private static String task(String meeting, String group, String title, OffsetDateTime deadline) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\",\"owner\":\"陈晓\",\"deadline\":\"" + deadline + "\""
                        + (group == null ? "" : ",\"groupId\":\"" + group + "\"") + "}")
                .when().post("/api/v1/meetings/" + meeting + "/tasks").then().statusCode(201).extract().path("id");
    }

    private static String notice(String checkIn, String change) {
        return "{\"name\":\"关于召开会议的通知\",\"content\":\"审议工作报告\",\"participants\":\"全体代表\","
                + "\"checkIn\":\"" + checkIn + "\",\"duration\":\"5天\",\"venue\":\"省人民会堂\",\"dress\":\"正装\","
                + "\"notes\":\"携带代表证\"" + (change == null ? "" : ",\"changeSummary\":\"" + change + "\"") + "}";
    }
}
