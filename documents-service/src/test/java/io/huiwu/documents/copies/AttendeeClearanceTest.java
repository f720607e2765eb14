package io.huiwu.documents.copies;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Clearance per person: cleared on their last return after a recall opened, blocked with what is due when asked. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class AttendeeClearanceTest {

    private static final EventContract CLEARED = EventContract.of(AsyncApiDocument.OWN, "AttendeeCleared");
    private static final EventContract BLOCKED = EventContract.of(AsyncApiDocument.OWN, "AttendeeClearanceBlocked");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theLastReturnAfterARecallClearsAPersonAndASendOffCheckNamesWhatIsDue() {
        CopyFixture fixture = new CopyFixture();
        UUID wang = fixture.attendee("王晓红", "ATTENDEE");
        List<String> copies = fixture.copies(fixture.document("选举办法（草案）", "SECRET", 10), 2, null);
        fixture.issue(copies.get(0), wang).statusCode(200);
        fixture.issue(copies.get(1), wang).statusCode(200);
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("deadline", OffsetDateTime.now().plusDays(1).toString()))
                .post(fixture.base() + "/recalls").then().statusCode(201);

        String checkPath = fixture.base() + "/recalls/clearance/" + wang;
        given().auth().oauth2(fixture.organizer).get(checkPath).then().statusCode(200)
                .body("cleared", equalTo(false)).body("due.copyNumber", equalTo(List.of("000001", "000002")));
        given().auth().oauth2(fixture.organizer).contentType("application/json").post(checkPath + "/check").then()
                .statusCode(200).body("cleared", equalTo(false));
        TopicEvents.Event blocked = awaitEvent(fixture, "attendee-clearance-blocked", wang);
        BLOCKED.assertValid(blocked.data());
        assertEquals(2, blocked.data().path("due").size());
        assertEquals("000001", blocked.data().path("due").get(0).path("copyNumber").asText());

        fixture.move(copies.get(0), "return", Map.of("receivedBy", "张敏")).statusCode(200);
        fixture.move(copies.get(1), "return", Map.of("receivedBy", "张敏")).statusCode(200);
        TopicEvents.Event cleared = awaitEvent(fixture, "attendee-cleared", wang);
        CLEARED.assertValid(cleared.data());
        assertEquals("王晓红", cleared.data().path("name").asText());
        assertEquals(fixture.meeting.toString(), cleared.key());
        // only the last return clears
        await().atMost(TestWaits.DEADLINE).until(() -> count("select count(*) from outbox_event") == 0);
        assertEquals(1, TopicEvents.inTestCluster().matching("documents.clearance", e -> e.type()
                .equals("attendee-cleared") && e.data().path("attendeeId").asText().equals(wang.toString())).size());
        given().auth().oauth2(fixture.organizer).get(checkPath).then().statusCode(200)
                .body("cleared", equalTo(true)).body("due.size()", equalTo(0));
    }

    @Test
    void someoneNotOnTheRosterIsNotFound() {
        CopyFixture fixture = new CopyFixture();
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/recalls/clearance/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/recalls/clearance/not-a-uuid")
                .then().statusCode(404);
    }

    private static TopicEvents.Event awaitEvent(CopyFixture fixture, String type, UUID attendee) {
        return await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("documents.clearance", e -> e.type().equals(type)
                        && e.data().path("attendeeId").asText().equals(attendee.toString())), e -> !e.isEmpty())
                .get(0);
    }

    private long count(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
