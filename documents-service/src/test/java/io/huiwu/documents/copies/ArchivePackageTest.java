package io.huiwu.documents.copies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 立卷归档: the registers as signed PDFs and a manifest whose hashes match what is in the zip. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class ArchivePackageTest {

    @Test
    void theArchiveHoldsTheRegistersAsPdfsAndAManifestOfTheirHashes() throws Exception {
        CopyFixture fixture = new CopyFixture();
        UUID he = fixture.attendee("何志强", "ATTENDEE");
        UUID ouyang = fixture.attendee("欧阳建国", "ATTENDEE");
        String report = fixture.document("政府工作报告（征求意见稿）", "SECRET", 5);
        String agenda = fixture.document("大会议程", null, null);
        List<String> reports = fixture.copies(report, 2, null);
        fixture.copies(agenda, 1, null);
        fixture.issue(reports.get(0), he).statusCode(200);
        fixture.move(reports.get(0), "return", Map.of("receivedBy", "机要员王芳")).statusCode(200);
        fixture.issue(reports.get(1), ouyang).statusCode(200);
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("deadline", OffsetDateTime.now().plusDays(2).toString(), "note", "闭幕后清退"))
                .post(fixture.base() + "/recalls").then().statusCode(201);

        var response = given().auth().oauth2(fixture.organizer).get(fixture.base() + "/archive.zip").then()
                .statusCode(200).contentType("application/zip").extract();
        Map<String, byte[]> entries = unzip(response.asByteArray());
        assertEquals(List.of("01-documents-register.pdf", "02-copy-ledgers.pdf", "03-issue-register.pdf",
                "04-return-register.pdf", "05-recall-report.pdf", "06-handover-register.pdf", "manifest.json"),
                new ArrayList<>(entries.keySet()));
        byte[] manifestBytes = entries.get("manifest.json");
        assertEquals(response.header("X-Manifest-SHA256"), DocumentFileTest.sha256(manifestBytes));
        JsonNode manifest = new ObjectMapper().readTree(manifestBytes);
        assertEquals(fixture.meeting.toString(), manifest.path("meetingId").asText());
        assertEquals(6, manifest.path("entries").size());
        for (JsonNode entry : manifest.path("entries")) {
            byte[] content = entries.get(entry.path("name").asText());
            assertEquals(entry.path("sha256").asText(), DocumentFileTest.sha256(content), entry.toString());
            assertEquals(entry.path("sizeBytes").asInt(), content.length);
            SampleFiles.keep(entry.path("name").asText(), content);
        }

        assertTrue(text(entries, "01-documents-register.pdf").contains("政府工作报告（征求意见稿）"));
        assertTrue(text(entries, "01-documents-register.pdf").contains("机密★5年"));
        String ledgers = text(entries, "02-copy-ledgers.pdf");
        assertTrue(ledgers.contains("登记") && ledgers.contains("清退") && ledgers.contains("机要员王芳"), ledgers);
        String issued = text(entries, "03-issue-register.pdf");
        assertTrue(issued.contains("涉密文件发放登记表") && issued.contains("何志强") && issued.contains("欧阳建国")
                && issued.contains("发放人（签字）"), issued);
        String returned = text(entries, "04-return-register.pdf");
        assertTrue(returned.contains("何志强") && returned.contains("机要员王芳") && !returned.contains("欧阳建国"),
                returned);
        String recall = text(entries, "05-recall-report.pdf");
        assertTrue(recall.contains("未清退 1 份") && recall.contains("欧阳建国") && recall.contains("闭幕后清退"),
                recall);

        given().auth().oauth2(fixture.organizer).queryParam("actor", "test-organizer").queryParam("size", 100)
                .get(fixture.base() + "/audit").then().statusCode(200)
                .body("items.find { it.action == 'ARCHIVE_EXPORTED' }.detail.manifestSha256",
                        equalTo(response.header("X-Manifest-SHA256")));
    }

    static String text(Map<String, byte[]> entries, String name) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(entries.get(name))) {
            List<PdfFonts.Font> fonts = PdfFonts.of(pdf);
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PdfFonts.Font::embedded), name + fonts);
            return new PDFTextStripper().getText(pdf);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
