package io.huiwu.registration.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.registration.service.RosterImportService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RosterImportTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RosterImportService imports;

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
            int last = sheet.getRow(0).getLastCellNum() - 1;
            assertEquals("核对状态", sheet.getRow(0).getCell(last).getStringCellValue());
            assertEquals("未核对", sheet.getRow(3).getCell(last).getStringCellValue());
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
    void anUploadSentAgainWithItsIdempotencyKeyIsOneImport() {
        String meeting = Fixtures.meeting("重复上传测试会议");
        byte[] csv = "姓名,性别,类别\r\n王芳,女,出席\r\n李强,男,出席\r\n".getBytes(StandardCharsets.UTF_8);
        String key = "roster-upload-" + meeting;
        String job = given().auth().oauth2(Fixtures.organizer()).contentType("text/csv").header("Idempotency-Key", key)
                .body(csv).when().post("/api/v1/meetings/" + meeting + "/attendee-imports")
                .then().statusCode(202).extract().path("id");
        awaitDone(meeting, job).body("status", equalTo("SUCCEEDED"));
        // the connection dropped before the answer came: the same upload again
        given().auth().oauth2(Fixtures.organizer()).contentType("text/csv").header("Idempotency-Key", key)
                .body(csv).when().post("/api/v1/meetings/" + meeting + "/attendee-imports")
                .then().statusCode(202).header("Idempotent-Replayed", "true").body("id", equalTo(job))
                .header("Location", containsString(job));
        // another file under the same key is a mistake, not a retry
        given().auth().oauth2(Fixtures.organizer()).contentType("text/csv").header("Idempotency-Key", key)
                .body("姓名,性别,类别\r\n赵磊,男,出席\r\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/meetings/" + meeting + "/attendee-imports")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("total", equalTo(2)).body("items.name", containsInAnyOrder("王芳", "李强"));
    }

    @Test
    void aStartingInstanceFailsOnlyTheJobsNoInstanceIsRunning() throws Exception {
        String meeting = Fixtures.meeting("导入任务接管测试会议");
        UUID elsewhere = UUID.randomUUID();
        UUID abandoned = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            for (UUID job : List.of(elsewhere, abandoned)) {
                try (PreparedStatement insert = connection.prepareStatement("insert into import_job (id, meeting_id,"
                        + " format, status, total_rows, processed_rows, imported, created_by, created_at)"
                        + " values (?, ?::uuid, 'CSV', 'RUNNING', 10, 5, 0, 'test', now())")) {
                    insert.setObject(1, job);
                    insert.setString(2, meeting);
                    insert.executeUpdate();
                }
            }
            // another instance is running the first job: it holds the job's lock
            try (Connection other = dataSource.getConnection();
                    PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?, ?)")) {
                lock.setInt(1, 0x1A0B);
                lock.setInt(2, elsewhere.hashCode());
                lock.execute();
                assertEquals(1, imports.failInterruptedJobs());
                statusOf(meeting, elsewhere).body("status", equalTo("RUNNING"));
                statusOf(meeting, abandoned).body("status", equalTo("FAILED"))
                        .body("errors[0].message", containsString("restarted"));
                try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock_all()")) {
                    unlock.execute();
                }
            }
            assertEquals(1, imports.failInterruptedJobs());
            statusOf(meeting, elsewhere).body("status", equalTo("FAILED"));
        }
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

    @Test
    void theRosterFieldsAndPrincipalsAreImportedAndExported() throws Exception {
        String meeting = Fixtures.meeting("字段导入会议");
        String onRoster = given().auth().oauth2(Fixtures.organizer()).contentType("application/json")
                .body("{\"name\":\"吴刚\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\",\"idNumber\":\""
                        + "110105198001010016\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201).extract().path("id");
        byte[] file = xlsx(List.of(
                List.of("姓名", "性别", "类别", "代表团", "证件类型", "身份证号", "民族", "界别", "党派", "职级", "团内职务",
                        "随行对象", "饮食", "无障碍需求", "健康需求"),
                // a 随行 row may come before its principal's
                List.of("司机小马", "男", "随行", "", "", "", "1", "", "群众", "", "", "第3行", "清真", "", ""),
                List.of("马明", "女", "出席", "民族团", "", "11010519491231002X", "回族", "少数民族界", "民盟", "正厅级",
                        "团长", "", "清真、不吃海鲜", "轮椅", "高血压"),
                List.of("家属", "女", "随行", "", "", "", "汉", "", "", "", "", "110105198001010016", "", "", ""),
                List.of("Anna Smith", "女", "特邀", "", "护照", "E12345678", "98", "", "无党派人士", "", "", "", "无",
                        "", "")));
        String job = upload(meeting, file, XLSX).statusCode(202).extract().path("id");
        awaitDone(meeting, job).body("status", equalTo("SUCCEEDED")).body("imported", equalTo(4));

        String principal = idOf(meeting, "马明");
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + principal)
                .then().body("ethnicity", equalTo("03")).body("sector", equalTo("少数民族界"))
                .body("party", equalTo("CDL")).body("grade", equalTo("BUREAU_FULL"))
                .body("delegationRole", equalTo("LEADER")).body("diet", contains("HALAL", "NO_SEAFOOD"))
                .body("accessibilityNeeds", equalTo("轮椅")).body("healthNeeds", equalTo("高血压"))
                .body("idType", equalTo("MAINLAND_ID"));
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + idOf(meeting, "司机小马"))
                .then().body("principalId", equalTo(principal)).body("ethnicity", equalTo("01"))
                .body("party", equalTo("MASSES")).body("category", equalTo("ACCOMPANYING"));
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + idOf(meeting, "家属"))
                .then().body("principalId", equalTo(onRoster));
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + idOf(meeting, "Anna Smith"))
                .then().body("idType", equalTo("PASSPORT")).body("idNumber", equalTo("E12345678"))
                .body("diet", org.hamcrest.Matchers.empty()).body("party", equalTo("NON_PARTY"));

        byte[] export = given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/export?sort=pinyin")
                .then().statusCode(200).extract().asByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                columns.put(sheet.getRow(0).getCell(c).getStringCellValue(), c);
            }
            assertTrue(columns.keySet().containsAll(List.of("证件类型", "民族", "界别", "党派", "职级", "团内职务", "随行对象",
                    "饮食", "无障碍需求", "健康需求")), columns.toString());
            Map<String, Row> byName = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                byName.put(sheet.getRow(r).getCell(1).getStringCellValue(), sheet.getRow(r));
            }
            Row ma = byName.get("马明");
            assertEquals("回族", ma.getCell(columns.get("民族")).getStringCellValue());
            assertEquals("中国民主同盟", ma.getCell(columns.get("党派")).getStringCellValue());
            assertEquals("厅局级正职", ma.getCell(columns.get("职级")).getStringCellValue());
            assertEquals("团长", ma.getCell(columns.get("团内职务")).getStringCellValue());
            assertEquals("清真、不吃海鲜", ma.getCell(columns.get("饮食")).getStringCellValue());
            assertEquals("高血压", ma.getCell(columns.get("健康需求")).getStringCellValue());
            assertEquals("居民身份证", ma.getCell(columns.get("证件类型")).getStringCellValue());
            // a principal is named by the row the spreadsheet shows
            assertEquals("第" + (ma.getRowNum() + 1) + "行",
                    byName.get("司机小马").getCell(columns.get("随行对象")).getStringCellValue());
            assertEquals("第" + (byName.get("吴刚").getRowNum() + 1) + "行",
                    byName.get("家属").getCell(columns.get("随行对象")).getStringCellValue());
        }
    }

    @Test
    void badRosterFieldsRefuseTheWholeFileNamingRowAndColumn() {
        String meeting = Fixtures.meeting("字段导入失败会议");
        String csv = """
                姓名,性别,类别,民族,党派,随行对象,身份证号,饮食
                李明,男,出席,火星族,,,,
                赵四,男,出席,汉族,国民党,,,
                司机,男,随行,汉族,,第20行,,
                家属,女,随行,汉族,,,,
                钱五,男,出席,汉族,,第2行,,
                孙六,男,出席,汉族,,,110105194912310021,
                周七,男,出席,汉族,,,,麻辣
                吴八,男,出席,02,民进,,,素食
                """;
        String job = upload(meeting, csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(202)
                .extract().path("id");
        awaitDone(meeting, job).body("status", equalTo("FAILED")).body("imported", equalTo(0))
                .body("errors.row", contains(2, 3, 4, 5, 6, 7, 8))
                .body("errors.field", contains("ethnicity", "party", "principalId", "principalId", "principalId",
                        "idNumber", "diet"))
                .body("errors[0].message", containsString("火星族"))
                .body("errors[0].message", containsString("GB/T 3304"))
                .body("errors[2].message", containsString("row 20"))
                .body("errors[5].message", containsString("check"))
                .body("errors[5].message", not(containsString("110105")));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("total", equalTo(0));
    }

    private static String idOf(String meeting, String name) {
        return given().auth().oauth2(Fixtures.organizer()).queryParam("q", name)
                .when().get("/api/v1/meetings/" + meeting + "/attendees").then().body("total", equalTo(1))
                .extract().path("items[0].id");
    }

    private static ValidatableResponse statusOf(String meeting, UUID job) {
        return given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendee-imports/" + job).then().statusCode(200);
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
