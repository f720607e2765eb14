package io.huiwu.registration.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Delegations as records (代表团): created and changed by an organizer with their leaders, liaison and hotel, ordered,
 * and published on registration.delegation and registration.meeting; bad input refused naming the field.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class DelegationRecordTest {

    private static final EventContract DELEGATION = EventContract.of(AsyncApiDocument.OWN, "DelegationSnapshot");
    private static final EventContract ORDER = EventContract.of(AsyncApiDocument.OWN, "DelegationOrder");
    private static final String CHANG_AN = "长安区代表团";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDelegationIsCreatedAndChangedWithItsLeadersAndPublishedWhole() throws Exception {
        String meeting = Fixtures.meeting("代表团记录会议");
        String head = person(meeting, "张建国", "ATTENDEE", CHANG_AN);
        String deputy = person(meeting, "李卫东", "ATTENDEE", CHANG_AN);
        String liaison = person(meeting, "王小红", "STAFF", CHANG_AN);
        String path = "/api/v1/meetings/" + meeting + "/delegations";

        String id = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(delegation(CHANG_AN, "京西宾馆", leader(head, "LEADER"), leader(deputy, "DEPUTY_LEADER"),
                        leader(liaison, "LIAISON")))
                .when().post(path).then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString(path + "/"))
                .body("name", equalTo(CHANG_AN)).body("preferredHotel", equalTo("京西宾馆"))
                .body("leaders.role", contains("LEADER", "DEPUTY_LEADER", "LIAISON"))
                .body("leaders.name", contains("张建国", "李卫东", "王小红"))
                .body("liaison.attendeeId", equalTo(liaison)).body("attendees", equalTo(2))
                .body("position", nullValue()).body("version", equalTo(0))
                .extract().path("id");
        assertEquals("长安区代表团|京西宾馆|0|3", row(id));

        TopicEvents.Event created = awaitOne("registration.delegation", e -> e.subject().equals(id)
                && e.data().path("version").asLong() == 0);
        assertEquals("delegation-updated", created.type());
        assertEquals(id, created.key());
        DELEGATION.assertValid(created.data());
        assertEquals(meeting, created.data().path("meetingId").asText());
        assertEquals(CHANG_AN, created.data().path("name").asText());
        assertEquals("京西宾馆", created.data().path("preferredHotel").asText());
        assertEquals(head, created.data().path("leaders").get(0).path("attendeeId").asText());
        assertEquals("LEADER", created.data().path("leaders").get(0).path("role").asText());
        assertEquals("张建国", created.data().path("leaders").get(0).path("name").asText());
        assertEquals(liaison, created.data().path("liaison").path("attendeeId").asText());

        // another hotel, no deputy: a new version, published whole
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(delegation(CHANG_AN, "友谊宾馆", leader(head, "LEADER"), leader(liaison, "LIAISON")))
                .when().put(path + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("leaders.name", contains("张建国", "王小红")).body("preferredHotel", equalTo("友谊宾馆"));
        assertEquals("长安区代表团|友谊宾馆|1|2", row(id));
        TopicEvents.Event changed = awaitOne("registration.delegation", e -> e.subject().equals(id)
                && e.data().path("version").asLong() == 1);
        DELEGATION.assertValid(changed.data());
        assertEquals("友谊宾馆", changed.data().path("preferredHotel").asText());
        assertEquals(2, changed.data().path("leaders").size());

        // a stale version changes nothing
        problem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(delegation(CHANG_AN, "北京饭店")).when().put(path + "/" + id).then(), 412, null, "has changed");
        assertEquals("长安区代表团|友谊宾馆|1|2", row(id));

        given().auth().oauth2(TestTokens.role("logistics")).when().get(path + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("attendees", equalTo(2));
        given().auth().oauth2(TestTokens.role("logistics")).when().get(path + "/" + id + "?includeSupport=true")
                .then().body("attendees", equalTo(3));
        given().auth().oauth2(TestTokens.role("venue")).when().get(path).then().statusCode(200)
                .body("items.id", contains(id)).body("items.attendees", contains(2));

        // the liaison withdraws: the delegation loses its liaison and is published again
        given().auth().oauth2(Fixtures.organizer()).when().delete("/api/v1/meetings/" + meeting + "/attendees/"
                + liaison).then().statusCode(204);
        given().auth().oauth2(Fixtures.organizer()).when().get(path + "/" + id).then()
                .header("ETag", "\"2\"").body("leaders.name", contains("张建国")).body("liaison", nullValue());
        TopicEvents.Event left = awaitOne("registration.delegation", e -> e.subject().equals(id)
                && e.data().path("version").asLong() == 2);
        DELEGATION.assertValid(left.data());
        assertEquals(true, left.data().path("liaison").isNull());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        String meeting = Fixtures.meeting("代表团错误输入会议");
        String head = person(meeting, "张建国", "ATTENDEE", CHANG_AN);
        String another = person(meeting, "赵西城", "ATTENDEE", "西城区代表团");
        String driver = person(meeting, "钱司机", "STAFF", CHANG_AN);
        String elsewhere = Fixtures.meeting("另一次会议");
        String stranger = person(elsewhere, "孙外会", "ATTENDEE", CHANG_AN);
        String path = "/api/v1/meetings/" + meeting + "/delegations";
        String id = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(delegation(CHANG_AN, null, leader(head, "LEADER"))).when().post(path)
                .then().statusCode(201).extract().path("id");

        problem(post(path, delegation(" ", null)), 400, "name", "");
        problem(post(path, delegation(CHANG_AN, null)), 409, "name", CHANG_AN);
        problem(post(path, delegation("西城区代表团", null, leader(UUID.randomUUID().toString(), "LEADER"))), 400,
                "leaders[0].attendeeId", "not an active attendee of this meeting");
        problem(post(path, delegation("西城区代表团", null, leader(stranger, "LEADER"))), 400,
                "leaders[0].attendeeId", "not an active attendee of this meeting");
        problem(post(path, delegation("西城区代表团", null, leader(another, "LEADER"), leader(head, "DEPUTY_LEADER"))),
                400, "leaders[1].attendeeId", "张建国 is in the delegation 长安区代表团, not in 西城区代表团");
        problem(post(path, delegation("西城区代表团", null, leader(another, "MEMBER"))), 400, "leaders[0].role",
                "LEADER, DEPUTY_LEADER or LIAISON");
        problem(post(path, delegation("西城区代表团", null, leader(another, "LEADER"), leader(another, "LIAISON"))),
                400, "leaders[1].attendeeId", "twice");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"西城区代表团\",\"leaders\":[{\"attendeeId\":\"" + another + "\"}]}")
                .when().post(path).then().statusCode(400).body("errors.field", contains("leaders[0].role"));

        String update = path + "/" + id;
        problem(put(update, "\"0\"", delegation(CHANG_AN, null, leader(head, "LEADER"), leader(driver, "LEADER"))),
                400, "leaders[1].role", "one LEADER");
        problem(put(update, "\"0\"", delegation(CHANG_AN, null, leader(driver, "DEPUTY_LEADER"))), 400,
                "leaders[0].role", "钱司机 is STAFF");
        problem(put(update, "\"0\"", delegation("长安代表团", null)), 409, "name", "2 active entries");
        problem(put(update, "\"0\"", delegation(CHANG_AN, null, leader(another, "LEADER"))), 400,
                "leaders[0].attendeeId", "赵西城 is in the delegation 西城区代表团, not in 长安区代表团");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("Accept-Language", "zh-CN")
                .header("If-Match", "\"0\"").body(delegation(CHANG_AN, null, leader(another, "LEADER")))
                .when().put(update).then().statusCode(400)
                .body("errors[0].message", containsString("赵西城 属于 西城区代表团，不属于 长安区代表团"));
        problem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(delegation(CHANG_AN, null)).when().put(update).then(), 428, null, "If-Match");
        problem(put(path + "/" + UUID.randomUUID(), "\"0\"", delegation(CHANG_AN, null)), 404, null,
                "does not exist");

        // the only change is the one created first
        assertEquals("长安区代表团|null|0|1", row(id));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from delegation where meeting_id = ?")) {
            count.setObject(1, UUID.fromString(meeting));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
        }
    }

    @Test
    void settingTheOrderPlacesTheDelegationsAndPublishesIt() throws Exception {
        String meeting = Fixtures.meeting("代表团排序会议");
        for (String delegation : new String[] {"西城区代表团", "海淀区代表团", "东城区代表团"}) {
            person(meeting, "代表" + delegation.charAt(0), "ATTENDEE", delegation);
        }
        String path = "/api/v1/meetings/" + meeting + "/delegations";
        String haidian = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(delegation("海淀区代表团", "香山饭店")).when().post(path).then().statusCode(201)
                .extract().path("id");

        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"names\":[\"西城区代表团\",\"海淀区代表团\"]}").when().put(path + "/order")
                .then().statusCode(200)
                .body("items.name", contains("西城区代表团", "海淀区代表团", "东城区代表团"))
                .body("items.position", contains(1, 2, null))
                .body("items[1].id", equalTo(haidian)).body("items[1].version", equalTo(1))
                .body("items[2].id", nullValue());
        String xicheng = given().auth().oauth2(Fixtures.organizer()).when().get(path + "?order=AGREED").then()
                .extract().path("items[0].id");
        assertEquals("海淀区代表团|香山饭店|1|0", row(haidian));
        assertEquals("西城区代表团|null|0|0", row(xicheng));

        TopicEvents.Event order = awaitOne("registration.meeting", e -> e.subject().equals(meeting)
                && e.type().equals("delegation-order-set"));
        ORDER.assertValid(order.data());
        assertEquals(xicheng, order.data().path("delegations").get(0).path("delegationId").asText());
        assertEquals("西城区代表团", order.data().path("delegations").get(0).path("name").asText());
        assertEquals(haidian, order.data().path("delegations").get(1).path("delegationId").asText());
        assertEquals(2, order.data().path("delegations").get(1).path("position").asInt());
        assertEquals("test-organizer", order.data().path("setBy").asText());
        TopicEvents.Event placed = awaitOne("registration.delegation", e -> e.subject().equals(haidian)
                && e.data().path("version").asLong() == 1);
        DELEGATION.assertValid(placed.data());
        assertEquals(2, placed.data().path("position").asInt());
        assertEquals("香山饭店", placed.data().path("preferredHotel").asText());
        DELEGATION.assertValid(awaitOne("registration.delegation", e -> e.subject().equals(xicheng)).data());

        // reversed: both move, each published again
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"names\":[\"海淀区代表团\",\"西城区代表团\"]}").when().put(path + "/order")
                .then().statusCode(200).body("items.name", contains("海淀区代表团", "西城区代表团", "东城区代表团"));
        assertEquals("海淀区代表团|香山饭店|2|0", row(haidian));
        assertEquals(1, awaitOne("registration.delegation", e -> e.subject().equals(haidian)
                && e.data().path("version").asLong() == 2).data().path("position").asInt());
        await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster().matching("registration.meeting",
                e -> e.subject().equals(meeting) && e.type().equals("delegation-order-set")).size() == 2);
    }

    /** name|preferred hotel|version|leaders of a delegation's row. */
    private String row(String id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select d.name, d.preferred_hotel, d.version,"
                        + " (select count(*) from delegation_leader l where l.delegation_id = d.id) from delegation d"
                        + " where d.id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getLong(3) + "|" + rows.getInt(4);
            }
        }
    }

    static String person(String meeting, String name, String category, String delegation) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(Fixtures.attendeeJson(name, category, delegation, 5))
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201)
                .extract().path("id");
    }

    private static String leader(String attendee, String role) {
        return "{\"attendeeId\":\"" + attendee + "\",\"role\":\"" + role + "\"}";
    }

    private static String delegation(String name, String hotel, String... leaders) {
        return "{\"name\":\"" + name + "\",\"preferredHotel\":" + (hotel == null ? "null" : "\"" + hotel + "\"")
                + ",\"leaders\":[" + String.join(",", leaders) + "]}";
    }

    private static ValidatableResponse post(String path, String body) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).body(body).when().post(path)
                .then();
    }

    private static ValidatableResponse put(String path, String version, String body) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", version)
                .body(body).when().put(path).then();
    }

    private static void problem(ValidatableResponse response, int status, String field, String detail) {
        BadInputTest.expectProblem(response, status, field, detail);
    }

    /** The one event on the topic that matches, once the relay has published it. */
    static TopicEvents.Event awaitOne(String topic, Predicate<TopicEvents.Event> filter) {
        List<TopicEvents.Event> found = new ArrayList<>();
        await().atMost(TestWaits.DEADLINE).until(() -> {
            found.clear();
            found.addAll(TopicEvents.inTestCluster().matching(topic, filter));
            return !found.isEmpty();
        });
        assertEquals(1, found.size(), "events on " + topic + ": " + found);
        return found.get(0);
    }
}
