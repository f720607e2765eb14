package io.huiwu.registration.readiness;

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

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The readiness check as a one-page PDF: the counts, the delegations worst off (or a delegation's people), its font
 * embedded. The PDFs are left in {@code target/readiness/} to be looked at.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class ReadinessPrintTest {

    @Test
    void theSummaryIsOnePageWithTheCountsAndTheDelegationsWorstOff() throws IOException {
        String meeting = Fixtures.meeting("会务检查打印测试会议");
        person(meeting, "王芳", "ATTENDEE", "长安区代表团");
        person(meeting, "李强", "ATTENDEE", "长安区代表团");
        person(meeting, "赵工作", "STAFF", "雁塔区代表团");
        // more delegations than the page lists
        for (int i = 1; i <= 24; i++) {
            person(meeting, "代表" + i, "ATTENDEE", "第" + i + "代表团");
        }
        String print = "/api/v1/meetings/" + meeting + "/readiness/print";
        String text = read(given().auth().oauth2(TestTokens.role("secretariat")).when().get(print).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray(), "meeting.pdf");
        for (String line : List.of("会务检查打印测试会议 会务检查", "全体参会人员", "应检查 27 人，齐备 0 人，未齐备 27 人",
                "名册已核对", "已制发证件", "已安排住宿", "已安排桌次", "已安排座位", "已安排接站", "已发放文件材料",
                "未齐备人数最多的代表团", "长安区代表团", "未核对", "无证件", "另有")) {
            assertTrue(text.contains(line), "no " + line + " in\n" + text);
        }
        // 长安区代表团 has two people lacking things: it comes first
        assertTrue(text.indexOf("长安区代表团") < text.indexOf("第1代表团"), text);
        // bed: 26 expected (all but staff), none done
        assertTrue(text.contains("已安排住宿 26 0 26"), text);

        String one = read(given().auth().oauth2(TestTokens.role("venue")).queryParam("delegation", "雁塔区代表团")
                .when().get(print).then().statusCode(200).extract().asByteArray(), "delegation.pdf");
        for (String line : List.of("雁塔区代表团", "应检查 1 人", "未齐备人员", "赵工作", "工作人员", "未核对、无证件、缺用品")) {
            assertTrue(one.contains(line), "no " + line + " in\n" + one);
        }
        given().auth().oauth2(TestTokens.role("venue")).queryParam("delegation", "x".repeat(101)).when().get(print)
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("delegation"));
    }

    private static String read(byte[] bytes, String file) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "readiness"));
        Files.write(folder.resolve(file), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages(), file);
            List<PdfFonts.Font> fonts = PdfFonts.of(pdf);
            assertFalse(fonts.isEmpty());
            for (PdfFonts.Font font : fonts) {
                assertTrue(font.embedded(), font.name() + " is not embedded");
                assertTrue(font.name().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), font.name());
            }
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static void person(String meeting, String name, String category, String delegation) {
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"gender\":\"FEMALE\",\"category\":\"" + category
                        + "\",\"delegation\":\"" + delegation + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201);
    }
}
