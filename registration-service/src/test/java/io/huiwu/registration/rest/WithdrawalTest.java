package io.huiwu.registration.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Withdrawing someone takes their credentials and group place with them, and their accompanying people too. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class WithdrawalTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPrincipalIsWithdrawnOnlyWithTheirAccompanyingPeopleInOneTransaction() throws SQLException {
        String meeting = Fixtures.meeting("退出测试会议");
        String principal = Fixtures.attendee(meeting, "吴刚");
        String driver = accompanying(meeting, "刘司机", principal);
        String secretary = accompanying(meeting, "陈秘书", principal);
        String type = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"出席证\",\"colour\":\"#C8102E\",\"prefix\":\"CX\",\"categories\":[\"ATTENDEE\","
                        + "\"ACCOMPANYING\"]}")
                .when().post("/api/v1/meetings/" + meeting + "/credential-types").then().statusCode(201)
                .extract().path("id");
        int serial = 1;
        for (String person : List.of(principal, driver, secretary)) {
            credential(meeting, type, person, serial++);
        }
        String group = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"第一组\"}").when().post("/api/v1/meetings/" + meeting + "/discussion-groups")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"members\":[{\"attendeeId\":\"" + principal + "\",\"convener\":true}]}")
                .when().put("/api/v1/meetings/" + meeting + "/discussion-groups/" + group + "/members")
                .then().statusCode(200);

        String entry = "/api/v1/meetings/" + meeting + "/attendees/" + principal;
        given().auth().oauth2(Fixtures.organizer()).when().delete(entry).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("陈秘书")).body("detail", containsString("withAccompanying=true"));
        assertEquals(List.of("ACTIVE", "ACTIVE", "ACTIVE"), statuses(principal, driver, secretary));
        assertEquals(3, count("select count(*) from credential where meeting_id = ?::uuid and status = 'ACTIVE'",
                meeting));

        given().auth().oauth2(Fixtures.organizer()).queryParam("withAccompanying", true).when().delete(entry)
                .then().statusCode(204);
        assertEquals(List.of("WITHDRAWN", "WITHDRAWN", "WITHDRAWN"), statuses(principal, driver, secretary));
        assertEquals(0, count("select count(*) from credential where meeting_id = ?::uuid and status = 'ACTIVE'",
                meeting));
        assertEquals(0, count("select count(*) from discussion_group_member where group_id = ?::uuid", group));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("total", equalTo(0));
        for (String person : List.of(principal, driver, secretary)) {
            await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster().matching(
                    "registration.attendee", e -> e.subject().equals(person)
                            && e.type().equals("attendee-withdrawn")).size() == 1);
        }
        // each revocation is published, so that doors, devices and the other services learn it
        for (String person : List.of(principal, driver, secretary)) {
            await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster().matching(
                    "registration.credential", e -> e.subject().equals(person)
                            && e.type().equals("credential-revoked")).size() == 1);
            TopicEvents.Event revoked = TopicEvents.inTestCluster().matching("registration.credential",
                    e -> e.subject().equals(person) && e.type().equals("credential-revoked")).get(0);
            assertEquals("REVOKED", revoked.data().path("status").asText());
            EventContract.of(AsyncApiDocument.OWN, "Credential").assertValid(revoked.data());
        }
        // withdrawing again changes nothing
        given().auth().oauth2(Fixtures.organizer()).when().delete(entry).then().statusCode(204);
        assertEquals(3, TopicEvents.inTestCluster().matching("registration.credential",
                e -> e.type().equals("credential-revoked") && e.data().path("meetingId").asText().equals(meeting))
                .size());
    }

    private static String accompanying(String meeting, String name, String principal) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"category\":\"ACCOMPANYING\",\"principalId\":\""
                        + principal + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201)
                .extract().path("id");
    }

    /** A credential as issuing one leaves it (issuing itself is tested with the credentials). */
    private void credential(String meeting, String type, String attendee, int serial) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into credential (id, meeting_id,"
                        + " type_id, attendee_id, serial, number, status, issued_at, issued_by, version)"
                        + " values (?, ?::uuid, ?::uuid, ?::uuid, ?, ?, 'ACTIVE', now(), 'test-organizer', 0)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, meeting);
            insert.setString(3, type);
            insert.setString(4, attendee);
            insert.setInt(5, serial);
            insert.setString(6, "CX" + String.format("%04d", serial));
            insert.executeUpdate();
        }
    }

    private List<String> statuses(String... people) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select status from attendee where id = ?")) {
            List<String> statuses = new ArrayList<>();
            for (String person : people) {
                query.setObject(1, UUID.fromString(person));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    statuses.add(row.getString(1));
                }
            }
            return statuses;
        }
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
