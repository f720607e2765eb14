package io.huiwu.venue.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The schedule: sessions booked in their places within the meeting's days, and published on venue.session. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class ScheduleTest {

    private static final EventContract SESSION = EventContract.of(AsyncApiDocument.OWN, "Session");
    private static final EventContract AGENDA = EventContract.of(AsyncApiDocument.OWN, "AgendaChange");
    /** The shape registration reads from venue.session. */
    private static final EventContract AS_REGISTRATION_READS = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "Session");
    private static final String TOPIC = "venue.session";
    private static final LocalDate FIRST = LocalDate.of(2030, 3, 5);
    private static final LocalDate LAST = LocalDate.of(2030, 3, 11);

    @Inject
    AgroalDataSource database;

    static String body(String kind, String name, String start, String end, String place, String agenda) {
        return """
                {"kind":"%s","name":"%s","startsAt":"%s","endsAt":"%s","place":%s,
                 "categories":["ATTENDEE","NON_VOTING"],"delegations":["长安区代表团"],
                 "groupIds":["6f1c7f0e-8f55-4a4b-9d4e-1f1f4b8f1a01"],"seatPassRequired":true,"agenda":%s}
                """.formatted(kind, name, start, end, place == null ? "null" : "\"" + place + "\"", agenda);
    }

    private String schedule(UUID meeting, String body) {
        return given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(201)
                .header("ETag", "\"0\"").extract().path("id");
    }

    @Test
    void aSessionIsScheduledChangedAndCancelledAndEachChangeIsPublished() throws Exception {
        UUID meeting = Meetings.meeting("日程测试会议", FIRST, LAST, database);
        String sessions = "/api/v1/meetings/" + meeting + "/sessions";
        String id = given().auth().oauth2(TestTokens.role("organizer")).contentType(ContentType.JSON)
                .body(body("PLENARY", "第一次全体会议", "2030-03-05T09:00:00+08:00", "2030-03-05T11:30:00+08:00",
                        "大礼堂", "[{\"title\":\"开幕\",\"presenter\":\"张建国\"},{\"title\":\"审议政府工作报告\"}]"))
                .when().post(sessions).then().statusCode(201).header("ETag", "\"0\"")
                .body("kind", equalTo("PLENARY"))
                .body("startsAt", equalTo("2030-03-05T01:00:00Z"))
                .body("place", equalTo("大礼堂"))
                .body("agendaVersion", equalTo(1))
                .body("agenda.title", contains("开幕", "审议政府工作报告"))
                .body("agenda.position", contains(1, 2))
                .extract().path("id");
        assertEquals(1, Rows.count(database, "select count(*) from venue_session where id = ? and not cancelled"
                + " and seat_pass_required and categories = '{ATTENDEE,NON_VOTING}'", UUID.fromString(id)));
        assertEquals(2, Rows.count(database, "select count(*) from agenda_item where session_id = ?",
                UUID.fromString(id)));

        TopicEvents.Event scheduled = awaitOne(e -> e.subject().equals(id) && e.type().equals("session-scheduled"));
        SESSION.assertValid(scheduled.data());
        AS_REGISTRATION_READS.assertValid(scheduled.data());
        assertEquals(id, scheduled.key());
        assertEquals(meeting.toString(), scheduled.data().path("meetingId").asText());
        assertEquals(0, scheduled.data().path("version").asLong());
        assertEquals("第一次全体会议", scheduled.data().path("name").asText());
        assertEquals("2030-03-05T01:00:00Z", scheduled.data().path("startsAt").asText());
        assertEquals("大礼堂", scheduled.data().path("place").asText());
        assertEquals("长安区代表团", scheduled.data().path("delegations").get(0).asText());
        assertEquals(1, scheduled.data().path("groupIds").size());

        // a 临时动议: the agenda gets a new version, the old one is kept
        given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("PLENARY", "第一次全体会议", "2030-03-05T09:00:00+08:00", "2030-03-05T12:00:00+08:00",
                        "大礼堂", "[{\"title\":\"开幕\",\"presenter\":\"张建国\"},{\"title\":\"审议政府工作报告\"},"
                        + "{\"title\":\"临时动议\"}]"))
                .when().put(sessions + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("agendaVersion", equalTo(2)).body("agenda.title", contains("开幕", "审议政府工作报告", "临时动议"));
        assertEquals(5, Rows.count(database, "select count(*) from agenda_item where session_id = ?",
                UUID.fromString(id)));
        TopicEvents.Event changed = awaitOne(e -> e.subject().equals(id) && e.type().equals("session-changed"));
        SESSION.assertValid(changed.data());
        AS_REGISTRATION_READS.assertValid(changed.data());
        assertEquals(1, changed.data().path("version").asLong());
        assertEquals("2030-03-05T04:00:00Z", changed.data().path("endsAt").asText());
        TopicEvents.Event agenda = awaitOne(e -> e.subject().equals(id) && e.type().equals("agenda-changed"));
        AGENDA.assertValid(agenda.data());
        assertEquals(2, agenda.data().path("agendaVersion").asInt());
        assertEquals("临时动议", agenda.data().path("items").get(2).path("title").asText());

        // a stale version changes nothing
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(body("PLENARY", "改名", "2030-03-05T09:00:00+08:00",
                        "2030-03-05T12:00:00+08:00", "大礼堂", "[]"))
                .when().put(sessions + "/" + id).then(), 412, null, "has changed");
        assertEquals(1, Rows.count(database, "select count(*) from venue_session where id = ? and version = 1"
                + " and name = '第一次全体会议'", UUID.fromString(id)));

        given().auth().oauth2(TestTokens.role("venue")).header("If-Match", "\"1\"")
                .when().delete(sessions + "/" + id).then().statusCode(204);
        TopicEvents.Event cancelled = awaitOne(e -> e.subject().equals(id) && e.type().equals("session-cancelled"));
        SESSION.assertValid(cancelled.data());
        AS_REGISTRATION_READS.assertValid(cancelled.data());
        assertEquals(2, cancelled.data().path("version").asLong());
        assertEquals(true, cancelled.data().path("cancelled").asBoolean());
        given().auth().oauth2(TestTokens.role("registrar")).when().get(sessions + "/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("cancelled", equalTo(true));
        given().auth().oauth2(TestTokens.role("registrar")).when().get(sessions).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(TestTokens.role("registrar")).queryParam("cancelled", "true").when().get(sessions)
                .then().statusCode(200).body("total", equalTo(1));
        // its place is free again
        schedule(meeting, body("GROUP", "第一组讨论", "2030-03-05T10:00:00+08:00", "2030-03-05T11:00:00+08:00",
                "大礼堂", "[]"));
    }

    @Test
    void aPlaceIsHeldByOneSessionAtATime() throws Exception {
        UUID meeting = Meetings.meeting("会场冲突测试会议", FIRST, LAST, database);
        String sessions = "/api/v1/meetings/" + meeting + "/sessions";
        String first = schedule(meeting, body("GROUP", "第一组讨论", "2030-03-06T09:00:00+08:00",
                "2030-03-06T11:00:00+08:00", "第二会议室", "[]"));

        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body("GROUP", "第二组讨论", "2030-03-06T10:30:00+08:00", "2030-03-06T12:00:00+08:00",
                        "第二会议室", "[]"))
                .when().post(sessions).then(), 409, "place", "第二会议室 is already booked from 2030-03-06 09:00 to"
                + " 2030-03-06 11:00 for session 第一组讨论 (" + first + ")");
        // in Chinese too
        given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON).header("Accept-Language", "zh")
                .body(body("GROUP", "第二组讨论", "2030-03-06T08:00:00+08:00", "2030-03-06T09:30:00+08:00",
                        "第二会议室", "[]"))
                .when().post(sessions).then().statusCode(409)
                .body("detail", equalTo("第二会议室 在 2030-03-06 09:00 至 2030-03-06 11:00 已安排会议日程 第一组讨论（"
                        + first + "）"));
        assertEquals(1, Rows.count(database, "select count(*) from venue_session where meeting_id = ?", meeting));

        // back to back, another room, or no room at all: no conflict
        schedule(meeting, body("GROUP", "第二组讨论", "2030-03-06T11:00:00+08:00", "2030-03-06T12:00:00+08:00",
                "第二会议室", "[]"));
        schedule(meeting, body("GROUP", "第三组讨论", "2030-03-06T09:00:00+08:00", "2030-03-06T11:00:00+08:00",
                "第三会议室", "[]"));
        schedule(meeting, body("SITE_VISIT", "参观", "2030-03-06T09:00:00+08:00", "2030-03-06T11:00:00+08:00",
                null, "[]"));
        // moving a session onto a booked slot is refused as well, and leaves it where it was
        String second = given().auth().oauth2(TestTokens.role("registrar")).queryParam("kind", "GROUP")
                .when().get(sessions).then().statusCode(200).body("total", equalTo(3))
                .body("items.name", contains("第一组讨论", "第三组讨论", "第二组讨论")).extract().path("items[2].id");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(body("GROUP", "第二组讨论", "2030-03-06T10:00:00+08:00",
                        "2030-03-06T11:30:00+08:00", "第二会议室", "[]"))
                .when().put(sessions + "/" + second).then(), 409, "place", "for session 第一组讨论 (" + first + ")");
        assertEquals(1, Rows.count(database, "select count(*) from venue_session where id = ? and version = 0",
                UUID.fromString(second)));
    }

    @Test
    void aSessionOutsideTheMeetingsDaysIsRefused() throws Exception {
        UUID meeting = Meetings.meeting("会期测试会议", FIRST, LAST, database);
        String sessions = "/api/v1/meetings/" + meeting + "/sessions";
        // 2030-03-04 23:30 in Beijing is before the first day
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body("PREPARATORY", "预备会议", "2030-03-04T15:30:00Z", "2030-03-05T02:00:00+08:00", "大礼堂",
                        "[]"))
                .when().post(sessions).then(), 409, "startsAt", "outside the meeting's days, 2030-03-05 to 2030-03-11");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body("PLENARY", "闭幕会", "2030-03-11T22:00:00+08:00", "2030-03-12T00:30:00+08:00", "大礼堂",
                        "[]"))
                .when().post(sessions).then(), 409, "endsAt", "outside the meeting's days");
        assertEquals(0, Rows.count(database, "select count(*) from venue_session where meeting_id = ?", meeting));
        // the first minute of the first day and the last of the last day are in
        schedule(meeting, body("PREPARATORY", "预备会议", "2030-03-04T16:00:00Z", "2030-03-05T02:00:00+08:00", "大礼堂",
                "[]"));
        schedule(meeting, body("PLENARY", "闭幕会", "2030-03-11T22:00:00+08:00", "2030-03-12T00:00:00+08:00", "大礼堂",
                "[]"));

        // registration moves the meeting a day later: venue follows; an older version changes nothing
        Meetings.publish(meeting, "会期测试会议", FIRST.plusDays(1), LAST.plusDays(1), Long.MAX_VALUE - 1);
        Meetings.publish(meeting, "会期测试会议", FIRST, LAST, 1);
        await().atMost(TestWaits.DEADLINE).until(() -> Rows.count(database, "select count(*) from meeting_copy"
                + " where id = ? and start_date = '2030-03-06'", meeting) == 1);
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body("GROUP", "讨论", "2030-03-05T09:00:00+08:00", "2030-03-05T10:00:00+08:00", "大礼堂", "[]"))
                .when().post(sessions).then(), 409, "startsAt", "2030-03-06 to 2030-03-12");
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws Exception {
        UUID meeting = Meetings.meeting("日程输入测试会议", FIRST, LAST, database);
        String sessions = "/api/v1/meetings/" + meeting + "/sessions";
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body("PLENARY", "倒置", "2030-03-05T11:00:00+08:00", "2030-03-05T09:00:00+08:00", "大礼堂", "[]"))
                .when().post(sessions).then(), 400, "endsAt", "must be after startsAt");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body("PLENARY", "", "2030-03-05T09:00:00+08:00", "2030-03-05T11:00:00+08:00", "大礼堂", "[]"))
                .when().post(sessions).then(), 400, "name", "");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body("BANQUET", "宴会", "2030-03-05T09:00:00+08:00", "2030-03-05T11:00:00+08:00", "大礼堂", "[]"))
                .when().post(sessions).then(), 400, "kind", "");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body("PLENARY", "会", "2030-03-05T09:00:00+08:00", "2030-03-05T11:00:00+08:00", "大礼堂",
                        "[{\"title\":\"\"}]"))
                .when().post(sessions).then(), 400, "agenda[0].title", "");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("registrar")).queryParam("kind", "BANQUET")
                .when().get(sessions).then(), 400, "kind", "must be one of");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body("PLENARY", "会", "2030-03-05T09:00:00+08:00", "2030-03-05T11:00:00+08:00", "大礼堂", "[]"))
                .when().put(sessions + "/" + UUID.randomUUID()).then(), 428, null, "If-Match");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(body("PLENARY", "会", "2030-03-05T09:00:00+08:00",
                        "2030-03-05T11:00:00+08:00", "大礼堂", "[]"))
                .when().put(sessions + "/" + UUID.randomUUID()).then(), 404, null, "does not exist");
        // a registrar reads the schedule but does not make it
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("registrar")).contentType(ContentType.JSON)
                .body(body("PLENARY", "会", "2030-03-05T09:00:00+08:00", "2030-03-05T11:00:00+08:00", "大礼堂", "[]"))
                .when().post(sessions).then(), 403, null, "");
        assertEquals(0, Rows.count(database, "select count(*) from venue_session where meeting_id = ?", meeting));

        // a meeting whose days venue has not received yet
        UUID unknown = UUID.randomUUID();
        TestGrants.grant(unknown, "venue");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + unknown + "/sessions").then().statusCode(200));
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body("PLENARY", "会", "2030-03-05T09:00:00+08:00", "2030-03-05T11:00:00+08:00", "大礼堂", "[]"))
                .when().post("/api/v1/meetings/" + unknown + "/sessions").then(), 409, null, "have not reached");
    }

    static TopicEvents.Event awaitOne(Predicate<TopicEvents.Event> filter) {
        List<TopicEvents.Event> found = new ArrayList<>();
        await().atMost(TestWaits.DEADLINE).until(() -> {
            found.clear();
            found.addAll(TopicEvents.inTestCluster().matching(TOPIC, filter));
            return !found.isEmpty();
        });
        assertEquals(1, found.size(), "events on " + TOPIC + ": " + found);
        return found.get(0);
    }
}
