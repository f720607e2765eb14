package io.huiwu.documents.copies;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents, numbered copies and each copy's ledger, through the API, the database and documents.copy. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class CopyLedgerTest {

    /** What registration reads from material-issued (its readiness check). */
    private static final EventContract REGISTRATION_READS = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "MaterialIssue");
    private static final EventContract ISSUED = EventContract.of(AsyncApiDocument.OWN, "CopyIssued");
    private static final EventContract MOVEMENT = EventContract.of(AsyncApiDocument.OWN, "CopyMovement");

    private static CopyFixture fixture;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void meeting() {
        if (fixture == null) {
            fixture = new CopyFixture();
        }
    }

    @Test
    void aSecretDocumentIsMarkedWithItsTermAndItsCopiesNumberedInBatches() {
        String document = fixture.document("选举办法（草案）", "SECRET", 20);
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/documents/" + document).then()
                .statusCode(200).body("classification", equalTo("SECRET")).body("marking", equalTo("机密★20年"))
                .body("mustReturn", equalTo(true)).body("createdBy", equalTo("test-organizer"));
        List<String> first = fixture.copies(document, 3, null);
        assertEquals(3, first.size());
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/documents/" + document + "/copies").then()
                .statusCode(200).body("items.copyNumber", equalTo(List.of("000001", "000002", "000003")))
                .body("items.state", equalTo(List.of("IN_CUSTODY", "IN_CUSTODY", "IN_CUSTODY")));

        given().auth().oauth2(fixture.organizer).contentType("application/json").body(Map.of("count", 2))
                .post(fixture.base() + "/documents/" + document + "/copies").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("approval"));
        assertEquals(3, Rows.count(dataSource, "select count(*) from document_copy where document_id = '"
                + document + "'"));

        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("count", 2, "approval", "秘审〔2026〕3号"))
                .post(fixture.base() + "/documents/" + document + "/copies").then().statusCode(201)
                .body("batch", equalTo(2)).body("copies.copyNumber", equalTo(List.of("000004", "000005")));
        assertEquals(5, Rows.count(dataSource, "select count(*) from copy_ledger_entry e"
                + " join document_copy c on c.id = e.copy_id"
                + " where c.document_id = '" + document + "' and e.action = 'REGISTERED'"));
    }

    @Test
    void aDocumentMarkedBothSecretAndInternalIsRefusedAndNothingIsRecorded() {
        long before = Rows.count(dataSource, "select count(*) from document where meeting_id = '"
                + fixture.meeting + "'");
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("title", "内部与机密", "issuingBody", "秘书处", "pages", 1, "secretLevel", "SECRET",
                        "termYears", 10, "internal", true))
                .post(fixture.base() + "/documents").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("internal"));
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("title", "秘密无期限", "issuingBody", "秘书处", "pages", 1, "secretLevel", "CONFIDENTIAL"))
                .post(fixture.base() + "/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("termYears"));
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("title", "秘密超期", "issuingBody", "秘书处", "pages", 1, "secretLevel", "CONFIDENTIAL",
                        "termYears", 11))
                .post(fixture.base() + "/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("termYears"));
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("title", "无页数", "issuingBody", "秘书处"))
                .post(fixture.base() + "/documents").then().statusCode(400)
                .body("errors[0].field", containsString("pages"));
        assertEquals(before, Rows.count(dataSource, "select count(*) from document where meeting_id = '"
                + fixture.meeting + "'"));
    }

    @Test
    void aCopyIsIssuedTransferredAndReturnedAndEachStepIsPublished() {
        UUID wang = fixture.attendee("王晓红", "ATTENDEE");
        UUID li = fixture.attendee("李建国", "ATTENDEE");
        String document = fixture.document("政府工作报告（征求意见稿）", "CONFIDENTIAL", 5);
        String copy = fixture.copies(document, 1, null).get(0);
        OffsetDateTime signedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0);

        fixture.move(copy, "issue", Map.of("holderId", wang.toString(), "receivedBy", "王晓红",
                "happenedAt", signedAt.toString(), "authorisedBy", "秘书长")).statusCode(200)
                .body("state", equalTo("ISSUED")).body("holderId", equalTo(wang.toString()))
                .body("copyNumber", equalTo("000001")).body("entries", equalTo(2));
        TopicEvents.Event issued = CopyFixture.awaitEvent("material-issued", copy);
        REGISTRATION_READS.assertValid(issued.data());
        ISSUED.assertValid(issued.data());
        assertEquals(copy, issued.key());
        assertEquals(wang.toString(), issued.data().path("holderId").asText());
        assertEquals("000001", issued.data().path("copyNumber").asText());
        assertEquals("政府工作报告（征求意见稿）", issued.data().path("document").asText());
        assertEquals("CONFIDENTIAL", issued.data().path("secretLevel").asText());
        assertEquals("王晓红", issued.data().path("receivedBy").asText());
        assertEquals(signedAt.toInstant(), OffsetDateTime.parse(issued.data().path("happenedAt").asText())
                .toInstant());
        assertTrue(OffsetDateTime.parse(issued.data().path("recordedAt").asText()).isAfter(signedAt));

        fixture.issue(copy, li).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("ISSUED"));
        fixture.move(copy, "transfer", Map.of("fromHolderId", li.toString(), "toHolderId", wang.toString(),
                "receivedBy", "王晓红")).statusCode(409).body("detail", containsString("only its holder"));
        fixture.move(copy, "transfer", Map.of("fromHolderId", wang.toString(), "toHolderId", li.toString(),
                "receivedBy", "李建国")).statusCode(200).body("holderId", equalTo(li.toString()));
        TopicEvents.Event transferred = CopyFixture.awaitEvent("material-transferred", copy);
        MOVEMENT.assertValid(transferred.data());
        assertEquals(wang.toString(), transferred.data().path("fromHolderId").asText());
        assertEquals(li.toString(), transferred.data().path("holderId").asText());

        fixture.move(copy, "return", Map.of("receivedBy", "材料组张敏")).statusCode(200)
                .body("state", equalTo("IN_CUSTODY")).body("holderId", nullValue());
        TopicEvents.Event returned = CopyFixture.awaitEvent("material-returned", copy);
        MOVEMENT.assertValid(returned.data());
        assertEquals(li.toString(), returned.data().path("holderId").asText());
        assertEquals("材料组张敏", returned.data().path("receivedBy").asText());

        fixture.move(copy, "return", Map.of("receivedBy", "材料组张敏")).statusCode(409)
                .body("detail", containsString("IN_CUSTODY"));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/copies/" + copy + "/ledger").then()
                .statusCode(200).body("total", equalTo(4))
                .body("items.action", equalTo(List.of("REGISTERED", "ISSUED", "TRANSFERRED", "RETURNED")))
                .body("items[1].actor", equalTo("test-organizer")).body("items[1].authorisedBy", equalTo("秘书长"))
                .body("items[1].receivedBy", equalTo("王晓红"));
        assertEquals(4, Rows.count(dataSource, "select count(*) from copy_ledger_entry where copy_id = '"
                + copy + "'"));
    }

    @Test
    void theLedgerIsAppendOnlyInTheDatabase() throws Exception {
        String copy = fixture.copies(fixture.document("会议日程", null, null), 1, null).get(0);
        for (String statement : List.of("update copy_ledger_entry set note = 'changed' where copy_id = '" + copy
                + "'", "delete from copy_ledger_entry where copy_id = '" + copy + "'")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(statement));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(1, Rows.count(dataSource, "select count(*) from copy_ledger_entry where copy_id = '" + copy
                + "' and note is null"));
    }

    @Test
    void noCopyGoesToAWithdrawnPersonOrOneClearedBelowTheDocument() {
        UUID zhao = fixture.attendee("赵立新", "ATTENDEE");
        UUID press = fixture.attendee("记者周文", "PRESS");
        UUID gone = fixture.attendee("钱已退", "ATTENDEE");
        fixture.withdraw(gone, "钱已退");
        String topSecret = fixture.document("人事安排方案", "TOP_SECRET", 30);
        String copy = fixture.copies(topSecret, 1, null).get(0);

        fixture.issue(copy, zhao).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("holderId")).body("detail", containsString("赵立新"));
        fixture.issue(copy, gone).statusCode(400).body("errors[0].field", equalTo("holderId"))
                .body("errors[0].message", containsString("withdrawn"));
        fixture.issue(copy, UUID.randomUUID()).statusCode(400).body("errors[0].field", equalTo("holderId"));
        String internal = fixture.copies(fixture.document("内部通讯录", null, null), 1, null).get(0);
        fixture.issue(internal, press).statusCode(200);
        assertEquals(1, Rows.count(dataSource, "select count(*) from copy_ledger_entry where copy_id = '"
                + copy + "'"));

        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("clearance", "TOP_SECRET")).put(fixture.base() + "/clearances/ATTENDEE").then()
                .statusCode(200).body("byDefault", equalTo(false));
        fixture.issue(copy, zhao).statusCode(200).body("state", equalTo("ISSUED"));
    }

    @Test
    void aMissingCopyIsFoundAgainInCustody() {
        UUID sun = fixture.attendee("孙海燕", "ATTENDEE");
        String copy = fixture.copies(fixture.document("分组讨论材料", "CONFIDENTIAL", 10), 1, null).get(0);
        fixture.issue(copy, sun).statusCode(200);
        fixture.move(copy, "found", Map.of("note", "未缺失")).statusCode(409).body("detail", containsString("ISSUED"));
        fixture.move(copy, "missing", Map.of("note", "闭幕时未交回")).statusCode(200)
                .body("state", equalTo("MISSING")).body("holderId", equalTo(sun.toString()));
        TopicEvents.Event missing = CopyFixture.awaitEvent("material-missing", copy);
        MOVEMENT.assertValid(missing.data());
        assertEquals(sun.toString(), missing.data().path("holderId").asText());
        assertEquals("ISSUED", missing.data().path("lastKnown").path("action").asText());
        fixture.move(copy, "found", Map.of("note", "驻地房间找到")).statusCode(200)
                .body("state", equalTo("IN_CUSTODY")).body("holderId", nullValue());
        MOVEMENT.assertValid(CopyFixture.awaitEvent("material-found", copy).data());
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/copies/" + copy + "/ledger").then()
                .body("items.action", equalTo(List.of("REGISTERED", "ISSUED", "MISSING", "FOUND")));
    }

    @Test
    void aTimeInTheFutureOrALoanDueBeforeItStartsIsRefused() {
        UUID zhou = fixture.attendee("周明", "ATTENDEE");
        String copy = fixture.copies(fixture.document("大会须知", null, null), 1, null).get(0);
        fixture.move(copy, "issue", Map.of("holderId", zhou.toString(), "receivedBy", "周明", "happenedAt",
                OffsetDateTime.now().plusHours(1).toString())).statusCode(400)
                .body("errors[0].field", equalTo("happenedAt"));
        fixture.move(copy, "loan", Map.of("holderId", zhou.toString(), "receivedBy", "周明", "dueAt",
                OffsetDateTime.now().minusHours(1).toString())).statusCode(400)
                .body("errors[0].field", equalTo("dueAt"));
        assertEquals(1, Rows.count(dataSource, "select count(*) from copy_ledger_entry where copy_id = '"
                + copy + "'"));
        fixture.move(copy, "loan", Map.of("holderId", zhou.toString(), "receivedBy", "周明", "dueAt",
                OffsetDateTime.now().plusHours(3).toString())).statusCode(200).body("state", equalTo("LOANED"));
    }


    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
