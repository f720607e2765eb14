package io.huiwu.venue.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Venues, halls and rooms changed field by field and deleted; a hall or room a session names, or one with a
 * published seat map, is not deleted, and the refusal names what uses it.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class VenueChangeTest {

    private static final LocalDate DAY = LocalDate.of(2030, 10, 8);

    @Inject
    AgroalDataSource database;

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON);
    }

    private static String create(String path, String body) {
        return as("venue").body(body).when().post(path).then().statusCode(201).extract().path("id");
    }

    @Test
    void aPatchChangesOnlyTheFieldsSent() throws Exception {
        UUID meeting = Meetings.meeting("场馆修改会议", DAY, DAY, database);
        String venues = "/api/v1/meetings/" + meeting + "/venues";
        String venue = create(venues, "{\"name\":\"京西宾馆\",\"address\":\"羊坊店路9号\"}");
        create(venues, "{\"name\":\"友谊宾馆\"}");
        String spaces = venues + "/" + venue + "/spaces";
        String room = create(spaces, "{\"kind\":\"ROOM\",\"name\":\"第一会议室\",\"floor\":2,\"capacity\":40,"
                + "\"equipment\":[\"投影仪\"]}");
        create(spaces, "{\"kind\":\"ROOM\",\"name\":\"第二会议室\",\"capacity\":20}");

        as("organizer").header("If-Match", "\"0\"").body("{\"address\":\"海淀区羊坊店路9号\"}").when()
                .patch(venues + "/" + venue).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("京西宾馆")).body("address", equalTo("海淀区羊坊店路9号"));
        as("venue").body("{\"name\":\"京西宾馆（主会场）\",\"address\":\"\"}").when().patch(venues + "/" + venue)
                .then().statusCode(200).body("name", equalTo("京西宾馆（主会场）")).body("address", nullValue());
        assertEquals(1, Rows.count(database, "select count(*) from venue where id = ? and name = '京西宾馆（主会场）'"
                + " and address is null and version = 2", UUID.fromString(venue)));

        as("venue").body("{\"capacity\":36}").when().patch(spaces + "/" + room).then().statusCode(200)
                .body("name", equalTo("第一会议室")).body("floor", equalTo(2)).body("capacity", equalTo(36))
                .body("equipment", contains("投影仪")).body("kind", equalTo("ROOM"));
        as("venue").body("{\"name\":\"贵宾室\",\"equipment\":[\"投影仪\",\"话筒\"]}").when()
                .patch(spaces + "/" + room).then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("贵宾室")).body("capacity", equalTo(36))
                .body("equipment", contains("投影仪", "话筒"));

        // refused, changing nothing
        Meetings.expectProblem(as("venue").body("{\"name\":\"友谊宾馆\"}").when().patch(venues + "/" + venue)
                .then(), 409, "name", "友谊宾馆");
        Meetings.expectProblem(as("venue").body("{\"name\":\"第二会议室\"}").when().patch(spaces + "/" + room)
                .then(), 409, "name", "第二会议室");
        Meetings.expectProblem(as("venue").body("{\"capacity\":0}").when().patch(spaces + "/" + room).then(), 400,
                "capacity", "");
        Meetings.expectProblem(as("venue").body("{\"name\":\"  \"}").when().patch(spaces + "/" + room).then(), 400,
                "name", "");
        as("venue").header("If-Match", "\"0\"").body("{\"capacity\":30}").when().patch(spaces + "/" + room)
                .then().statusCode(412);
        as("registrar").body("{\"capacity\":30}").when().patch(spaces + "/" + room).then().statusCode(403);
        as("venue").body("{\"capacity\":30}").when().patch(spaces + "/" + UUID.randomUUID()).then()
                .statusCode(404);
        assertEquals(1, Rows.count(database, "select count(*) from venue_space where id = ? and name = '贵宾室'"
                + " and capacity = 36 and version = 2", UUID.fromString(room)));
    }

    @Test
    void aHallOrRoomInUseIsNotDeletedAndTheRefusalNamesWhatUsesIt() throws Exception {
        UUID meeting = Meetings.meeting("场馆删除会议", DAY, DAY, database);
        String venues = "/api/v1/meetings/" + meeting + "/venues";
        String venue = create(venues, "{\"name\":\"会议中心\"}");
        String spaces = venues + "/" + venue + "/spaces";
        String room = create(spaces, "{\"kind\":\"ROOM\",\"name\":\"第三会议室\",\"capacity\":30}");
        String hall = create(spaces, "{\"kind\":\"HALL\",\"name\":\"大会堂\",\"capacity\":24}");
        String spare = create(spaces, "{\"kind\":\"HALL\",\"name\":\"小礼堂\",\"capacity\":24}");
        String map = spaces + "/" + hall + "/seat-map";
        String grid = "{\"floors\":[{\"floor\":1,\"blocks\":[{\"code\":\"A\",\"rows\":3,\"seatsPerRow\":8}]}]}";
        as("venue").body(grid).when().put(map + "/draft").then().statusCode(201);
        as("venue").header("If-Match", "\"0\"").when().post(map + "/draft/publish").then().statusCode(200);
        // a draft alone goes with its hall
        as("venue").body(grid).when().put(spaces + "/" + spare + "/seat-map/draft").then().statusCode(201);
        String session = as("venue").body(ScheduleTest.body("GROUP", "分组审议", "2030-10-08T09:00:00+08:00",
                "2030-10-08T11:00:00+08:00", null, "[]").replace("\"place\":null", "\"spaceId\":\"" + room + "\""))
                .when().post("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(201).extract().path("id");

        Meetings.expectProblem(as("venue").when().delete(spaces + "/" + room).then(), 409, "sessionId", session);
        Meetings.expectProblem(as("venue").when().delete(spaces + "/" + hall).then(), 409, "spaceId",
                "published seat map");
        Meetings.expectProblem(as("venue").when().delete(venues + "/" + venue).then(), 409, null, "");
        assertEquals(3, Rows.count(database, "select count(*) from venue_space where venue_id = ?",
                UUID.fromString(venue)));
        // a cancelled session still names its place: the schedule keeps it
        as("venue").header("If-Match", "\"0\"").when().delete("/api/v1/meetings/" + meeting + "/sessions/"
                + session).then().statusCode(204);
        Meetings.expectProblem(as("venue").when().delete(spaces + "/" + room).then(), 409, "sessionId", session);

        as("registrar").when().delete(spaces + "/" + spare).then().statusCode(403);
        as("venue").when().delete(spaces + "/" + spare).then().statusCode(204);
        assertEquals(0, Rows.count(database, "select count(*) from seat_map where hall_id = ?",
                UUID.fromString(spare)));
        as("venue").when().get(spaces + "/" + spare).then().statusCode(404);
        as("venue").when().delete(spaces + "/" + spare).then().statusCode(404);

        // a venue whose halls and rooms are all free goes with them
        String other = create(venues, "{\"name\":\"新闻中心\"}");
        String press = create(venues + "/" + other + "/spaces", "{\"kind\":\"ROOM\",\"name\":\"发布厅\",\"capacity\":80}");
        as("organizer").when().delete(venues + "/" + other).then().statusCode(204);
        assertEquals(0, Rows.count(database, "select count(*) from venue_space where id = ?", UUID.fromString(press)));
        as("venue").when().get(venues + "/" + other).then().statusCode(404);
        as("venue").when().get(venues).then().statusCode(200).body("items.name", contains("会议中心"));
    }
}
