package io.huiwu.registration.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each change of a discussion group is published on registration.group, its removal too. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class DiscussionGroupEventsTest {

    private static final EventContract GROUP = EventContract.of(AsyncApiDocument.OWN, "DiscussionGroupSnapshot");
    private static final EventContract REMOVAL = EventContract.of(AsyncApiDocument.OWN, "DiscussionGroupRemoval");
    private static final String TOPIC = "registration.group";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aGroupIsPublishedAsItIsCreatedRenamedFilledAndDeleted() throws Exception {
        String meeting = Fixtures.meeting("讨论组事件会议");
        String convener = DelegationRecordTest.person(meeting, "张建国", "ATTENDEE", "长安区代表团");
        String member = DelegationRecordTest.person(meeting, "李卫东", "ATTENDEE", "长安区代表团");
        String clerk = DelegationRecordTest.person(meeting, "王记录", "STAFF", null);
        String groups = "/api/v1/meetings/" + meeting + "/discussion-groups";

        String id = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"第一组\",\"room\":\"三楼第二会议室\",\"position\":1,\"requestedRoomSize\":30}")
                .when().post(groups).then().statusCode(201).body("requestedRoomSize", equalTo(30))
                .extract().path("id");
        TopicEvents.Event created = version(id, 0);
        assertEquals("discussion-group-updated", created.type());
        GROUP.assertValid(created.data());
        assertEquals("第一组", created.data().path("name").asText());
        assertEquals(30, created.data().path("requestedRoomSize").asInt());
        assertEquals(0, created.data().path("members").size());

        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"第一讨论组\",\"room\":\"三楼第二会议室\",\"position\":1,\"requestedRoomSize\":40}")
                .when().put(groups + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
        TopicEvents.Event renamed = version(id, 1);
        GROUP.assertValid(renamed.data());
        assertEquals("第一讨论组", renamed.data().path("name").asText());
        assertEquals(40, renamed.data().path("requestedRoomSize").asInt());

        // a member of staff serves the group and is never its convener
        String members = "{\"members\":[{\"attendeeId\":\"%s\",\"convener\":true},{\"attendeeId\":\"%s\","
                + "\"convener\":false},{\"attendeeId\":\"%s\",\"convener\":%s}]}";
        BadInputTest.expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(members.formatted(convener, member, clerk, true))
                .when().put(groups + "/" + id + "/members").then(), 400, "members[2].convener", "王记录 is on the staff");
        assertEquals(0, count("select count(*) from discussion_group_member where group_id = ?", id));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(members.formatted(convener, member, clerk, false))
                .when().put(groups + "/" + id + "/members").then().statusCode(200).header("ETag", "\"2\"");
        TopicEvents.Event filled = version(id, 2);
        GROUP.assertValid(filled.data());
        assertEquals(convener, filled.data().path("members").get(0).path("attendeeId").asText());
        assertEquals(true, filled.data().path("members").get(0).path("convener").asBoolean());
        assertEquals("长安区代表团", filled.data().path("members").get(0).path("delegation").asText());
        assertEquals(2, filled.data().path("members").size());
        assertEquals(clerk, filled.data().path("staff").get(0).path("attendeeId").asText());
        assertEquals("王记录", filled.data().path("staff").get(0).path("name").asText());

        // someone withdrawn leaves the group, which is published again
        given().auth().oauth2(Fixtures.organizer()).when().delete("/api/v1/meetings/" + meeting + "/attendees/"
                + member).then().statusCode(204);
        TopicEvents.Event left = version(id, 3);
        GROUP.assertValid(left.data());
        assertEquals(1, left.data().path("members").size());
        given().auth().oauth2(Fixtures.organizer()).when().get(groups + "/" + id).then().header("ETag", "\"3\"")
                .body("members.name", contains("张建国", "王记录"));

        BadInputTest.expectProblem(given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"2\"")
                .when().delete(groups + "/" + id).then(), 412, null, "has changed");
        assertEquals(1, count("select count(*) from discussion_group where id = ?", id));
        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"3\"")
                .when().delete(groups + "/" + id).then().statusCode(204);
        assertEquals(0, count("select count(*) from discussion_group where id = ?", id));
        assertEquals(0, count("select count(*) from discussion_group_member where group_id = ?", id));
        TopicEvents.Event removed = DelegationRecordTest.awaitOne(TOPIC, e -> e.subject().equals(id)
                && e.type().equals("discussion-group-removed"));
        REMOVAL.assertValid(removed.data());
        assertEquals("第一讨论组", removed.data().path("name").asText());
        assertEquals(3, removed.data().path("version").asInt());
        given().auth().oauth2(Fixtures.organizer()).when().get(groups + "/" + id).then().statusCode(404);
    }

    private static TopicEvents.Event version(String group, int version) {
        return DelegationRecordTest.awaitOne(TOPIC, e -> e.subject().equals(group)
                && e.type().equals("discussion-group-updated") && e.data().path("version").asInt() == version);
    }

    private long count(String sql, String id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
