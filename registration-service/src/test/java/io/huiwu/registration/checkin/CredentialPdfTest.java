package io.huiwu.registration.checkin;

import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.registration.rest.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Printed credentials carry their font: every font of every page is embedded as a subset, and the text reads back
 * as it was entered. The PDFs are left in {@code target/printed-credentials/} to be looked at.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class CredentialPdfTest {

    /** The pages each layout takes for the cards of the fixture's four people and one guest. */
    private static final Map<String, Integer> PAGES = Map.of("ONE", 5, "FOUR", 2, "EIGHT", 1);

    @Test
    void everyLayoutEmbedsItsFontAndReadsBackInChinese() throws IOException {
        CheckInFixture f = new CheckInFixture();
        // 喆 is outside GB 2312; a guest has a unit and a title rather than a delegation
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"欧阳喆\",\"gender\":\"FEMALE\",\"category\":\"GUEST\","
                        + "\"unit\":\"省发展和改革委员会\",\"title\":\"副主任（正厅级）\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/attendees").then().statusCode(201);
        // only final entries get credentials: the guest is verified like the others
        Fixtures.verifyAll(f.meeting, "desk-clerk", TestTokens.subjectOf("registrar"));
        f.issueAll(f.type("特邀嘉宾证", "#2E7D32", "JB", "GUEST"));
        List<String> expected = List.of("报到测试会议", "出席证", "列席证", "特邀嘉宾证", "王芳", "李强", "张敏", "赵磊", "欧阳喆",
                "长安区代表团", "雁塔区代表团", "省发展和改革委员会", "副主任（正厅级）", "No. CX0001", "No. LX0001",
                "No. JB0001");
        Path folder = Files.createDirectories(Path.of("target", "printed-credentials"));
        for (Map.Entry<String, Integer> layout : PAGES.entrySet()) {
            byte[] bytes = given().auth().oauth2(CheckInFixture.ORGANIZER)
                    .when().get("/api/v1/meetings/" + f.meeting + "/credentials/print?layout=" + layout.getKey())
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            Files.write(folder.resolve(layout.getKey() + ".pdf"), bytes);
            // the whole font file is 5 MB
            assertTrue(bytes.length < 500_000, layout.getKey() + ": " + bytes.length + " bytes");
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                assertEquals(layout.getValue(), pdf.getNumberOfPages(), layout.getKey());
                List<PdfFonts.Font> fonts = PdfFonts.of(pdf);
                assertFalse(fonts.isEmpty(), layout.getKey());
                for (PdfFonts.Font font : fonts) {
                    assertTrue(font.embedded(), layout.getKey() + ": " + font.name() + " is not embedded");
                    assertTrue(font.name().matches("[A-Z]{6}\\+WenQuanYiMicroHei"),
                            layout.getKey() + ": " + font.name() + " is not a subset of the print font");
                }
                String text = new PDFTextStripper().getText(pdf);
                for (String line : expected) {
                    assertTrue(text.contains(line), layout.getKey() + ": no " + line + " in\n" + text);
                }
            }
        }
    }
}
