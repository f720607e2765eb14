package io.huiwu.logistics.lodging;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stays: opened by a bed, nights changed field by field, cancelled and reinstated, and the history of beds. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class StayTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStayChangesOnlyTheFieldsGivenAndACancelledOneIsReinstatedWhenItsBedIsFree() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "国谊宾馆");
        String floor = floor(meeting, building(meeting, hotel, "东楼"), 6);
        String twin = room(meeting, floor, "601", "TWIN", 2);
        String single = room(meeting, floor, "602", "SINGLE", 1);
        UUID zhao = person(meeting, "赵一", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID qian = person(meeting, "钱二", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        awaitRoster(meeting, 2);

        logistics().get(base + "/lodging/stays/" + zhao).then().statusCode(404);
        logistics().body(Map.of("roomId", twin, "bed", 1)).put(base + "/lodging/assignments/" + zhao).then()
                .statusCode(200);
        logistics().get(base + "/lodging/stays/" + zhao).then().statusCode(200).body("status", equalTo("BOOKED"))
                .body("hotel", equalTo("国谊宾馆")).body("room", equalTo("601")).body("bed", equalTo(1))
                .body("delegation", equalTo("长安区代表团")).body("arrival", nullValue());

        // each PATCH changes only what it gives
        logistics().body(Map.of("arrival", "2027-03-04")).patch(base + "/lodging/stays/" + zhao).then()
                .statusCode(200).body("arrival", equalTo("2027-03-04")).body("departure", nullValue());
        logistics().body(Map.of("departure", "2027-03-11")).patch(base + "/lodging/stays/" + zhao).then()
                .statusCode(200).body("arrival", equalTo("2027-03-04")).body("nights", equalTo(7));
        logistics().body(Map.of("requests", "低楼层")).patch(base + "/lodging/stays/" + zhao).then()
                .statusCode(200).body("arrival", equalTo("2027-03-04")).body("departure", equalTo("2027-03-11"))
                .body("requests", equalTo("低楼层")).body("room", equalTo("601"));

        // a departure before the arrival names the field, and changes nothing
        logistics().body(Map.of("departure", "2027-03-03")).patch(base + "/lodging/stays/" + zhao).then()
                .statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("departure"));
        logistics().body(Map.of("arrival", "2027-03-12")).patch(base + "/lodging/stays/" + zhao).then()
                .statusCode(400).body("errors.field", hasItem("arrival"));
        logistics().body(Map.of("arrival", "2027-03-01", "departure", "2027-02-28"))
                .patch(base + "/lodging/stays/" + zhao).then().statusCode(400)
                .body("errors.field", hasItem("departure"));
        assertEquals("2027-03-04/2027-03-11", text("select arrival || '/' || departure from stay where attendee_id = '"
                + zhao + "'"));
        logistics().body(Map.of("arrival", "2027-03-04")).patch(base + "/lodging/stays/" + UUID.randomUUID())
                .then().statusCode(404);

        // cancelled: the bed is given up, the stay remembers it and its nights
        logistics().post(base + "/lodging/stays/" + zhao + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("room", equalTo("601")).body("nights", equalTo(7));
        logistics().post(base + "/lodging/stays/" + zhao + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertEquals(0, count("select count(*) from room_assignment where attendee_id = '" + zhao + "'"));

        // its bed taken: reinstating names who holds it and changes nothing
        logistics().body(Map.of("roomId", twin, "bed", 1)).put(base + "/lodging/assignments/" + qian).then()
                .statusCode(200);
        logistics().post(base + "/lodging/stays/" + zhao + "/reinstate").then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("detail", containsString("钱二"))
                .body("errors.field", hasItem("bed"));
        assertEquals("CANCELLED", text("select status from stay where attendee_id = '" + zhao + "'"));

        // the bed free again: the same bed back, with the nights it had
        logistics().body(Map.of("roomId", single)).put(base + "/lodging/assignments/" + qian).then().statusCode(200);
        logistics().post(base + "/lodging/stays/" + zhao + "/reinstate").then().statusCode(200)
                .body("status", equalTo("BOOKED")).body("room", equalTo("601")).body("bed", equalTo(1))
                .body("arrival", equalTo("2027-03-04")).body("requests", equalTo("低楼层"));
        logistics().get(base + "/lodging/assignments/" + zhao).then().statusCode(200).body("room", equalTo("601"))
                .body("pinned", equalTo(true));
        logistics().queryParam("status", "BOOKED").queryParam("hotelId", hotel).get(base + "/lodging/stays")
                .then().statusCode(200).body("total", equalTo(2)).body("items[0].name", equalTo("赵一"));

        logistics().get(base + "/lodging/assignments/" + zhao + "/history").then().statusCode(200)
                .body("items.change", equalTo(List.of("ASSIGNED", "UNASSIGNED", "REINSTATED")))
                .body("items.room", equalTo(List.of("601", "601", "601")));
        logistics().get(base + "/lodging/assignments/" + qian + "/history").then().statusCode(200)
                .body("items.change", equalTo(List.of("ASSIGNED", "MOVED"))).body("items[1].room", equalTo("602"));
        logistics().get(base + "/lodging/assignments/" + UUID.randomUUID() + "/history").then().statusCode(404);

        List<TopicEvents.Event> events = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents
                .inTestCluster().matching("logistics.lodging", e -> zhao.toString().equals(e.key())),
                found -> found.size() >= 3);
        assertEquals(List.of("room-assigned", "room-unassigned", "room-assigned"), events.stream()
                .map(TopicEvents.Event::type).toList());
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
