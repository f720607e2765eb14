package io.huiwu.documents.copies;

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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Destruction under two supervisors, its register, and holds that stop it. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class DestructionTest {

    private static final EventContract MOVEMENT = EventContract.of(AsyncApiDocument.OWN, "CopyMovement");
    private static final String APPROVAL = "销审〔2026〕1号";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCopyInCustodyIsDestroyedOnlyWhenASecondMemberOfStaffConfirms() throws Exception {
        CopyFixture fixture = new CopyFixture();
        String secretariat = secondSupervisor(fixture);
        UUID he = fixture.attendee("何志强", "ATTENDEE");
        String document = fixture.document("选举结果（草案）", "SECRET", 10);
        List<String> copies = fixture.copies(document, 2, null);
        String out = copies.get(0);
        String copy = copies.get(1);
        fixture.issue(out, he).statusCode(200);

        fixture.move(out, "destroy", Map.of("approval", APPROVAL)).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("still due for return"));
        fixture.move(copy, "destroy", Map.of("note", "无审批")).statusCode(400)
                .body("errors[0].field", equalTo("approval"));
        fixture.move(copy, "destroy", Map.of("approval", APPROVAL, "note", "会后集中销毁")).statusCode(202)
                .body("requestedBy", equalTo("test-organizer")).body("copyNumber", equalTo("000002"));
        fixture.move(copy, "destroy", Map.of("approval", APPROVAL)).statusCode(409)
                .body("detail", containsString("test-organizer"));

        // the one who asked cannot confirm; the second names the same approval, at a time not in the future
        fixture.move(copy, "destroy/confirm", Map.of("approval", APPROVAL)).statusCode(409)
                .body("detail", containsString("different member of staff"));
        confirm(secretariat, fixture, copy, Map.of("approval", "销审〔2026〕9号")).statusCode(400)
                .body("errors[0].field", equalTo("approval"));
        confirm(secretariat, fixture, copy, Map.of("approval", APPROVAL, "happenedAt",
                OffsetDateTime.now().plusHours(1).toString())).statusCode(400)
                .body("errors[0].field", equalTo("happenedAt"));
        assertEquals(1, count("select count(*) from copy_ledger_entry where copy_id = '" + copy + "'"));
        assertEquals(0, count("select count(*) from destruction_register where copy_id = '" + copy + "'"));

        confirm(secretariat, fixture, copy, Map.of("approval", APPROVAL)).statusCode(200)
                .body("supervisors", equalTo(List.of("test-organizer", "test-secretariat")))
                .body("copyNumber", equalTo("000002")).body("ledgerEntry", equalTo(2))
                .body("note", equalTo("会后集中销毁"));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/copies/" + copy + "/ledger").then()
                .body("items[-1].action", equalTo("DESTROYED"))
                .body("items[-1].supervisors", equalTo(List.of("test-organizer", "test-secretariat")))
                .body("items[-1].approval", equalTo(APPROVAL)).body("items[-1].actor", equalTo("test-secretariat"));
        TopicEvents.Event destroyed = CopyFixture.awaitEvent("material-destroyed", copy);
        MOVEMENT.assertValid(destroyed.data());
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/destructions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].copyId", equalTo(copy))
                .body("items[0].document", equalTo("选举结果（草案）")).body("items[0].secretLevel", equalTo("SECRET"));
        fixture.move(copy, "destroy", Map.of("approval", APPROVAL)).statusCode(409)
                .body("detail", containsString("DESTROYED"));
        SQLException refused = assertThrows(SQLException.class, () -> execute("update destruction_register"
                + " set second_supervisor = 'test-organizer' where copy_id = '" + copy + "'"));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        given().auth().oauth2(fixture.organizer).queryParam("copyId", copy).get(fixture.base() + "/audit").then()
                .body("items.action", equalTo(List.of("COPY_REGISTERED", "DESTRUCTION_REQUESTED", "COPY_DESTROYED",
                        "LEDGER_READ")))
                .body("items[2].actor", equalTo("test-secretariat"));
    }

    @Test
    void aHoldOnTheDocumentStopsDestructionUntilReleased() {
        CopyFixture fixture = new CopyFixture();
        String secretariat = secondSupervisor(fixture);
        String document = fixture.document("会议纪要（送审稿）", "CONFIDENTIAL", 10);
        String copy = fixture.copies(document, 1, null).get(0);
        String hold = given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("reason", "泄密事件调查，保全全部份数"))
                .post(fixture.base() + "/documents/" + document + "/holds").then().statusCode(201)
                .body("inPlace", equalTo(true)).body("placedBy", equalTo("test-organizer")).extract().path("id");
        given().auth().oauth2(fixture.organizer).contentType("application/json").body(Map.of("reason", " "))
                .post(fixture.base() + "/documents/" + document + "/holds").then().statusCode(400)
                .body("errors[0].field", containsString("reason"));

        fixture.move(copy, "destroy", Map.of("approval", APPROVAL)).statusCode(409)
                .body("detail", containsString("hold"));
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .post(fixture.base() + "/documents/" + document + "/holds/" + hold + "/release").then()
                .statusCode(200).body("inPlace", equalTo(false))
                .body("releasedBy", equalTo("test-organizer"));
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .post(fixture.base() + "/documents/" + document + "/holds/" + hold + "/release").then().statusCode(409);
        fixture.move(copy, "destroy", Map.of("approval", APPROVAL)).statusCode(202);

        // a hold placed while a destruction waits stops its confirmation too
        given().auth().oauth2(fixture.organizer).contentType("application/json").body(Map.of("reason", "复查"))
                .post(fixture.base() + "/documents/" + document + "/holds").then().statusCode(201);
        confirm(secretariat, fixture, copy, Map.of("approval", APPROVAL)).statusCode(409)
                .body("detail", containsString("hold"));
        assertEquals(1, count("select count(*) from copy_ledger_entry where copy_id = '" + copy + "'"));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/documents/" + document + "/holds").then()
                .statusCode(200).body("items.inPlace", equalTo(List.of(false, true)));
    }

    private static String secondSupervisor(CopyFixture fixture) {
        TestGrants.grant(fixture.meeting, "secretariat");
        String token = TestTokens.role("secretariat");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(token)
                .get(fixture.base() + "/documents").then().statusCode(200));
        return token;
    }

    private static ValidatableResponse confirm(String token, CopyFixture fixture, String copy, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post(fixture.base() + "/copies/" + copy + "/destroy/confirm").then();
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
