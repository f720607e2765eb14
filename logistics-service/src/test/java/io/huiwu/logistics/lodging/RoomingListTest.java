package io.huiwu.logistics.lodging;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.building;
import static io.huiwu.logistics.lodging.LodgingFixtures.floor;
import static io.huiwu.logistics.lodging.LodgingFixtures.hotel;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.lodging.LodgingFixtures.person;
import static io.huiwu.logistics.lodging.LodgingFixtures.room;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hotel's rooming list in its own layout, the versions sent and the change requests after them, the hotel's
 * confirmation numbers read back, and the door labels.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RoomingListTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theListFollowsTheHotelsLayoutAndAChangeAfterSendingIsAVersionedDiff() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "京西宾馆");
        String list = base + "/hotels/" + hotel + "/rooming-list";
        String floor = floor(meeting, building(meeting, hotel, "主楼"), 6);
        String twin = room(meeting, floor, "601", "TWIN", 2);
        String single = room(meeting, floor, "602", "SINGLE", 1);
        UUID zhao = person(meeting, "赵一", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID qian = person(meeting, "钱二", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID sun = person(meeting, "孙三", "FEMALE", "ATTENDEE", "雁塔区代表团", "COUNTY_FULL", 7);
        UUID li = person(meeting, "李四", "FEMALE", "ATTENDEE", "雁塔区代表团", "COUNTY_FULL", 7);
        awaitRoster(meeting, 4);
        place(base, zhao, twin, 1);
        place(base, qian, twin, 2);
        place(base, sun, single, 1);
        logistics().body(Map.of("arrival", "2027-03-04", "departure", "2027-03-11", "requests", "无烟房"))
                .patch(base + "/lodging/stays/" + zhao).then().statusCode(200);

        // the default layout: every field under its Chinese header; sharers of 601 in one group naming each other
        logistics().get(list + "/mapping").then().statusCode(200).body("saved", equalTo(false))
                .body("columns", hasSize(12)).body("columns[0].header", equalTo("房号"));
        List<List<String>> rows = sheet(logistics().get(list + ".xlsx").then().statusCode(200)
                .contentType(containsString(XLSX)).extract().asByteArray());
        assertEquals(List.of("房号", "房型", "同住组", "同住人", "姓名", "性别", "代表团", "入住日期", "离店日期", "间夜",
                "特殊需求", "确认号"), rows.get(0));
        assertEquals(4, rows.size());
        assertEquals(List.of("601", "双人间", "1", "钱二", "赵一", "男", "长安区代表团", "2027-03-04", "2027-03-11", "7",
                "无烟房", ""), rows.get(1));
        assertEquals(List.of("601", "双人间", "1", "赵一", "钱二"), rows.get(2).subList(0, 5));
        assertEquals(List.of("602", "单人间", "2", "", "孙三", "女"), rows.get(3).subList(0, 6));

        // the hotel's own layout; a field twice, a header twice or no NAME column is refused and changes nothing
        List<Map<String, String>> layout = List.of(Map.of("field", "NAME", "header", "Guest Name"),
                Map.of("field", "ROOM", "header", "Room No."), Map.of("field", "SHARES_WITH", "header", "Sharer"),
                Map.of("field", "DEPARTURE", "header", "Departure"),
                Map.of("field", "CONFIRMATION", "header", "Conf. No."));
        logistics().body(Map.of("columns", layout)).put(list + "/mapping").then().statusCode(200)
                .body("saved", equalTo(true)).body("columns.header", equalTo(List.of("Guest Name", "Room No.",
                        "Sharer", "Departure", "Conf. No.")));
        logistics().body(Map.of("columns", List.of(Map.of("field", "NAME", "header", "A"),
                Map.of("field", "NAME", "header", "B")))).put(list + "/mapping").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("columns[1].field"));
        logistics().body(Map.of("columns", List.of(Map.of("field", "NAME", "header", "A"),
                Map.of("field", "ROOM", "header", "a")))).put(list + "/mapping").then().statusCode(400)
                .body("errors.field", hasItem("columns[1].header"));
        logistics().body(Map.of("columns", List.of(Map.of("field", "ROOM", "header", "Room"))))
                .put(list + "/mapping").then().statusCode(400).body("errors.field", hasItem("columns"));
        logistics().body(Map.of("columns", List.of(Map.of("field", "BED", "header", "Bed"))))
                .put(list + "/mapping").then().statusCode(400);
        logistics().get(list + "/mapping").then().statusCode(200).body("columns", hasSize(5));
        rows = sheet(logistics().get(list + ".xlsx").then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("Guest Name", "Room No.", "Sharer", "Departure", "Conf. No."), rows.get(0));
        assertEquals(List.of("赵一", "601", "钱二", "2027-03-11", ""), rows.get(1));
        logistics().get(base + "/hotels/" + UUID.randomUUID() + "/rooming-list.xlsx").then().statusCode(404);

        // sending records version 1; nothing changed since is no change request
        logistics().get(list + "/changes").then().statusCode(409);
        logistics().post(list + "/versions").then().statusCode(201).body("version", equalTo(1))
                .body("kind", equalTo("FULL")).body("guests", equalTo(3)).body("changes", nullValue());
        logistics().post(list + "/versions").then().statusCode(409);

        // after sending: 钱二 leaves a day earlier, 孙三 is cancelled, 李四 takes her room
        logistics().body(Map.of("departure", "2027-03-10")).patch(base + "/lodging/stays/" + qian).then()
                .statusCode(200);
        logistics().post(base + "/lodging/stays/" + sun + "/cancel").then().statusCode(200);
        place(base, li, single, 1);
        logistics().queryParam("since", 1).get(list + "/changes").then().statusCode(200)
                .body("since", equalTo(1)).body("sentAs", nullValue())
                .body("added.values.NAME", equalTo(List.of("李四")))
                .body("removed.values.NAME", equalTo(List.of("孙三")))
                .body("changed", hasSize(1)).body("changed[0].name", equalTo("钱二"))
                .body("changed[0].fields[0].field", equalTo("DEPARTURE"))
                .body("changed[0].fields[0].before", nullValue())
                .body("changed[0].fields[0].after", equalTo("2027-03-10"));
        logistics().post(list + "/versions").then().statusCode(201).body("version", equalTo(2))
                .body("kind", equalTo("CHANGES")).body("changes.added", hasSize(1))
                .body("changes.sentAs", equalTo(2));
        logistics().get(list + "/versions").then().statusCode(200).body("items.version", equalTo(List.of(1, 2)))
                .body("total", equalTo(2));
        logistics().get(list + "/changes").then().statusCode(200).body("since", equalTo(2))
                .body("added", hasSize(0)).body("removed", hasSize(0)).body("changed", hasSize(0));
        logistics().queryParam("since", 9).get(list + "/changes").then().statusCode(404);
        logistics().queryParam("since", 0).get(list + "/changes").then().statusCode(400);
        assertEquals(2, count("select count(*) from rooming_list_version where hotel_id = '" + hotel + "'"));
    }

    @Test
    void theHotelsConfirmationsAreReadBackAllOrNothingOrTheGoodRowsWhenAsked() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "友谊宾馆");
        String list = base + "/hotels/" + hotel + "/rooming-list";
        String floor = floor(meeting, building(meeting, hotel, "贵宾楼"), 3);
        String twin = room(meeting, floor, "301", "TWIN", 2);
        String single = room(meeting, floor, "302", "SINGLE", 1);
        UUID zhou = person(meeting, "周五", "MALE", "ATTENDEE", "碑林区代表团", "COUNTY_FULL", 7);
        UUID wu = person(meeting, "吴六", "MALE", "ATTENDEE", "碑林区代表团", "COUNTY_FULL", 7);
        UUID zheng = person(meeting, "郑七", "FEMALE", "ATTENDEE", "碑林区代表团", "COUNTY_FULL", 7);
        awaitRoster(meeting, 3);
        place(base, zhou, twin, 1);
        place(base, wu, twin, 2);
        place(base, zheng, single, 1);
        logistics().body(Map.of("columns", List.of(Map.of("field", "ROOM", "header", "Room"),
                Map.of("field", "NAME", "header", "Guest"), Map.of("field", "CONFIRMATION", "header", "Conf"))))
                .put(list + "/mapping").then().statusCode(200);

        // row 3 repeats row 2's number, row 4 is nobody staying here, row 5 has the wrong room
        byte[] wrong = workbook(List.of("Room", "Guest", "Conf"), List.of("301", "周五", "HX-1001"),
                List.of("301", "吴六", "HX-1001"), List.of("301", "王八", "HX-1003"), List.of("301", "郑七", "HX-1004"),
                List.of("302", "", ""));
        upload(list, wrong, false, null).statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("row 3 Conf", "row 4 Guest", "row 5 Room"))
                .body("errors.find { it.field == 'row 3 Conf' }.message", containsString("DUPLICATE_CONFIRMATION"))
                .body("errors.find { it.field == 'row 4 Guest' }.message", containsString("UNKNOWN_GUEST"))
                .body("errors.find { it.field == 'row 5 Room' }.message", containsString("ROOM_MISMATCH"));
        assertEquals(0, count("select count(*) from stay where hotel_id = '" + hotel
                + "' and confirmation_number is not null"));

        // partial: the good row is applied, the others answered; the same key replays the answer
        String key = UUID.randomUUID().toString();
        upload(list, wrong, true, key).statusCode(200).body("applied", equalTo(1))
                .body("errors.row", equalTo(List.of(3, 4, 5)))
                .body("errors.column", equalTo(List.of("Conf", "Guest", "Room")))
                .body("errors.code", equalTo(List.of("DUPLICATE_CONFIRMATION", "UNKNOWN_GUEST", "ROOM_MISMATCH")));
        upload(list, wrong, true, key).statusCode(200).body("applied", equalTo(1)).body("errors", hasSize(3));
        assertEquals("HX-1001", text("select confirmation_number from stay where attendee_id = '" + zhou + "'"));
        assertEquals(1, count("select count(*) from stay where hotel_id = '" + hotel
                + "' and confirmation_number is not null"));

        // the corrected file: 周五 already has his, the other two get theirs; a number of another guest is refused
        byte[] right = workbook(List.of("Room", "Guest", "Conf"), List.of("301", "周五", "HX-1001"),
                List.of("301", "吴六", "HX-1002"), List.of("302", "郑七", "HX-1004"));
        upload(list, right, false, null).statusCode(200).body("applied", equalTo(2)).body("unchanged", equalTo(1))
                .body("errors", hasSize(0));
        logistics().get(base + "/lodging/stays/" + zheng).then().body("confirmationNumber", equalTo("HX-1004"));
        upload(list, workbook(List.of("Guest", "Conf"), List.of("吴六", "HX-1004")), false, null).statusCode(400)
                .body("errors[0].message", containsString("郑七"));
        assertEquals("HX-1002", text("select confirmation_number from stay where attendee_id = '" + wu + "'"));
        upload(list, "not a workbook".getBytes(), false, null).statusCode(400).body("errors.field", hasItem("file"));
        upload(list, workbook(List.of("Name", "Number"), List.of("吴六", "X")), false, null).statusCode(400)
                .body("errors.field", hasItem("file"));
    }

    @Test
    void doorLabelsNameTheOccupantsOfEachRoomInAnEmbeddedFont() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "北京饭店");
        String floor = floor(meeting, building(meeting, hotel, "C座"), 8);
        String twin = room(meeting, floor, "8012", "TWIN", 2);
        String single = room(meeting, floor, "8015", "SINGLE", 1);
        room(meeting, floor, "8016", "SINGLE", 1);
        UUID ma = person(meeting, "马建国", "MALE", "ATTENDEE", "新城区代表团", "COUNTY_FULL", 7);
        UUID niu = person(meeting, "牛卫东", "MALE", "ATTENDEE", "新城区代表团", "COUNTY_FULL", 7);
        UUID yang = person(meeting, "杨丽华", "FEMALE", "ATTENDEE", "莲湖区代表团", "COUNTY_FULL", 7);
        awaitRoster(meeting, 3);
        place(base, ma, twin, 1);
        place(base, niu, twin, 2);
        place(base, yang, single, 1);

        byte[] pdf = logistics().get(base + "/hotels/" + hotel + "/door-labels").then().statusCode(200)
                .contentType(containsString("application/pdf")).extract().asByteArray();
        Path folder = Files.createDirectories(Path.of("target", "lodging"));
        Files.write(folder.resolve("door-labels.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages(), "a page per room with anyone in it");
            List<PdfFonts.Font> fonts = PdfFonts.of(document);
            assertFalse(fonts.isEmpty());
            for (PdfFonts.Font font : fonts) {
                assertTrue(font.embedded(), font.name() + " is not embedded");
            }
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String first = text.getText(document);
            assertTrue(first.contains("8012") && first.contains("马建国") && first.contains("牛卫东")
                    && first.contains("新城区代表团") && first.contains("北京饭店"), first);
            text.setStartPage(2);
            text.setEndPage(2);
            String second = text.getText(document);
            assertTrue(second.contains("8015") && second.contains("杨丽华") && !second.contains("马建国"), second);
        }
        logistics().get(base + "/hotels/" + UUID.randomUUID() + "/door-labels").then().statusCode(404);
    }

    private static void place(String base, UUID attendee, String room, int bed) {
        logistics().body(Map.of("roomId", room, "bed", bed)).put(base + "/lodging/assignments/" + attendee).then()
                .statusCode(200);
    }

    private static ValidatableResponse upload(String list, byte[] file, boolean partial, String key) {
        var request = LodgingFixtures.logistics().contentType(XLSX).body(file);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.queryParam("partial", partial).post(list + "/confirmations").then();
    }

    @SafeVarargs
    private static byte[] workbook(List<String> header, List<String>... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Rooming");
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(List.of(rows));
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> sheet(byte[] bytes) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
