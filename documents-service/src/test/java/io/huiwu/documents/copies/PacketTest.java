package io.huiwu.documents.copies;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.documents.event.RegistrationCheckIns;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Distribution lists, the packet due at a desk after a DESK check-in, and issuing it in one call. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class PacketTest {

    private static final EventContract CHECK_IN = EventContract.of(
            Path.of("..", "registration-service", "asyncapi", "asyncapi.yaml"), "CheckIn");
    private static final EventContract ISSUED = EventContract.of(AsyncApiDocument.OWN, "CopyIssued");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theReaderTypeReadsOnlyWhatRegistrationPublishes() {
        CHECK_IN.assertReaderFits(RegistrationCheckIns.CheckIn.class);
    }

    @Test
    void aDeskCheckInMakesThePacketDueAndOneCallIssuesItAll() {
        CopyFixture fixture = new CopyFixture();
        UUID wang = fixture.attendee("王晓红", "ATTENDEE");
        UUID press = fixture.attendee("赵记者", "PRESS");
        String rules = fixture.document("选举办法（草案）", "SECRET", 10);
        String agenda = fixture.document("会议日程", null, null);
        List<String> ruleCopies = fixture.copies(rules, 2, null);
        List<String> agendaCopies = fixture.copies(agenda, 2, null);
        line(fixture, Map.of("documentId", rules, "category", "ATTENDEE")).statusCode(201)
                .body("kind", equalTo("CATEGORY")).body("target", equalTo("ATTENDEE"));
        line(fixture, Map.of("documentId", agenda, "delegation", "长安区代表团")).statusCode(201);
        line(fixture, Map.of("documentId", rules, "holderId", press.toString())).statusCode(201)
                .body("kind", equalTo("PERSON"));

        // bad lines: none written
        line(fixture, Map.of("documentId", rules, "category", "ATTENDEE")).statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("category"));
        line(fixture, Map.of("documentId", rules, "category", "ATTENDEE", "delegation", "长安区代表团"))
                .statusCode(400).body("errors[0].field", equalTo("delegation"));
        line(fixture, Map.of("documentId", rules, "holderId", UUID.randomUUID().toString())).statusCode(400)
                .body("errors[0].field", equalTo("holderId"));
        line(fixture, Map.of("documentId", rules, "category", "attendee")).statusCode(400)
                .body("errors[0].field", containsString("category"));
        line(fixture, Map.of("documentId", UUID.randomUUID().toString(), "category", "GUEST")).statusCode(404);
        assertEquals(3, count("select count(*) from distribution_entry where meeting_id = '" + fixture.meeting + "'"));

        // a door scan prompts nothing; a desk check-in makes the packet due there
        UUID desk = UUID.randomUUID();
        checkIn(fixture, wang, UUID.randomUUID(), "DOOR", "大会堂东门");
        checkIn(fixture, wang, desk, "DESK", "报到处一号台");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(fixture.organizer)
                .queryParam("listId", desk.toString()).get(fixture.base() + "/packets/due").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].attendeeId", equalTo(wang.toString()))
                .body("items[0].listName", equalTo("报到处一号台")));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/packets/" + wang).then().statusCode(200)
                .body("dueAtDesk", equalTo("报到处一号台"))
                .body("documents.title", equalTo(List.of("会议日程", "选举办法（草案）")))
                .body("documents.copyId", equalTo(Arrays.asList(null, null)));

        // the press member is named on the secret document's list (documents[1], after the delegation's agenda), but
        // their clearance is below it: nothing is issued
        given().auth().oauth2(fixture.organizer).contentType("application/json").body(Map.of("receivedBy", "赵记者"))
                .post(fixture.base() + "/packets/" + press + "/issue").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("documents[1]"))
                .body("errors", hasSize(1));
        given().auth().oauth2(fixture.organizer).contentType("application/json").body(Map.of("note", "x"))
                .post(fixture.base() + "/packets/" + wang + "/issue").then().statusCode(400)
                .body("errors[0].field", containsString("receivedBy"));
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("receivedBy", "王晓红", "happenedAt", OffsetDateTime.now().plusHours(2).toString()))
                .post(fixture.base() + "/packets/" + wang + "/issue").then().statusCode(400)
                .body("errors[0].field", equalTo("happenedAt"));
        assertEquals(0, count("select count(*) from copy_ledger_entry where action = 'ISSUED' and meeting_id = '"
                + fixture.meeting + "'"));

        given().auth().oauth2(fixture.organizer).contentType("application/json").body(Map.of("receivedBy", "王晓红"))
                .post(fixture.base() + "/packets/" + wang + "/issue").then().statusCode(200)
                .body("dueAtDesk", nullValue())
                .body("documents.copyNumber", equalTo(List.of("000001", "000001")))
                .body("documents.copyId", equalTo(List.of(agendaCopies.get(0), ruleCopies.get(0))));
        assertEquals(2, count("select count(*) from copy_ledger_entry where action = 'ISSUED' and holder_id = '"
                + wang + "'"));
        assertEquals(1, count("select count(*) from packet_due where attendee_id = '" + wang
                + "' and issued_at is not null"));
        TopicEvents.Event issued = CopyFixture.awaitEvent("material-issued", ruleCopies.get(0));
        ISSUED.assertValid(issued.data());
        assertEquals(wang.toString(), issued.data().path("holderId").asText());
        CopyFixture.awaitEvent("material-issued", agendaCopies.get(0));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/packets/due").then().statusCode(200)
                .body("total", equalTo(0));

        // issued once: a second call has nothing to give
        given().auth().oauth2(fixture.organizer).contentType("application/json").body(Map.of("receivedBy", "王晓红"))
                .post(fixture.base() + "/packets/" + wang + "/issue").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aPacketWithADocumentOutOfStockIssuesNothing() {
        CopyFixture fixture = new CopyFixture();
        UUID li = fixture.attendee("李建国", "ATTENDEE");
        UUID wang = fixture.attendee("王晓红", "ATTENDEE");
        String agenda = fixture.document("会议日程", null, null);
        String list = fixture.document("代表名单", null, null);
        fixture.copies(agenda, 2, null);
        String only = fixture.copies(list, 1, null).get(0);
        fixture.issue(only, li).statusCode(200);
        line(fixture, Map.of("documentId", agenda, "category", "ATTENDEE")).statusCode(201);
        line(fixture, Map.of("documentId", list, "holderId", wang.toString())).statusCode(201);
        given().auth().oauth2(fixture.organizer).contentType("application/json").body(Map.of("receivedBy", "王晓红"))
                .post(fixture.base() + "/packets/" + wang + "/issue").then().statusCode(409)
                .body("errors[0].field", equalTo("documents[0]"))
                .body("errors[0].message", containsString("代表名单"));
        assertEquals(0, count("select count(*) from copy_ledger_entry where action = 'ISSUED' and holder_id = '"
                + wang + "'"));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/packets/" + UUID.randomUUID()).then()
                .statusCode(404);
    }

    private static ValidatableResponse line(CopyFixture fixture, Map<String, Object> body) {
        return given().auth().oauth2(fixture.organizer).contentType("application/json").body(body)
                .post(fixture.base() + "/packets/distribution").then();
    }

    private static void checkIn(CopyFixture fixture, UUID attendee, UUID list, String kind, String name) {
        ObjectNode data = TestEvents.object().put("scanId", UUID.randomUUID().toString())
                .put("meetingId", fixture.meeting.toString()).put("attendeeId", attendee.toString())
                .put("listId", list.toString()).put("listName", name).put("listKind", kind)
                .put("scannedAt", OffsetDateTime.now().toString()).put("method", "SCAN").put("offline", false);
        CHECK_IN.assertValid(data);
        TopicEvents.inTestCluster().send("registration.checkin", attendee.toString(),
                TestEvents.envelope("/registration-service", "attendee-checked-in", attendee.toString(), data));
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
