package io.huiwu.documents.copies;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 点检: copies scanned in a place, reconciled with the ledger at the close. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class InventoryCheckTest {

    private static final String PLACE = "机要室 2 号保密柜";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theCloseNamesWhatIsMissingFromTheShelfAndWhatShouldNotBeOnIt() {
        CopyFixture fixture = new CopyFixture();
        UUID he = fixture.attendee("何志强", "ATTENDEE");
        String report = fixture.document("政府工作报告（征求意见稿）", "SECRET", 5);
        String notes = fixture.document("分组讨论安排", null, null);
        String other = fixture.document("会场须知", null, null);
        List<String> reports = fixture.copies(report, 3, null);
        List<String> noteCopies = fixture.copies(notes, 2, null);
        String elsewhere = fixture.copies(other, 1, null).get(0);
        fixture.issue(reports.get(1), he).statusCode(200);
        fixture.issue(noteCopies.get(1), he).statusCode(200);
        fixture.move(noteCopies.get(1), "missing", Map.of("note", "会后未交回")).statusCode(200);

        open(fixture, Map.of("place", " ", "documentIds", List.of(report))).statusCode(400)
                .body("errors[0].field", equalTo("place"));
        String stranger = UUID.randomUUID().toString();
        open(fixture, Map.of("place", PLACE, "documentIds", List.of(report, stranger))).statusCode(400)
                .body("errors[0].field", equalTo("documentIds[1]")).body("errors[0].message", containsString(stranger));
        String check = open(fixture, Map.of("place", PLACE, "documentIds", List.of(report, notes))).statusCode(201)
                .body("open", equalTo(true)).body("place", equalTo(PLACE)).body("openedBy", equalTo("test-organizer"))
                .body("reconciliation", nullValue()).extract().path("id");

        scan(fixture, check, Map.of("copyId", reports.get(0))).statusCode(200).body("alreadyScanned", equalTo(false))
                .body("seq", equalTo(1)).body("copyNumber", equalTo("000001"));
        long audited = count("select count(*) from audit_entry where meeting_id = '" + fixture.meeting + "'");
        scan(fixture, check, Map.of("copyId", reports.get(0))).statusCode(200).body("alreadyScanned", equalTo(true))
                .body("seq", equalTo(1));
        assertEquals(audited, count("select count(*) from audit_entry where meeting_id = '" + fixture.meeting + "'"));
        scan(fixture, check, Map.of("documentId", report, "copyNumber", "000002")).statusCode(200)
                .body("copyId", equalTo(reports.get(1)));
        scan(fixture, check, Map.of("copyId", noteCopies.get(1))).statusCode(200);
        scan(fixture, check, Map.of("copyId", elsewhere)).statusCode(200).body("seq", equalTo(4));

        // copies that are not the meeting's, or not named right, are refused by name and change nothing
        CopyFixture another = new CopyFixture();
        String theirs = another.copies(another.document("外会文件", null, null), 1, null).get(0);
        scan(fixture, check, Map.of("copyId", theirs)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("copyId")).body("errors[0].message", containsString(theirs));
        scan(fixture, check, Map.of("documentId", report, "copyNumber", "000099")).statusCode(400)
                .body("errors[0].field", equalTo("copyNumber")).body("errors[0].message", containsString("000099"));
        scan(fixture, check, Map.of("documentId", report, "copyNumber", "99")).statusCode(400)
                .body("errors[0].field", equalTo("copyNumber"));
        scan(fixture, check, Map.of("copyId", reports.get(2), "documentId", report)).statusCode(400)
                .body("errors[0].field", equalTo("copyId"));
        scan(fixture, check, Map.of()).statusCode(400).body("errors[0].field", equalTo("copyId"));
        scan(fixture, check, Map.of("documentId", stranger, "copyNumber", "000001")).statusCode(400)
                .body("errors[0].field", equalTo("documentId"));
        assertEquals(4, count("select count(*) from inventory_scan where check_id = '" + check + "'"));
        assertEquals(audited + 3, count("select count(*) from audit_entry where meeting_id = '" + fixture.meeting
                + "'"));

        ValidatableResponse closed = given().auth().oauth2(fixture.organizer).contentType("application/json")
                .post(fixture.base() + "/inventories/" + check + "/close").then().statusCode(200);
        for (ValidatableResponse answer : List.of(closed, given().auth().oauth2(fixture.organizer)
                .get(fixture.base() + "/inventories/" + check).then().statusCode(200))) {
            answer.body("open", equalTo(false)).body("closedBy", equalTo("test-organizer")).body("scanned", equalTo(4))
                    .body("reconciliation.expected", equalTo(3))
                    .body("reconciliation.found.copyId", equalTo(List.of(reports.get(0))))
                    .body("reconciliation.missingFromShelf.copyId", equalTo(List.of(reports.get(2),
                            noteCopies.get(0))))
                    .body("reconciliation.missingFromShelf.copyNumber", equalTo(List.of("000003", "000001")))
                    .body("reconciliation.unexpected.copyId", equalTo(List.of(reports.get(1), noteCopies.get(1),
                            elsewhere)))
                    .body("reconciliation.unexpected.reason", equalTo(List.of("ISSUED", "MISSING", "NOT_IN_SCOPE")))
                    .body("reconciliation.unexpected[0].holderName", equalTo("何志强"))
                    .body("reconciliation.unexpected[0].document", equalTo("政府工作报告（征求意见稿）"))
                    .body("reconciliation.unexpected.lastEntry.action", equalTo(List.of("ISSUED", "MISSING",
                            "REGISTERED")))
                    .body("reconciliation.unexpected[1].lastEntry.note", equalTo("会后未交回"));
        }

        scan(fixture, check, Map.of("copyId", reports.get(2))).statusCode(409)
                .body("detail", containsString(PLACE));
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .post(fixture.base() + "/inventories/" + check + "/close").then().statusCode(409);
        assertEquals(4, count("select count(*) from inventory_scan where check_id = '" + check + "'"));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/inventories/" + check + "/scans").then()
                .statusCode(200).body("items.copyId", equalTo(List.of(reports.get(0), reports.get(1),
                        noteCopies.get(1), elsewhere)));
        given().auth().oauth2(fixture.organizer).queryParam("size", 100).get(fixture.base() + "/audit").then()
                .statusCode(200).body("items.findAll { it.action.startsWith('INVENTORY') || it.action =="
                        + " 'COPY_SCANNED' }.action", equalTo(List.of("INVENTORY_OPENED", "COPY_SCANNED",
                        "COPY_SCANNED", "COPY_SCANNED", "COPY_SCANNED", "INVENTORY_CLOSED")))
                .body("items.find { it.action == 'INVENTORY_CLOSED' }.detail.found", equalTo(1))
                .body("items.find { it.action == 'INVENTORY_CLOSED' }.detail.missingFromShelf",
                        equalTo(List.of(reports.get(2), noteCopies.get(0))));
    }

    @Test
    void aCheckWithoutDocumentsExpectsEveryCopyInCustody() {
        CopyFixture fixture = new CopyFixture();
        String first = fixture.copies(fixture.document("议程", null, null), 1, null).get(0);
        String second = fixture.copies(fixture.document("日程", null, null), 1, null).get(0);
        String check = open(fixture, Map.of("place", "资料箱 A")).statusCode(201)
                .body("documentIds", equalTo(List.of())).extract().path("id");
        scan(fixture, check, Map.of("copyId", second)).statusCode(200);
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .post(fixture.base() + "/inventories/" + check + "/close").then().statusCode(200)
                .body("reconciliation.expected", equalTo(2))
                .body("reconciliation.found.copyId", equalTo(List.of(second)))
                .body("reconciliation.missingFromShelf.copyId", equalTo(List.of(first)))
                .body("reconciliation.unexpected", equalTo(List.of()));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/inventories").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].reconciliation.expected", equalTo(2));
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .post(fixture.base() + "/inventories/" + UUID.randomUUID() + "/close").then().statusCode(404);
    }

    private static ValidatableResponse open(CopyFixture fixture, Object body) {
        return given().auth().oauth2(fixture.organizer).contentType("application/json").body(body)
                .post(fixture.base() + "/inventories").then();
    }

    private static ValidatableResponse scan(CopyFixture fixture, String check, Object body) {
        return given().auth().oauth2(fixture.organizer).contentType("application/json").body(body)
                .post(fixture.base() + "/inventories/" + check + "/scans").then();
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
