package io.huiwu.logistics.lodging;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.logistics.service.RoomingSheets;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.building;
import static io.huiwu.logistics.lodging.LodgingFixtures.floor;
import static io.huiwu.logistics.lodging.LodgingFixtures.hotel;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.lodging.LodgingFixtures.person;
import static io.huiwu.logistics.lodging.LodgingFixtures.room;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Room blocks: set whole per hotel, validated, and read against the rooms the stays use. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RoomBlockTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBlockIsReadAgainstTheRoomsUsedPerNightAndAnOverBlockIsFlagged() throws SQLException, IOException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        StayNightsTest.meetingUpdated(meeting, 1, "2027-05-10", "2027-05-12");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base + "/lodging/settings").then()
                .statusCode(200).body("meetingStart", equalTo("2027-05-10")));
        String youyi = hotel(meeting, "友谊宾馆");
        String floorA = floor(meeting, building(meeting, youyi, "贵宾楼"), 1);
        String twin1 = room(meeting, floorA, "101", "TWIN", 2);
        String twin2 = room(meeting, floorA, "102", "TWIN", 2);
        room(meeting, floorA, "103", "SINGLE", 1);
        String xiyuan = hotel(meeting, "西苑饭店");
        String twinB = room(meeting, floor(meeting, building(meeting, xiyuan, "主楼"), 2), "201", "TWIN", 2);

        // the whole block, the first time without If-Match
        Map<String, Object> block = Map.of("releaseDate", "2027-04-30", "rateNote", "协议价 480 元/间·夜",
                "nights", List.of(night("2027-05-10", "TWIN", 1), night("2027-05-11", "TWIN", 1),
                        night("2027-05-10", "SINGLE", 1)));
        String etag = logistics().body(block).put(base + "/room-blocks/" + youyi).then().statusCode(200)
                .body("hotel", equalTo("友谊宾馆")).body("nights.size()", equalTo(3))
                .body("nights[0].roomType", equalTo("SINGLE")).body("rateNote", equalTo("协议价 480 元/间·夜"))
                .extract().header("ETag");
        logistics().body(block).put(base + "/room-blocks/" + youyi).then().statusCode(428);
        logistics().header("If-Match", "\"9\"").body(block).put(base + "/room-blocks/" + youyi).then()
                .statusCode(412);
        String second = logistics().header("If-Match", etag).body(block).put(base + "/room-blocks/" + youyi)
                .then().statusCode(200).extract().header("ETag");
        logistics().get(base + "/room-blocks/" + youyi).then().statusCode(200).header("ETag", equalTo(second))
                .body("releaseDate", equalTo("2027-04-30")).body("nights[2].night", equalTo("2027-05-11"));
        logistics().get(base + "/room-blocks/" + xiyuan).then().statusCode(404);

        // bad input names the field and changes nothing
        logistics().body(Map.of("nights", List.of(night("2027-05-12", "TWIN", 1)))).put(base + "/room-blocks/"
                + xiyuan).then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("nights[0].night"));
        logistics().body(Map.of("nights", List.of(night("2027-05-10", "TWIN", 1), night("2027-05-10", "TWIN", 2))))
                .put(base + "/room-blocks/" + xiyuan).then().statusCode(400)
                .body("errors.field", hasItem("nights[1].night"));
        logistics().body(Map.of("nights", List.of(night("2027-05-10", "TWIN", -1)))).put(base + "/room-blocks/"
                + xiyuan).then().statusCode(400).body("errors.field", hasItem(containsString("rooms")));
        logistics().body(Map.of("nights", List.of(night("2027-05-10", "PENTHOUSE", 1)))).put(base
                + "/room-blocks/" + xiyuan).then().statusCode(400);
        logistics().body(Map.of("nights", List.of())).put(base + "/room-blocks/" + UUID.randomUUID()).then()
                .statusCode(404);
        assertEquals("3", text("select count(*) from room_block_night where meeting_id = '" + meeting + "'"));
        assertEquals("0", text("select count(*) from room_block where hotel_id = '" + xiyuan + "'"));

        // two men share 101, a third has 102, a fourth 201 at a hotel without a block: all on the meeting's nights
        UUID[] men = new UUID[4];
        for (int i = 0; i < men.length; i++) {
            men[i] = person(meeting, "代表" + i, "MALE", "ATTENDEE", "朝阳区代表团", "COUNTY_FULL", 7);
        }
        awaitRoster(meeting, 4);
        bed(base, men[0], twin1);
        bed(base, men[1], twin1);
        bed(base, men[2], twin2);
        bed(base, men[3], twinB);

        logistics().get(base + "/room-blocks").then().statusCode(200)
                .body("lines.size()", equalTo(5)).body("undatedStays", equalTo(0))
                .body("lines[0].night", equalTo("2027-05-10")).body("lines[0].hotel", equalTo("友谊宾馆"))
                .body("lines[0].roomType", equalTo("SINGLE")).body("lines[0].free", equalTo(1))
                .body("lines[0].overBlock", equalTo(false))
                .body("lines[1].roomType", equalTo("TWIN")).body("lines[1].blocked", equalTo(1))
                .body("lines[1].used", equalTo(2)).body("lines[1].over", equalTo(1))
                .body("lines[1].overBlock", equalTo(true))
                .body("lines[2].hotel", equalTo("西苑饭店")).body("lines[2].blocked", equalTo(0))
                .body("lines[2].overBlock", equalTo(true))
                .body("totals.size()", equalTo(2)).body("totals[0].blocked", equalTo(2))
                .body("totals[0].used", equalTo(3)).body("totals[0].free", equalTo(1))
                .body("totals[0].over", equalTo(2)).body("totals[0].overBlock", equalTo(true));

        // one hotel, one night; the stay in 102 cancelled: the block holds again
        logistics().post(base + "/lodging/stays/" + men[2] + "/cancel").then().statusCode(200);
        logistics().queryParam("hotelId", youyi).queryParam("night", "2027-05-11").get(base + "/room-blocks")
                .then().statusCode(200).body("lines.size()", equalTo(1)).body("lines[0].used", equalTo(1))
                .body("lines[0].free", equalTo(0)).body("lines[0].overBlock", equalTo(false))
                .body("totals[0].overBlock", equalTo(false));
        logistics().queryParam("night", "tomorrow").get(base + "/room-blocks").then().statusCode(400);

        // the rooming list carries the block against use
        byte[] xlsx = logistics().get(base + "/hotels/" + youyi + "/rooming-list.xlsx").then().statusCode(200)
                .extract().asByteArray();
        List<List<String>> sheet = blockSheet(xlsx);
        assertEquals(List.of("日期 Night", "房型 Type", "预订 Blocked", "已用 Used", "剩余 Free", "超出 Over",
                "超订 Over-block"), sheet.get(0));
        assertEquals(List.of("2027-05-10", "SINGLE", "1", "0", "1", "0", ""), sheet.get(1));
        assertEquals(List.of("2027-05-10", "TWIN", "1", "1", "0", "0", ""), sheet.get(2));
        assertEquals(4, sheet.size());
    }

    /**
     * Two members of staff set a hotel's first block at the same moment: both wait on the hotel, the first creates
     * the block and the second, finding it, is asked for its version (428), never an error of the database.
     */
    @Test
    void twoFirstBlocksAtOnceGiveOneBlockAndAPreconditionRequired() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "京西宾馆");
        Map<String, Object> block = Map.of("nights", List.of(night("2027-05-10", "TWIN", 2)));
        List<CompletableFuture<Integer>> puts = new ArrayList<>();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("select id from hotel where id = ? for update")) {
                lock.setObject(1, UUID.fromString(hotel));
                lock.executeQuery().close();
            }
            for (int i = 0; i < 2; i++) {
                puts.add(CompletableFuture.supplyAsync(() -> logistics().body(block)
                        .put(base + "/room-blocks/" + hotel).then().extract().statusCode()));
            }
            // both requests wait behind the hotel's row: neither has looked for the block yet
            await().atMost(TestWaits.DEADLINE).until(() -> Integer.parseInt(text("select count(*) from"
                    + " pg_stat_activity where wait_event_type = 'Lock' and query like '%from hotel%'")) == 2);
            holder.commit();
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> put : puts) {
            statuses.add(put.get(TestWaits.DEADLINE.toSeconds(), TimeUnit.SECONDS));
        }
        statuses.sort(null);
        assertEquals(List.of(200, 428), statuses);
        assertEquals("1", text("select count(*) from room_block_night where hotel_id = '" + hotel + "'"));
    }

    private static Map<String, Object> night(String night, String type, int rooms) {
        return Map.of("night", night, "roomType", type, "rooms", rooms);
    }

    private static void bed(String base, UUID attendee, String room) {
        logistics().body(Map.of("roomId", room)).put(base + "/lodging/assignments/" + attendee).then()
                .statusCode(200);
    }

    private static List<List<String>> blockSheet(byte[] bytes) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(RoomingSheets.BLOCK_SHEET);
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

    private String text(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
