package io.huiwu.logistics.lodging;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.as;
import static io.huiwu.logistics.lodging.LodgingFixtures.building;
import static io.huiwu.logistics.lodging.LodgingFixtures.floor;
import static io.huiwu.logistics.lodging.LodgingFixtures.hotel;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.lodging.LodgingFixtures.room;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class LodgingInventoryTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void hotelsBuildingsFloorsAndRoomsAreBuiltAndCounted() throws SQLException {
        UUID meeting = meeting();
        String hotel = hotel(meeting, "京西宾馆");
        String building = building(meeting, hotel, "主楼");
        String floor = floor(meeting, building, 8);
        room(meeting, floor, "8012", "TWIN", 2);
        String single = room(meeting, floor, "8001", "SINGLE", 1);
        room(meeting, floor, "8088", "SUITE", 1);

        String base = "/api/v1/meetings/" + meeting;
        logistics().get(base + "/hotels/" + hotel).then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("京西宾馆")).body("buildings", equalTo(1)).body("rooms", equalTo(3))
                .body("beds", equalTo(4));
        logistics().queryParam("hotelId", hotel).get(base + "/rooms").then().statusCode(200)
                .body("total", equalTo(3)).body("items.number", equalTo(List.of("8001", "8012", "8088")))
                .body("items[0].hotel", equalTo("京西宾馆")).body("items[0].building", equalTo("主楼"))
                .body("items[0].floor", equalTo(8)).body("items[0].phone", equalTo("8001"));
        logistics().queryParam("type", "SUITE").get(base + "/rooms").then().statusCode(200)
                .body("items.number", equalTo(List.of("8088")));
        // a registrar reads the inventory but does not change it
        as("registrar").get(base + "/rooms/" + single).then().statusCode(200).body("type", equalTo("SINGLE"));
        as("registrar").body(Map.of("name", "友谊宾馆")).post(base + "/hotels").then().statusCode(403);

        logistics().header("If-Match", "\"0\"").body(Map.of("number", "8001", "type", "TWIN", "beds", 2))
                .put(base + "/rooms/" + single).then().statusCode(200).header("ETag", "\"1\"")
                .body("beds", equalTo(2)).body("phone", equalTo(null));
        assertEquals(5, count("select sum(beds) from room where hotel_id = '" + hotel + "'"));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "友谊宾馆");
        String floor = floor(meeting, building(meeting, hotel, "一号楼"), 3);
        String room = room(meeting, floor, "301", "TWIN", 2);

        logistics().body(Map.of("name", " ")).post(base + "/hotels").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors.field", hasItem("name"));
        logistics().body(Map.of("name", "友谊宾馆")).post(base + "/hotels").then().statusCode(409)
                .body("errors.field", hasItem("name"));
        logistics().body(Map.of("name", "新宾馆", "phone", "call me")).post(base + "/hotels").then().statusCode(400)
                .body("errors.field", hasItem("phone"));
        logistics().body(Map.of("number", "302", "type", "SINGLE", "beds", 2)).post(base + "/floors/" + floor
                + "/rooms").then().statusCode(400).body("errors.field", hasItem("beds"));
        logistics().body(Map.of("number", "303", "type", "TWIN", "beds", 9)).post(base + "/floors/" + floor
                + "/rooms").then().statusCode(400).body("errors.field", hasItem("beds"));
        logistics().body(Map.of("number", "304", "type", "DORMITORY", "beds", 2)).post(base + "/floors/" + floor
                + "/rooms").then().statusCode(400).body("errors.field", hasItem("type"));
        logistics().body(Map.of("number", "301", "type", "TWIN", "beds", 2)).post(base + "/floors/" + floor
                + "/rooms").then().statusCode(409).body("errors.field", hasItem("number"));
        logistics().body(Map.of("number", "305", "type", "TWIN", "beds", 2)).post(base + "/floors/"
                + UUID.randomUUID() + "/rooms").then().statusCode(404);
        logistics().body(Map.of("level", 3)).post(base + "/buildings/" + building(meeting, hotel, "二号楼")
                + "/floors").then().statusCode(201);
        logistics().header("If-Match", "\"7\"").body(Map.of("number", "301", "type", "TWIN", "beds", 3))
                .put(base + "/rooms/" + room).then().statusCode(412);
        logistics().body(Map.of("number", "301", "type", "TWIN", "beds", 3)).put(base + "/rooms/" + room).then()
                .statusCode(428);
        logistics().delete(base + "/hotels/" + hotel).then().statusCode(409);
        logistics().delete(base + "/floors/" + floor).then().statusCode(409);

        assertEquals(1, count("select count(*) from room where meeting_id = '" + meeting + "'"));
        assertEquals(2, count("select beds from room where id = '" + room + "'"));
        assertEquals(1, count("select count(*) from hotel where meeting_id = '" + meeting + "'"));
    }

    @Test
    void anEmptyPlaceIsRemovedFromTheRoomUp() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "会议中心宾馆");
        String building = building(meeting, hotel, "A 座");
        String floor = floor(meeting, building, 1);
        String room = room(meeting, floor, "101", "SINGLE", 1);
        logistics().delete(base + "/rooms/" + room).then().statusCode(204);
        logistics().delete(base + "/floors/" + floor).then().statusCode(204);
        logistics().delete(base + "/buildings/" + building).then().statusCode(204);
        logistics().delete(base + "/hotels/" + hotel).then().statusCode(204);
        logistics().get(base + "/hotels/" + hotel).then().statusCode(404);
        assertEquals(0, count("select count(*) from building where meeting_id = '" + meeting + "'"));
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
