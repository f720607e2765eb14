package io.huiwu.documents.sessions;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Host scripts, minutes and group records of a session: versions, the version guard, final minutes. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SessionRecordTest {

    private static final EventContract MINUTES_RECORDED = EventContract.of(AsyncApiDocument.OWN, "MinutesRecorded");
    private static final String VIDEO = "https://media.example.cn/2027/0305/plenary.mp4";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachSaveIsANewVersionAndAStaleOneIs409NamingTheCurrentVersion() {
        SessionFixture fixture = new SessionFixture();
        UUID plenary = fixture.scheduled("PLENARY", "第一次全体会议", SessionFixture.DAY_ONE, List.of());
        String script = "/sessions/" + plenary + "/host-script";
        given().auth().oauth2(fixture.organizer).get(fixture.base() + script).then().statusCode(404)
                .contentType("application/problem+json");

        save(fixture, script, body(0, "各位代表：现在开会。", null)).statusCode(201)
                .header("Location", containsString(script + "/versions/1")).body("version", equalTo(1))
                .body("currentVersion", equalTo(1)).body("kind", equalTo("HOST_SCRIPT"))
                .body("savedBy", equalTo("test-organizer"));
        save(fixture, script, body(1, "各位代表：现在开会。本次会议应到代表 2,890 名。", null)).statusCode(201)
                .body("version", equalTo(2));
        // a writer who read version 1 saves over version 2: refused, naming the current version, nothing kept
        save(fixture, script, body(1, "过时的稿子", null)).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("version 2")).body("errors[0].field", equalTo("expectedVersion"))
                .body("errors[0].message", containsString("2"));
        assertEquals(2, count("select count(*) from session_record_version where session_id = '" + plenary + "'"));

        given().auth().oauth2(fixture.organizer).get(fixture.base() + script).then().statusCode(200)
                .body("version", equalTo(2)).body("text", containsString("2,890"));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + script + "/versions").then().statusCode(200)
                .body("total", equalTo(2)).body("items.version", equalTo(List.of(1, 2)))
                .body("items[0].text", equalTo("各位代表：现在开会。")).body("items[0].currentVersion", equalTo(2));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + script + "/versions/1").then().statusCode(200)
                .body("version", equalTo(1));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + script + "/versions/3").then().statusCode(404);
        // the host script and the minutes are versioned apart
        save(fixture, "/sessions/" + plenary + "/minutes", body(0, "会议记录：开幕。", null)).statusCode(201)
                .body("version", equalTo(1));
    }

    @Test
    void badInputIsRefusedByNameAndChangesNothing() {
        SessionFixture fixture = new SessionFixture();
        UUID plenary = fixture.scheduled("PLENARY", "第二次全体会议", SessionFixture.DAY_ONE, List.of());
        String minutes = "/sessions/" + plenary + "/minutes";
        save(fixture, minutes, body(0, " ", null)).statusCode(400).body("errors[0].field", equalTo("text"));
        save(fixture, minutes, Map.of("text", "记录")).statusCode(400)
                .body("errors[0].field", equalTo("expectedVersion"));
        save(fixture, minutes, body(0, "记录", List.of(Map.of("url", VIDEO), Map.of("url", "ftp://media/x.mp4"))))
                .statusCode(400).body("errors[0].field", equalTo("recordings[1].url"))
                .body("errors[0].message", containsString("ftp://media/x.mp4"));
        save(fixture, minutes, body(0, "记录", List.of(Map.of("url", "not a link")))).statusCode(400)
                .body("errors[0].field", equalTo("recordings[0].url"));
        Map<String, Object> foreignDocument = body(0, "记录", null);
        String stranger = UUID.randomUUID().toString();
        foreignDocument.put("documentId", stranger);
        save(fixture, minutes, foreignDocument).statusCode(400).body("errors[0].field", equalTo("documentId"))
                .body("errors[0].message", containsString(stranger));
        save(fixture, "/sessions/" + UUID.randomUUID() + "/minutes", body(0, "记录", null)).statusCode(404);
        // a plenary has no group record
        save(fixture, "/sessions/" + plenary + "/group-record", body(0, "小组意见", null)).statusCode(409)
                .body("detail", containsString("PLENARY"));
        assertEquals(0, count("select count(*) from session_record where session_id = '" + plenary + "'"));
        assertEquals(0, count("select count(*) from session_record_version where session_id = '" + plenary + "'"));
    }

    @Test
    void minutesMarkedFinalPublishMinutesRecordedAndTakeNoMoreVersions() {
        SessionFixture fixture = new SessionFixture();
        UUID plenary = fixture.scheduled("PLENARY", "第三次全体会议", SessionFixture.DAY_ONE.plusDays(1), List.of());
        String minutes = "/sessions/" + plenary + "/minutes";
        String document = given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("title", "第三次全体会议记录（扫描件）", "issuingBody", "大会秘书处", "pages", 4))
                .post(fixture.base() + "/documents").then().statusCode(201).extract().path("id");
        finalise(fixture, minutes, 1).statusCode(409);
        Map<String, Object> first = body(0, "主持人宣布开会。", List.of(Map.of("title", "全程录像", "url", VIDEO)));
        first.put("documentId", document);
        save(fixture, minutes, first).statusCode(201).body("documentId", equalTo(document))
                .body("recordings[0].url", equalTo(VIDEO)).body("recordings[0].title", equalTo("全程录像"));
        save(fixture, minutes, body(1, "主持人宣布开会。表决通过选举办法。", null)).statusCode(201);
        finalise(fixture, minutes, 1).statusCode(409).body("errors[0].field", equalTo("version"));
        finalise(fixture, minutes, 2).statusCode(200).body("finalVersion", equalTo(2)).body("version", equalTo(2));
        finalise(fixture, minutes, 2).statusCode(409);
        save(fixture, minutes, body(2, "定稿后再改", null)).statusCode(409).body("detail", containsString("final"));
        assertEquals(2, count("select count(*) from session_record_version where session_id = '" + plenary + "'"));
        assertEquals(1, count("select count(*) from session_record where session_id = '" + plenary
                + "' and kind = 'MINUTES' and final_version = 2 and finalised_by = 'test-organizer'"));

        TopicEvents.Event recorded = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("documents.publication", e -> e.type().equals("minutes-recorded")
                        && e.data().path("sessionId").asText().equals(plenary.toString())), e -> !e.isEmpty())
                .get(0);
        MINUTES_RECORDED.assertValid(recorded.data());
        assertEquals(fixture.meeting.toString(), recorded.subject());
        assertEquals(2, recorded.data().path("version").asInt());
        assertEquals("第三次全体会议", recorded.data().path("session").asText());
        assertEquals(0, recorded.data().path("recordings").asInt());
        assertTrue(recorded.data().path("documentId").isNull());
    }

    @Test
    void groupRecordsAreGatheredIntoADraftInTheOrderOfTheGroupSessions() {
        SessionFixture fixture = new SessionFixture();
        UUID second = fixture.scheduled("GROUP", "第二组分组讨论", SessionFixture.DAY_ONE.plusHours(5),
                List.of(UUID.randomUUID()));
        UUID first = fixture.scheduled("GROUP", "第一组分组讨论", SessionFixture.DAY_ONE.plusHours(5),
                List.of(UUID.randomUUID()));
        UUID nextDay = fixture.scheduled("GROUP", "第一组分组讨论（续）", SessionFixture.DAY_ONE.plusDays(1),
                List.of(UUID.randomUUID()));
        UUID silent = fixture.scheduled("GROUP", "第三组分组讨论", SessionFixture.DAY_ONE.plusHours(5),
                List.of(UUID.randomUUID()));
        save(fixture, "/sessions/" + second + "/group-record", body(0, "二组：建议加大基层医疗投入。", null))
                .statusCode(201);
        save(fixture, "/sessions/" + first + "/group-record", body(0, "一组：赞成报告。", null)).statusCode(201);
        save(fixture, "/sessions/" + first + "/group-record", body(1, "一组：一致赞成报告，建议细化就业目标。", null))
                .statusCode(201);
        save(fixture, "/sessions/" + nextDay + "/group-record", body(0, "一组续：讨论计划报告。", null))
                .statusCode(201);

        String day = SessionFixture.DAY_ONE.toLocalDate().toString();
        String text = given().auth().oauth2(fixture.organizer).queryParam("date", day)
                .get(fixture.base() + "/group-records/summary-draft").then().statusCode(200)
                .body("date", equalTo(day)).body("groups.sessionId", equalTo(List.of(first.toString(),
                        second.toString()))).body("groups[0].version", equalTo(2))
                .extract().path("text");
        assertTrue(text.indexOf("一、第一组分组讨论") < text.indexOf("一组：一致赞成报告，建议细化就业目标。"), text);
        assertTrue(text.indexOf("一组：一致赞成报告") < text.indexOf("二、第二组分组讨论"), text);
        assertTrue(text.contains("二组：建议加大基层医疗投入。") && !text.contains("一组：赞成报告。"), text);
        assertTrue(!text.contains("一组续") && !text.contains(silent.toString()), text);

        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/group-records/summary-draft").then()
                .statusCode(200).body("date", nullValue()).body("groups.sessionId", equalTo(List.of(first.toString(),
                        second.toString(), nextDay.toString())));
        given().auth().oauth2(fixture.organizer).queryParam("date", "3月5日")
                .get(fixture.base() + "/group-records/summary-draft").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
    }

    private static Map<String, Object> body(int expectedVersion, String text, List<Map<String, String>> recordings) {
        Map<String, Object> body = new HashMap<>(Map.of("expectedVersion", expectedVersion, "text", text));
        if (recordings != null) {
            body.put("recordings", recordings);
        }
        return body;
    }

    private static ValidatableResponse save(SessionFixture fixture, String path, Object body) {
        return given().auth().oauth2(fixture.organizer).contentType("application/json").body(body)
                .post(fixture.base() + path + "/versions").then();
    }

    private static ValidatableResponse finalise(SessionFixture fixture, String minutes, int version) {
        return given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("version", version)).post(fixture.base() + minutes + "/final").then();
    }

    private long count(String sql) {
        return SessionFixture.count(dataSource, sql);
    }
}
