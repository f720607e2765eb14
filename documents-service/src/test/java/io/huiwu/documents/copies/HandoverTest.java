package io.huiwu.documents.copies;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-over to the holder's unit (移交所在单位): settled for the recall and clearance, its receipt, its refusals. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class HandoverTest {

    private static final EventContract HANDED_OVER = EventContract.of(AsyncApiDocument.OWN, "CopyHandedOver");
    private static final String UNIT = "某省人民政府办公厅";
    private static final String RECEIPT = "移〔2026〕7号";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCopyHandedOverIsSettledForTheRecallAndClearsItsHolderWithAReceiptToSign() throws Exception {
        CopyFixture fixture = new CopyFixture();
        UUID wang = fixture.attendee("王晓红", "ATTENDEE");
        List<String> copies = fixture.copies(fixture.document("选举办法（草案）", "SECRET", 10), 2, null);
        fixture.issue(copies.get(0), wang).statusCode(200);
        fixture.issue(copies.get(1), wang).statusCode(200);
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("deadline", OffsetDateTime.now().plusDays(1).toString()))
                .post(fixture.base() + "/recalls").then().statusCode(201);
        OffsetDateTime handedAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).withNano(0);

        fixture.move(copies.get(0), "hand-over", handover(handedAt)).statusCode(200)
                .body("state", equalTo("HANDED_OVER")).body("holderId", equalTo(wang.toString()))
                .body("entries", equalTo(3));
        TopicEvents.Event event = CopyFixture.awaitEvent("material-handed-over", copies.get(0));
        HANDED_OVER.assertValid(event.data());
        assertEquals(copies.get(0), event.key());
        assertEquals(wang.toString(), event.data().path("holderId").asText());
        assertEquals(UNIT, event.data().path("unit").asText());
        assertEquals(RECEIPT, event.data().path("receiptNumber").asText());
        assertEquals("办公厅李明", event.data().path("receivedBy").asText());
        assertEquals("秘书长", event.data().path("authorisedBy").asText());
        assertEquals(handedAt.toInstant(), OffsetDateTime.parse(event.data().path("happenedAt").asText())
                .toInstant());
        assertEquals(1, Rows.count(dataSource, "select count(*) from copy_ledger_entry where copy_id = '"
                + copies.get(0) + "' and seq = 3 and action = 'HANDED_OVER' and unit = '" + UNIT
                + "' and receipt_number = '" + RECEIPT + "' and received_by = '办公厅李明'"));
        assertEquals(1, Rows.count(dataSource, "select count(*) from document_copy where id = '" + copies.get(0)
                + "' and state = 'HANDED_OVER' and holder_id = '" + wang + "'"));

        // no longer due: only the other copy stands between the person and their clearance
        String clearance = fixture.base() + "/recalls/clearance/" + wang;
        given().auth().oauth2(fixture.organizer).get(clearance).then().statusCode(200)
                .body("cleared", equalTo(false)).body("due.copyNumber", equalTo(List.of("000002")));
        fixture.move(copies.get(0), "return", Map.of("receivedBy", "张敏")).statusCode(409)
                .body("detail", containsString("HANDED_OVER"));
        fixture.move(copies.get(1), "return", Map.of("receivedBy", "张敏")).statusCode(200);
        given().auth().oauth2(fixture.organizer).get(clearance).then().statusCode(200)
                .body("cleared", equalTo(true));
        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster().matching("documents.clearance",
                e -> e.type().equals("attendee-cleared")
                        && e.data().path("attendeeId").asText().equals(wang.toString())).isEmpty());
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/copies/" + copies.get(0) + "/ledger").then()
                .statusCode(200).body("items.action", equalTo(List.of("REGISTERED", "ISSUED", "HANDED_OVER")))
                .body("items[2].unit", equalTo(UNIT)).body("items[2].receiptNumber", equalTo(RECEIPT));

        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/handovers").then().statusCode(200)
                .body("items.copyNumber", equalTo(List.of("000001"))).body("items[0].holderName", equalTo("王晓红"))
                .body("items[0].unit", equalTo(UNIT)).body("items[0].marking", equalTo("机密★10年"))
                .body("items[0].authorisedBy", equalTo("秘书长"));
        byte[] receipt = given().auth().oauth2(fixture.organizer).queryParam("receiptNumber", RECEIPT)
                .get(fixture.base() + "/handovers/receipt.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        SampleFiles.keep("handover-receipt.pdf", receipt);
        String text = text(receipt);
        assertTrue(text.contains("涉密文件移交清单") && text.contains(RECEIPT) && text.contains(UNIT)
                && text.contains("000001") && text.contains("王晓红") && text.contains("办公厅李明")
                && text.contains("接收人（签字）") && !text.contains("000002"), text);
        given().auth().oauth2(fixture.organizer).queryParam("receiptNumber", "移〔2026〕99号")
                .get(fixture.base() + "/handovers/receipt.pdf").then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(1, Rows.count(dataSource, "select count(*) from audit_entry where meeting_id = '"
                + fixture.meeting + "' and action = 'HANDOVER_RECEIPT_PRINTED'"));

        Map<String, byte[]> archive = ArchivePackageTest.unzip(given().auth().oauth2(fixture.organizer)
                .get(fixture.base() + "/archive.zip").then().statusCode(200).extract().asByteArray());
        String register = ArchivePackageTest.text(archive, "06-handover-register.pdf");
        assertTrue(register.contains("涉密文件移交登记表") && register.contains(UNIT) && register.contains(RECEIPT)
                && register.contains("王晓红"), register);
        String recall = ArchivePackageTest.text(archive, "05-recall-report.pdf");
        assertTrue(recall.contains("移交所在单位 1 份") && recall.contains("未清退 0 份")
                && recall.contains("已移交所在单位"), recall);
    }

    @Test
    void aCopyNotOutAboveThePolicyOrUnderAHoldIsNotHandedOverAndTheLedgerIsUnchanged() {
        CopyFixture fixture = new CopyFixture();
        UUID zhao = fixture.attendee("赵国庆", "ATTENDEE");
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("clearance", "TOP_SECRET")).put(fixture.base() + "/clearances/ATTENDEE").then()
                .statusCode(200);
        String topSecret = fixture.copies(fixture.document("绝密文件", "TOP_SECRET", 30), 1, null).get(0);
        String document = fixture.document("会议纪要（送审稿）", "CONFIDENTIAL", 10);
        List<String> held = fixture.copies(document, 2, null);
        fixture.issue(topSecret, zhao).statusCode(200);
        fixture.issue(held.get(0), zhao).statusCode(200);

        fixture.move(held.get(1), "hand-over", handover(null)).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("IN_CUSTODY"));
        Map<String, Object> withoutUnit = new HashMap<>(handover(null));
        withoutUnit.remove("unit");
        fixture.move(held.get(0), "hand-over", withoutUnit).statusCode(400)
                .body("errors[0].field", containsString("unit"));
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/handovers/policy").then().statusCode(200)
                .body("highestLevel", equalTo("SECRET")).body("byDefault", equalTo(true));
        fixture.move(topSecret, "hand-over", handover(null)).statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("绝密"));
        String hold = given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("reason", "泄密事件调查")).post(fixture.base() + "/documents/" + document + "/holds")
                .then().statusCode(201).extract().path("id");
        fixture.move(held.get(0), "hand-over", handover(null)).statusCode(409).body("detail", containsString("hold"));
        assertEquals(0, Rows.count(dataSource, "select count(*) from copy_ledger_entry where meeting_id = '"
                + fixture.meeting + "' and action = 'HANDED_OVER'"));
        assertEquals(2, Rows.count(dataSource, "select count(*) from document_copy where meeting_id = '"
                + fixture.meeting + "' and state = 'ISSUED'"));

        // the organiser lets 绝密 go too; the hold released, the held document's copy goes as well
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("highestLevel", "TOP_SECRET")).put(fixture.base() + "/handovers/policy").then()
                .statusCode(200).body("byDefault", equalTo(false)).body("setBy", equalTo("test-organizer"));
        fixture.move(topSecret, "hand-over", handover(null)).statusCode(200).body("state", equalTo("HANDED_OVER"));
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .post(fixture.base() + "/documents/" + document + "/holds/" + hold + "/release").then()
                .statusCode(200);
        fixture.move(held.get(0), "hand-over", handover(null)).statusCode(200);
        assertEquals(2, Rows.count(dataSource, "select count(*) from copy_ledger_entry where meeting_id = '"
                + fixture.meeting + "' and action = 'HANDED_OVER'"));
    }

    private static Map<String, Object> handover(OffsetDateTime happenedAt) {
        Map<String, Object> body = new HashMap<>(Map.of("unit", UNIT, "receivedBy", "办公厅李明",
                "receiptNumber", RECEIPT, "authorisedBy", "秘书长"));
        if (happenedAt != null) {
            body.put("happenedAt", happenedAt.toString());
        }
        return body;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PdfFonts.Font> fonts = PdfFonts.of(document);
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PdfFonts.Font::embedded), fonts.toString());
            return new PDFTextStripper().getText(document);
        }
    }
}
