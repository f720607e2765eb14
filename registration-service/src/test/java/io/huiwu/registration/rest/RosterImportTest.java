package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RosterImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void anExcelRosterIsImportedWholeAndCanBeExportedInStrokeOrder() throws Exception {
        String meeting = Fixtures.meeting("导入测试会议");
        byte[] file = xlsx(List.of(
                List.of("姓名", "性别", "类别", "代表团", "单位", "职务", "排序", "电话", "身份证号"),
                List.of("张　伟", "男", "出席", "长安区代表团", "长安区人民政府", "区长", "2", "13812345678",
                        "11010519491231002X"),
                List.of("丁一", "女", "列席", "", "省发改委", "副主任", "", "", ""),
                List.of("王芳", "女", "ATTENDEE", "长安区代表团", "", "", "1", "", "440304198503171232")));
        String job = upload(meeting, file, XLSX).statusCode(202)
                .header("Location", containsString("/attendee-imports/"))
                .body("status", org.hamcrest.Matchers.anyOf(equalTo("QUEUED"), equalTo("RUNNING"),
                        equalTo("SUCCEEDED")))
                .extract().path("id");
        awaitDone(meeting, job).body("status", equalTo("SUCCEEDED")).body("imported", equalTo(3))
                .body("totalRows", equalTo(3)).body("processedRows", equalTo(3));

        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees?sort=strokes")
                .then().body("items.name", contains("丁一", "王芳", "张伟"))
                .body("items.category", contains("NON_VOTING", "ATTENDEE", "ATTENDEE"))
                .body("items[2].lastEditedBy", equalTo("test-organizer"));
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + given().auth().oauth2(Fixtures.organizer())
                        .when().get("/api/v1/meetings/" + meeting + "/attendees?q=wangfang").then()
                        .extract().path("items[0].id") + "/history")
                .then().body("items.action", contains("IMPORTED"));

        byte[] export = given().auth().oauth2(TestTokens.role("registrar"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/export")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("姓名", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("丁一", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("张伟", sheet.getRow(3).getCell(1).getStringCellValue());
            assertEquals("138****5678", sheet.getRow(3).getCell(8).getStringCellValue());
            assertEquals("未核对", sheet.getRow(3).getCell(10).getStringCellValue());
            assertEquals(4, sheet.getPhysicalNumberOfRows());
        }
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryRowAndReason() {
        String meeting = Fixtures.meeting("导入失败测试会议");
        Fixtures.attendee(meeting, "已在册");
        String csv = """
                姓名,性别,类别,代表团,排序,身份证号
                李明,男,出席,甲团,1,
                ,女,出席,甲团,2,
                赵四,未知,出席,甲团,3,
                钱五,男,领导,甲团,4,
                孙六,男,出席,甲团,第五,
                周七,男,出席,甲团,6,110105194912310021
                吴八,男,出席,甲团,7,440304198503171232
                郑九,男,出席,甲团,8,440304198503171232
                """;
        String job = upload(meeting, csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(202)
                .extract().path("id");
        awaitDone(meeting, job).body("status", equalTo("FAILED")).body("imported", equalTo(0))
                .body("errors.row", contains(3, 4, 5, 6, 7, 9))
                .body("errors.field", contains("name", "gender", "category", "rank", "idNumber", "idNumber"))
                .body("errors[5].message", containsString("same as on row 8"));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("total", equalTo(1)).body("items.name", contains("已在册"));
    }

    @Test
    void csvSavedByChineseExcelIsRead() {
        String meeting = Fixtures.meeting("GBK 测试会议");
        byte[] gbk = "姓名,性别,类别\r\n欧阳建国,男,出席\r\n".getBytes(Charset.forName("GB18030"));
        String job = upload(meeting, gbk, "text/csv").statusCode(202).extract().path("id");
        awaitDone(meeting, job).body("status", equalTo("SUCCEEDED"));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("items.name", contains("欧阳建国"));
    }

    @Test
    void unreadableFilesAndHeadingsAreReported() {
        String meeting = Fixtures.meeting("坏文件测试会议");
        String job = upload(meeting, "not,a,roster\n1,2,3\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(202).extract().path("id");
        awaitDone(meeting, job).body("status", equalTo("FAILED"))
                .body("errors[0].message", containsString("missing columns [姓名, 性别, 类别]"));
        String broken = upload(meeting, "PK garbage".getBytes(StandardCharsets.UTF_8), XLSX).statusCode(202)
                .extract().path("id");
        awaitDone(meeting, broken).body("status", equalTo("FAILED"))
                .body("errors[0].message", containsString("not an .xlsx workbook"))
                .body("errors[0].message", not(containsString("Exception")));
        upload(meeting, new byte[0], "text/csv").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.organizer()).contentType("application/json").body("{}")
                .when().post("/api/v1/meetings/" + meeting + "/attendee-imports").then().statusCode(415);
        given().auth().oauth2(TestTokens.role("registrar")).contentType("text/csv").body("姓名,性别,类别\n")
                .when().post("/api/v1/meetings/" + meeting + "/attendee-imports").then().statusCode(403);
    }

    private static ValidatableResponse upload(String meeting, byte[] file, String type) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(type).body(file)
                .when().post("/api/v1/meetings/" + meeting + "/attendee-imports").then();
    }

    private static ValidatableResponse awaitDone(String meeting, String job) {
        await().atMost(TestWaits.DEADLINE).until(() -> List.of("SUCCEEDED", "FAILED").contains(
                given().auth().oauth2(Fixtures.organizer())
                        .when().get("/api/v1/meetings/" + meeting + "/attendee-imports/" + job)
                        .then().extract().<String>path("status")));
        return given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendee-imports/" + job).then().statusCode(200);
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("名册");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
