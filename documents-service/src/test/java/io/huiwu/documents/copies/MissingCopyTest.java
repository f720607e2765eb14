package io.huiwu.documents.copies;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
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
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Copies not back when a recall's deadline passes become missing; scanned back later, they are found and returned. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class MissingCopyTest {

    private static final EventContract MOVEMENT = EventContract.of(AsyncApiDocument.OWN, "CopyMovement");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCopyNotBackByTheDeadlineIsMissingUntilItIsScannedBack() throws Exception {
        CopyFixture fixture = new CopyFixture();
        UUID gao = fixture.attendee("高文静", "ATTENDEE");
        UUID ma = fixture.attendee("马国庆", "ATTENDEE");
        String secret = fixture.document("预算报告（审议稿）", "CONFIDENTIAL", 10);
        List<String> copies = fixture.copies(secret, 4, null);
        String kept = copies.get(0);
        String returned = copies.get(1);
        String lateIssue = copies.get(2);
        String keepable = fixture.copies(fixture.document("会议须知", null, null), 1, null).get(0);
        fixture.issue(kept, gao).statusCode(200);
        fixture.issue(returned, ma).statusCode(200);
        fixture.move(returned, "return", Map.of("receivedBy", "材料组")).statusCode(200);
        fixture.issue(keepable, ma).statusCode(200);
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("deadline", OffsetDateTime.now().plusDays(1).toString()))
                .post(fixture.base() + "/recalls").then().statusCode(201);

        // nothing has passed yet
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .post(fixture.base() + "/recalls/missing/check").then()
                .statusCode(200).body("total", equalTo(0));

        // the deadline passes: everything recorded so far happened before it
        execute("update recall set deadline = now() where meeting_id = '" + fixture.meeting + "'");
        OffsetDateTime deadline = OffsetDateTime.parse(given().auth().oauth2(fixture.organizer)
                .get(fixture.base() + "/recalls").then().extract().path("items[0].deadline"));
        fixture.issue(lateIssue, ma).statusCode(200);

        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .post(fixture.base() + "/recalls/missing/check").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].copyId", equalTo(kept))
                .body("items[0].copyNumber", equalTo("000001")).body("items[0].holderId", equalTo(gao.toString()))
                .body("items[0].holderName", equalTo("高文静")).body("items[0].reportedBy", equalTo("documents-service"))
                .body("items[0].lastKnown.action", equalTo("ISSUED")).body("items[0].lastKnown.entry", equalTo(2));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/copies/" + kept).then()
                .body("state", equalTo("MISSING")).body("holderId", equalTo(gao.toString()));
        for (String untouched : List.of(returned, lateIssue, keepable)) {
            assertEquals(0, count("select count(*) from copy_ledger_entry where copy_id = '" + untouched
                    + "' and action = 'MISSING'"));
        }
        assertEquals(1, count("select count(*) from copy_ledger_entry where copy_id = '" + kept + "' and seq = 3"
                + " and action = 'MISSING' and actor = 'documents-service' and happened_at = '" + deadline + "'"));
        TopicEvents.Event missing = CopyFixture.awaitEvent("material-missing", kept);
        MOVEMENT.assertValid(missing.data());
        assertEquals(gao.toString(), missing.data().path("holderId").asText());
        assertEquals("ISSUED", missing.data().path("lastKnown").path("action").asText());
        assertEquals(2, missing.data().path("lastKnown").path("entry").asInt());
        assertEquals("签收人", missing.data().path("lastKnown").path("receivedBy").asText());

        // a second check finds nothing more; the report keeps the missing copy
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .post(fixture.base() + "/recalls/missing/check").then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/recalls/missing").then().statusCode(200)
                .body("items.copyId", equalTo(List.of(kept))).body("items[0].secretLevel", equalTo("CONFIDENTIAL"))
                .body("items[0].lastKnown.receivedBy", equalTo("签收人"));

        // scanned back at the desk: found with its holder, then returned
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("copyIds", List.of(kept), "receivedBy", "材料组张敏"))
                .post(fixture.base() + "/recalls/returns").then().statusCode(200)
                .body("items[0].state", equalTo("IN_CUSTODY"));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/copies/" + kept + "/ledger").then()
                .body("items.action", equalTo(List.of("REGISTERED", "ISSUED", "MISSING", "FOUND", "RETURNED")))
                .body("items[3].holderId", equalTo(gao.toString()));
        TopicEvents.Event found = CopyFixture.awaitEvent("material-found", kept);
        MOVEMENT.assertValid(found.data());
        assertEquals(4, found.data().path("entry").asInt());
        assertEquals(5, CopyFixture.awaitEvent("material-returned", kept).data().path("entry").asInt());
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/recalls/missing").then()
                .body("total", equalTo(0));
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

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
