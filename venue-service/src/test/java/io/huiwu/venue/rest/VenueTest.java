package io.huiwu.venue.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Venues with halls and rooms, a hall's seat map in published versions that never lose a blocked seat. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class VenueTest {

    private static final EventContract SESSION = EventContract.of(AsyncApiDocument.OWN, "Session");
    private static final LocalDate FIRST = LocalDate.of(2030, 3, 5);
    private static final LocalDate LAST = LocalDate.of(2030, 3, 11);
    /** Floor 1: blocks A (3 x 4), B (3 x 6), C (3 x 4); floor 2: one block of 2 x 10. */
    private static final String HALL = """
            {"floors":[{"floor":1,"blocks":[{"code":"A","rows":3,"seatsPerRow":4},
              {"code":"B","rows":3,"seatsPerRow":6},{"code":"C","rows":3,"seatsPerRow":4}]},
             {"floor":2,"blocks":[{"code":"A","rows":2,"seatsPerRow":10}]}],"rostrumRows":[7,9]}""";
    /** The same hall without its third row downstairs. */
    private static final String SMALLER = HALL.replace("\"rows\":3", "\"rows\":2");

    @Inject
    AgroalDataSource database;

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON);
    }

    private static String venue(UUID meeting) {
        return as("venue").body("{\"name\":\"京西宾馆\",\"address\":\"羊坊店路9号\"}")
                .when().post("/api/v1/meetings/" + meeting + "/venues").then().statusCode(201)
                .header("ETag", "\"0\"").body("name", equalTo("京西宾馆")).extract().path("id");
    }

    private static String space(UUID meeting, String venue, String kind, String name, int capacity) {
        return as("organizer").body("{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"floor\":1,\"capacity\":"
                        + capacity + ",\"equipment\":[\"投影仪\",\"同声传译\"]}")
                .when().post("/api/v1/meetings/" + meeting + "/venues/" + venue + "/spaces").then().statusCode(201)
                .body("kind", equalTo(kind)).body("equipment", contains("投影仪", "同声传译"))
                .extract().path("id");
    }

    @Test
    void venuesHaveHallsAndRoomsAndRefuseBadInput() throws Exception {
        UUID meeting = Meetings.meeting("场馆测试会议", FIRST, LAST, database);
        String venues = "/api/v1/meetings/" + meeting + "/venues";
        String venue = venue(meeting);
        String hall = space(meeting, venue, "HALL", "大礼堂", 82);
        space(meeting, venue, "ROOM", "第一会议室", 40);
        given().auth().oauth2(TestTokens.role("registrar")).when().get(venues + "/" + venue).then().statusCode(200)
                .body("spaces.name", contains("大礼堂", "第一会议室"))
                .body("spaces.capacity", contains(82, 40));
        given().auth().oauth2(TestTokens.role("registrar")).when().get(venues).then().statusCode(200)
                .body("total", equalTo(1)).body("items.name", contains("京西宾馆"));
        given().auth().oauth2(TestTokens.role("registrar")).when().get(venues + "/" + venue + "/spaces/" + hall)
                .then().statusCode(200).body("floor", equalTo(1));

        Meetings.expectProblem(as("venue").body("{\"name\":\"京西宾馆\"}").when().post(venues).then(), 409, "name",
                "already has a venue named 京西宾馆");
        Meetings.expectProblem(as("venue").body("{\"kind\":\"ROOM\",\"name\":\"第一会议室\",\"capacity\":10}")
                .when().post(venues + "/" + venue + "/spaces").then(), 409, "name", "第一会议室");
        Meetings.expectProblem(as("venue").body("{\"kind\":\"ROOM\",\"name\":\"小会议室\",\"capacity\":0}")
                .when().post(venues + "/" + venue + "/spaces").then(), 400, "capacity", "");
        Meetings.expectProblem(as("venue").body("{\"kind\":\"STADIUM\",\"name\":\"小会议室\",\"capacity\":10}")
                .when().post(venues + "/" + venue + "/spaces").then(), 400, "kind", "");
        Meetings.expectProblem(as("venue").body("{\"kind\":\"ROOM\",\"name\":\"小会议室\",\"capacity\":10,"
                + "\"equipment\":[\" \"]}").when().post(venues + "/" + venue + "/spaces").then(), 400,
                "equipment[0]", "");
        Meetings.expectProblem(as("venue").body("{\"name\":\"\"}").when().post(venues).then(), 400, "name", "");
        Meetings.expectProblem(as("venue").body("{\"kind\":\"ROOM\",\"name\":\"小会议室\",\"capacity\":10}")
                .when().post(venues + "/" + UUID.randomUUID() + "/spaces").then(), 404, null, "does not exist");
        Meetings.expectProblem(as("registrar").body("{\"name\":\"别处\"}").when().post(venues).then(), 403, null, "");
        assertEquals(1, Rows.count(database, "select count(*) from venue where meeting_id = ?", meeting));
        assertEquals(2, Rows.count(database, "select count(*) from venue_space where meeting_id = ?", meeting));
    }

    @Test
    void aSeatMapIsDraftedValidatedAndPublishedAndNeverLosesABlockedSeat() throws Exception {
        UUID meeting = Meetings.meeting("座位图测试会议", FIRST, LAST, database);
        String venue = venue(meeting);
        String hallId = space(meeting, venue, "HALL", "大礼堂", 82);
        String map = "/api/v1/meetings/" + meeting + "/venues/" + venue + "/spaces/" + hallId + "/seat-map";
        UUID hall = UUID.fromString(hallId);

        as("venue").body(HALL).when().put(map + "/draft").then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("number", nullValue())
                .body("seatCount", equalTo(62))
                .body("seats[0].id", equalTo("F1-R1-S1"))
                .body("seats[0].label", equalTo("一层 1排 1号"))
                .body("seats.find { it.id == 'F1-R3-S14' }.label", equalTo("一层 3排 14号"))
                .body("seats.find { it.id == 'F1-R3-S14' }.block", equalTo("C"))
                .body("seats[-1].label", equalTo("二层 2排 10号"))
                .body("aisles", hasSize(2)).body("aisles[0].leftBlock", equalTo("A"))
                .body("spec.rostrumRows", contains(7, 9));
        // a grid that gives a seat or a block twice names where, and changes nothing
        Meetings.expectProblem(as("venue").header("If-Match", "\"0\"").body(HALL.replace("\"code\":\"B\"",
                "\"code\":\"A\"")).when().put(map + "/draft").then(), 400, "floors[0].blocks[1].code",
                "block A is given twice");
        Meetings.expectProblem(as("venue").header("If-Match", "\"0\"").body(HALL.replace("{\"code\":\"B\",",
                "{\"code\":\"B\",\"firstSeat\":3,")).when().put(map + "/draft").then(), 400, "floors[0].blocks[1]",
                "F1-R1-S3");
        Meetings.expectProblem(as("venue").header("If-Match", "\"0\"").body(HALL.replace("\"rows\":2",
                "\"rows\":0")).when().put(map + "/draft").then(), 400, "floors[1].blocks[0].rows", "");
        Meetings.expectProblem(as("venue").body(SMALLER).when().put(map + "/draft").then(), 428, null, "If-Match");
        assertEquals(1, Rows.count(database, "select count(*) from seat_map where hall_id = ? and version = 0"
                + " and seat_count = 62", hall));

        Meetings.expectProblem(as("venue").when().post(map + "/draft/publish").then(), 428, null, "If-Match");
        as("venue").when().post(map + "/draft/validate").then().statusCode(200)
                .body("publishable", equalTo(true)).body("added", equalTo(62)).body("removed", equalTo(0))
                .body("warnings[0]", equalTo("The hall's capacity is 82 and the map has 62 seats"));
        as("venue").header("If-Match", "\"0\"").when().post(map + "/draft/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("number", equalTo(1));
        assertEquals(62, Rows.count(database, "select count(*) from seat_map_seat s join seat_map m"
                + " on m.id = s.map_id where m.hall_id = ? and m.number = 1", hall));
        given().auth().oauth2(TestTokens.role("registrar")).when().get(map).then().statusCode(200)
                .body("number", equalTo(1)).body("seats", hasSize(62));

        // blocking: only seats of the published map
        Meetings.expectProblem(as("venue").body("{\"seatIds\":[\"F1-R3-S5\",\"F9-R1-S1\"],\"reason\":\"摄像机位\"}")
                .when().post(map + "/blocks").then(), 400, "seatIds[1]", "F9-R1-S1 is not a seat of the published");
        assertEquals(0, Rows.count(database, "select count(*) from seat_block where hall_id = ?", hall));
        as("venue").body("{\"seatIds\":[\"F1-R3-S5\",\"F1-R3-S6\",\"F1-R1-S1\"],\"reason\":\"摄像机位\"}")
                .when().post(map + "/blocks").then().statusCode(200)
                .body("blocked.seatId", contains("F1-R1-S1", "F1-R3-S5", "F1-R3-S6"))
                .body("blocked.label", contains("一层 1排 1号", "一层 3排 5号", "一层 3排 6号"));
        given().auth().oauth2(TestTokens.role("registrar")).when().get(map + "/blocks").then().statusCode(200)
                .body("total", equalTo(3)).body("items[1].reason", equalTo("摄像机位"));
        given().auth().oauth2(TestTokens.role("registrar")).when().get(map).then().statusCode(200)
                .body("seats.find { it.id == 'F1-R3-S5' }.blocked", equalTo("摄像机位"))
                .body("seats.find { it.id == 'F1-R3-S4' }.blocked", nullValue());

        // a new version without the third row would lose two blocked seats: refused, naming them
        as("venue").body(SMALLER).when().put(map + "/draft").then().statusCode(201).header("ETag", "\"0\"")
                .body("seatCount", equalTo(48));
        as("venue").when().post(map + "/draft/validate").then().statusCode(200)
                .body("publishable", equalTo(false)).body("removed", equalTo(14))
                .body("heldSeatsLost", contains("F1-R3-S5", "F1-R3-S6"));
        Meetings.expectProblem(as("venue").header("If-Match", "\"0\"").when().post(map + "/draft/publish").then(),
                409, "seats", "would remove 2 seats that are blocked or assigned: F1-R3-S5 (一层 3排 5号),"
                        + " F1-R3-S6 (一层 3排 6号)");
        assertEquals(1, Rows.count(database, "select count(*) from seat_map where hall_id = ? and status ="
                + " 'PUBLISHED'", hall));
        given().auth().oauth2(TestTokens.role("venue")).when().delete(map + "/blocks/F1-R3-S5").then()
                .statusCode(204);
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).when().delete(map
                + "/blocks/F1-R3-S5").then(), 404, null, "does not exist");
        Meetings.expectProblem(as("venue").header("If-Match", "\"0\"").when().post(map + "/draft/publish").then(),
                409, "seats", "would remove 1 seats");
        given().auth().oauth2(TestTokens.role("venue")).when().delete(map + "/blocks/F1-R3-S6").then()
                .statusCode(204);
        as("venue").header("If-Match", "\"0\"").when().post(map + "/draft/publish").then().statusCode(200)
                .body("number", equalTo(2)).body("seats", hasSize(48))
                .body("seats.find { it.id == 'F1-R1-S1' }.blocked", equalTo("摄像机位"));
        given().auth().oauth2(TestTokens.role("registrar")).queryParam("version", "1").when().get(map).then()
                .statusCode(200).body("number", equalTo(1)).body("seats", hasSize(62));
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("registrar")).queryParam("version", "zero")
                .when().get(map).then(), 400, "version", "");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("registrar")).queryParam("version", "9")
                .when().get(map).then(), 404, null, "Version 9 of the seat map of hall 大礼堂 does not exist");
        Meetings.expectProblem(as("venue").when().get(map + "/draft").then(), 404, null, "does not exist");

        // a room has no seat map
        String room = space(meeting, venue, "ROOM", "第二会议室", 30);
        Meetings.expectProblem(as("venue").body(HALL).when().put("/api/v1/meetings/" + meeting + "/venues/" + venue
                + "/spaces/" + room + "/seat-map/draft").then(), 409, null, "is a room");
    }

    @Test
    void aSessionNamesItsHallOrRoomById() throws Exception {
        UUID meeting = Meetings.meeting("场馆日程测试会议", FIRST, LAST, database);
        String venue = venue(meeting);
        String hall = space(meeting, venue, "HALL", "大礼堂", 3000);
        String sessions = "/api/v1/meetings/" + meeting + "/sessions";
        String id = as("venue").body(session("开幕会", "09:00", "11:00", null, hall)).when().post(sessions).then()
                .statusCode(201).body("place", equalTo("大礼堂")).body("spaceId", equalTo(hall)).extract().path("id");
        TopicEvents.Event scheduled = ScheduleTest.awaitOne(e -> e.subject().equals(id)
                && e.type().equals("session-scheduled"));
        SESSION.assertValid(scheduled.data());
        assertEquals(hall, scheduled.data().path("spaceId").asText());
        // the same hall at an overlapping time, by id or by its name
        Meetings.expectProblem(as("venue").body(session("分组讨论", "10:00", "12:00", "主会场", hall)).when()
                .post(sessions).then(), 409, "place", "for session 开幕会 (" + id + ")");
        Meetings.expectProblem(as("venue").body(session("分组讨论", "10:00", "12:00", "大礼堂", null)).when()
                .post(sessions).then(), 409, "place", "for session 开幕会");
        Meetings.expectProblem(as("venue").body(session("分组讨论", "12:00", "13:00", null,
                UUID.randomUUID().toString())).when().post(sessions).then(), 400, "spaceId",
                "is not a hall or room of this meeting's venues");
        assertEquals(1, Rows.count(database, "select count(*) from venue_session where meeting_id = ?", meeting));
        // the plain place name still works
        as("venue").body(session("分组讨论", "12:00", "13:00", "第五会议室", null)).when().post(sessions).then()
                .statusCode(201).body("place", equalTo("第五会议室")).body("spaceId", nullValue());
    }

    private static String session(String name, String from, String to, String place, String spaceId) {
        return """
                {"kind":"PLENARY","name":"%s","startsAt":"2030-03-06T%s:00+08:00","endsAt":"2030-03-06T%s:00+08:00",
                 "place":%s,"spaceId":%s}
                """.formatted(name, from, to, place == null ? "null" : "\"" + place + "\"",
                spaceId == null ? "null" : "\"" + spaceId + "\"");
    }
}
