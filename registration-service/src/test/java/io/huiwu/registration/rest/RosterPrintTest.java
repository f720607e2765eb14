package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The printed roster (名册): by delegation in the agreed order (then by strokes), people without one last, within
 * each by surname strokes or pinyin; the title, version and date at the head of each page, page numbers at the foot,
 * a new page per delegation when asked; PDF with its font embedded, or .xlsx. The PDFs are left in
 * {@code target/printed-rosters/} to be looked at.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RosterPrintTest {

    private static final String TITLE = "省人大十四届三次会议名册";
    private static final List<String> BY_STROKES = List.of("王芳", "李强", "田明", "朱红", "欧阳建国", "丁一", "马云",
            "孙丽", "周杰");
    private static final List<String> BY_PINYIN = List.of("李强", "王芳", "欧阳建国", "田明", "朱红", "丁一", "马云",
            "孙丽", "周杰");
    private static final List<String> GROUPS = List.of("雁塔区代表团（2人）", "长安区代表团（3人）", "碑林区代表团（2人）",
            "其他人员（2人）");

    /** Made once for the class's tests, which only read it. */
    private static RosterBook book;
    private static String finalisedOn;

    @BeforeEach
    void aFinalisedRosterInThreeDelegationsAndTwoPeopleOfNone() {
        if (book != null) {
            return;
        }
        RosterBook made = new RosterBook("省人大十四届三次会议");
        List<String> ids = new ArrayList<>();
        ids.add(made.register("欧阳建国", "MALE", "ATTENDEE", "长安区代表团", "长安区人民政府", "区长"));
        ids.add(made.register("朱红", "FEMALE", "ATTENDEE", "长安区代表团", "长安区教育局", "局长"));
        ids.add(made.register("田明", "MALE", "ATTENDEE", "长安区代表团", "长安区卫生健康局", "局长"));
        ids.add(made.register("李强", "MALE", "ATTENDEE", "雁塔区代表团", "雁塔区人民政府", "副区长"));
        ids.add(made.register("王芳", "FEMALE", "ATTENDEE", "雁塔区代表团", "雁塔区科技局", "局长"));
        ids.add(made.register("马云", "MALE", "NON_VOTING", "碑林区代表团", "碑林区人民政府", "区长"));
        ids.add(made.register("丁一", "MALE", "ATTENDEE", "碑林区代表团", "碑林区财政局", "局长"));
        ids.add(made.register("周杰", "MALE", "GUEST", null, "省人民政府外事办公室", "处长"));
        ids.add(made.register("孙丽", "FEMALE", "STAFF", null, "大会秘书处", "工作人员"));
        ids.forEach(made::verify);
        given().auth().oauth2(RosterBook.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"names\":[\"雁塔区代表团\",\"长安区代表团\"]}")
                .when().put(made.path("/delegations/order")).then().statusCode(200);
        String at = made.finalise(RosterBook.ORGANIZER, null).statusCode(201).extract().path("finalisedAt");
        LocalDate day = OffsetDateTime.parse(at).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();
        finalisedOn = day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        // after the finalisation: on the current roster, not in version 1
        made.register("白雪", "FEMALE", "ATTENDEE", "长安区代表团", "长安区文化馆", "馆长");
        book = made;
    }

    @Test
    void thePdfFollowsTheDelegationsThenTheStrokesOnOnePage() throws IOException {
        byte[] bytes = print("", "finalised-strokes.pdf");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEmbedded(pdf);
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of(TITLE, "第 1 版定稿（" + finalisedOn + "）", "按姓氏笔画排序", "第 1 页 共 1 页",
                    "序号", "姓名", "性别", "类别", "单位", "职务", "出席", "列席", "特邀", "工作人员", "男", "女",
                    "长安区卫生健康局", "副区长")) {
                assertTrue(text.contains(expected), "no " + expected + " in\n" + text);
            }
            assertInOrder(text, GROUPS);
            assertInOrder(text, BY_STROKES);
            assertFalse(text.contains("白雪"), text);
            assertFalse(text.contains("草稿"), text);
        }
        // version 1 by its number is the same roster
        try (PDDocument pdf = Loader.loadPDF(print("?version=1&order=strokes&format=pdf", "v1.pdf"))) {
            assertInOrder(new PDFTextStripper().getText(pdf), BY_STROKES);
        }
    }

    @Test
    void eachDelegationCanStartANewPage() throws IOException {
        byte[] bytes = print("?newPagePerDelegation=true", "finalised-page-per-delegation.pdf");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEmbedded(pdf);
            assertEquals(GROUPS.size(), pdf.getNumberOfPages());
            for (int page = 1; page <= GROUPS.size(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains(TITLE) && text.contains("第 1 版定稿"), text);
                assertTrue(text.contains("第 " + page + " 页 共 " + GROUPS.size() + " 页"), text);
                assertTrue(text.contains(GROUPS.get(page - 1)), page + ": " + text);
                for (int other = 0; other < GROUPS.size(); other++) {
                    if (other != page - 1) {
                        assertFalse(text.contains(GROUPS.get(other)), page + ": " + text);
                    }
                }
            }
        }
    }

    @Test
    void aDelegationRunningOverAPageRepeatsItsHeadingsAndEveryPageIsCounted() throws IOException {
        RosterBook large = new RosterBook("长名册打印测试会议");
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "丽", "强"};
        for (String surname : surnames) {
            for (String name : given) {
                large.register(surname + name, "MALE", "ATTENDEE", "新城区代表团", "新城区人民政府", "科员");
            }
        }
        large.register("林海", "MALE", "ATTENDEE", "莲湖区代表团", "莲湖区人民政府", "区长");
        byte[] bytes = given().auth().oauth2(RosterBook.ORGANIZER)
                .when().get(large.path("/roster/print?version=current")).then().statusCode(200).extract()
                .asByteArray();
        Files.write(Files.createDirectories(Path.of("target", "printed-rosters")).resolve("draft-long.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEmbedded(pdf);
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("长名册打印测试会议名册") && text.contains("第 " + page + " 页 共 " + pages + " 页"),
                        page + ": " + text);
                if (page == 2) {
                    assertTrue(text.contains("新城区代表团（70人）") && text.contains("序号"), text);
                }
            }
            // delegations by strokes: 莲 (10) before 新 (13); within, 王 (4 strokes) first and 黄 (11) last
            assertInOrder(new PDFTextStripper().getText(pdf), List.of("莲湖区代表团（1人）", "新城区代表团（70人）", "王伟",
                    "黄强"));
        }
    }

    @Test
    void namesCanBeOrderedByPinyinWithinEachDelegation() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(print("?order=PINYIN", "finalised-pinyin.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("按汉语拼音排序"), text);
            assertInOrder(text, GROUPS);
            assertInOrder(text, BY_PINYIN);
        }
    }

    @Test
    void theCurrentRosterPrintsAsADraft() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(print("?version=current", "draft.pdf"))) {
            assertEmbedded(pdf);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("草稿（未定稿，"), text);
            assertFalse(text.contains("版定稿"), text);
            // 田 and 白 have five strokes each; 田 starts with 丨, which comes before 白's 丿
            assertInOrder(text, List.of("雁塔区代表团（2人）", "长安区代表团（4人）", "田明", "白雪", "朱红"));
        }
    }

    @Test
    void theSheetHasTheSameOrderAndABreakBeforeEachDelegation() throws IOException {
        byte[] bytes = given().auth().oauth2(RosterBook.REGISTRAR_B)
                .when().get(book.path("/roster/print?format=xlsx&newPagePerDelegation=true"))
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString("roster-latest.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("名册");
            assertEquals(TITLE, sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("第 1 版定稿（" + finalisedOn + "）"));
            List<String> names = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.NUMERIC) {
                    assertEquals(names.size() + 1, (int) first.getNumericCellValue());
                    names.add(row.getCell(1).getStringCellValue());
                } else if (first != null && GROUPS.contains(first.getStringCellValue())) {
                    headings.add(first.getStringCellValue());
                }
            }
            assertEquals(BY_STROKES, names);
            assertEquals(GROUPS, headings);
            assertEquals(GROUPS.size() - 1, sheet.getRowBreaks().length);
            assertEquals("第 &P 页 共 &N 页", sheet.getFooter().getCenter());
            assertTrue(sheet.getHeader().getCenter().startsWith(TITLE), sheet.getHeader().getCenter());
        }
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        for (String[] bad : new String[][] {{"order=BOGUS", "order"}, {"format=doc", "format"},
                {"version=0", "version"}, {"version=-3", "version"}, {"version=latest", "version"},
                {"version=99999999999", "version"}}) {
            given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/print?" + bad[0]))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[1]));
        }
        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/print?order=BOGUS"))
                .then().body("detail", containsString("use one of STROKES, PINYIN"));
        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/print?version=2"))
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Finalised roster version 2 does not exist"));
        String never = new RosterBook("未定稿打印测试会议").meeting;
        given().auth().oauth2(RosterBook.ORGANIZER).when().get("/api/v1/meetings/" + never + "/roster/print")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("version=current"));
    }

    private byte[] print(String query, String file) throws IOException {
        byte[] bytes = given().auth().oauth2(RosterBook.REGISTRAR_B).when().get(book.path("/roster/print" + query))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Path folder = Files.createDirectories(Path.of("target", "printed-rosters"));
        Files.write(folder.resolve(file), bytes);
        // the whole font file is 5 MB
        assertTrue(bytes.length < 500_000, file + ": " + bytes.length + " bytes");
        return bytes;
    }

    private static void assertEmbedded(PDDocument pdf) throws IOException {
        List<PdfFonts.Font> fonts = PdfFonts.of(pdf);
        assertFalse(fonts.isEmpty());
        for (PdfFonts.Font font : fonts) {
            assertTrue(font.embedded(), font.name() + " is not embedded");
            assertTrue(font.name().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), font.name() + " is not a subset of the"
                    + " print font");
        }
    }

    /** Each text appears, after the one before it. */
    private static void assertInOrder(String text, List<String> expected) {
        int from = 0;
        for (String part : expected) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, part + " is missing or out of order (expected " + expected + ") in\n" + text);
            from = at + part.length();
        }
    }
}
