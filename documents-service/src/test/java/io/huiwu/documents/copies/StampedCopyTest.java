package io.huiwu.documents.copies;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A numbered copy's file: stamped on every page on the fly, never stored, each download audited. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class StampedCopyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyPageOfACopysFileCarriesItsNumberMarkAndHolder() throws Exception {
        CopyFixture fixture = new CopyFixture();
        UUID he = fixture.attendee("何志强", "ATTENDEE");
        String document = fixture.document("大会选举办法（草案）", "SECRET", 5);
        List<String> copies = fixture.copies(document, 2, null);
        String issued = copies.get(1);
        fixture.issue(issued, he).statusCode(200);
        copyFile(fixture, issued).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("no file"));

        byte[] original = SampleFiles.pdf("大会选举办法（草案）", 3, 2);
        DocumentFileTest.upload(fixture, document, SampleFiles.PDF, original, "选举办法.pdf", null).statusCode(201);
        byte[] stamped = copyFile(fixture, issued).statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("copy-000002.pdf")).extract().asByteArray();
        SampleFiles.keep("copy-000002.pdf", stamped);
        try (PDDocument pdf = Loader.loadPDF(stamped)) {
            assertEquals(3, pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= 3; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("份号 000002"), "page " + page + ": " + text);
                assertTrue(text.contains("机密★5年"), "page " + page + ": " + text);
                assertTrue(text.contains("持有人：何志强"), "page " + page + ": " + text);
                // the turned page's own text runs sideways, which text extraction does not read back in order
                assertTrue(page == 2 || text.contains("第 " + page + " 页"), "the document's own text, page " + page);
            }
            List<PdfFonts.Font> fonts = PdfFonts.of(pdf);
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(PdfFonts.Font::embedded), fonts.toString());
        }
        // a copy in custody is stamped as such; nothing stamped is stored
        byte[] inCustody = copyFile(fixture, copies.get(0)).statusCode(200).extract().asByteArray();
        SampleFiles.keep("copy-000001.pdf", inCustody);
        try (PDDocument pdf = Loader.loadPDF(inCustody)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("份号 000001") && text.contains("在库"), text);
        }
        assertEquals(1, count("select count(*) from document_file where document_id = '" + document + "'"));
        given().auth().oauth2(fixture.organizer).queryParam("copyId", issued).get(fixture.base() + "/audit").then()
                .statusCode(200).body("items.action", equalTo(List.of("COPY_REGISTERED", "COPY_ISSUED",
                        "COPY_FILE_DOWNLOADED")))
                .body("items[2].actor", equalTo("test-organizer")).body("items[2].detail.copyNumber", equalTo("000002"))
                .body("items[2].detail.holderId", equalTo(he.toString()))
                .body("items[2].detail.fileVersion", equalTo(1));
    }

    @Test
    void aDestroyedCopyOrADocumentWhoseFileIsAWordDocumentHasNoCopyFile() throws Exception {
        CopyFixture fixture = new CopyFixture();
        String document = fixture.document("会议纪要（送审稿）", "CONFIDENTIAL", 10);
        String copy = fixture.copies(document, 1, null).get(0);
        DocumentFileTest.upload(fixture, document, SampleFiles.PDF, SampleFiles.pdf("会议纪要", 1), null, null)
                .statusCode(201);
        copyFile(fixture, copy).statusCode(200);

        DocumentFileTest.upload(fixture, document, SampleFiles.DOCX, SampleFiles.docx("纪要修改稿"), null, null)
                .statusCode(201);
        copyFile(fixture, copy).statusCode(409).body("detail", containsString("Word"));
        DocumentFileTest.upload(fixture, document, SampleFiles.PDF, SampleFiles.pdf("会议纪要（修改稿）", 1), null,
                null).statusCode(201);
        byte[] latest = copyFile(fixture, copy).statusCode(200).extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(latest)) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("会议纪要（修改稿）"));
        }

        TestGrants.grant(fixture.meeting, "secretariat");
        String secretariat = TestTokens.role("secretariat");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(secretariat)
                .get(fixture.base() + "/documents").then().statusCode(200));
        fixture.move(copy, "destroy", Map.of("approval", "销审〔2026〕2号")).statusCode(202);
        given().auth().oauth2(secretariat).contentType("application/json").body(Map.of("approval", "销审〔2026〕2号"))
                .post(fixture.base() + "/copies/" + copy + "/destroy/confirm").then().statusCode(200);
        long audited = count("select count(*) from audit_entry where copy_id = '" + copy + "'");
        copyFile(fixture, copy).statusCode(409).body("detail", containsString("DESTROYED"));
        assertEquals(audited, count("select count(*) from audit_entry where copy_id = '" + copy + "'"));
        copyFile(fixture, UUID.randomUUID().toString()).statusCode(404);
    }

    private static ValidatableResponse copyFile(CopyFixture fixture, String copy) {
        return given().auth().oauth2(fixture.organizer).get(fixture.base() + "/copies/" + copy + "/file.pdf").then();
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
