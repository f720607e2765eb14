package io.huiwu.venue.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.venue.print.Printed;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seat map given whole as a document: what the service serves with each version, edited and put back as a draft;
 * an irregular hall; the rules a document must keep, named by their path; the committed JSON Schema, which accepts
 * what the service serves and refuses what it refuses; and a document-made map published, seated and charted as a
 * grid-made one is.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SeatMapDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA_FILE = Path.of("src/main/resources/schemas/seat-map.schema.json");
    private static final LocalDate FIRST = LocalDate.of(2030, 9, 2);
    private static final LocalDate LAST = LocalDate.of(2030, 9, 5);
    private static final String GRID = """
            {"floors":[{"floor":1,"blocks":[{"code":"A","rows":2,"seatsPerRow":3},
              {"code":"B","rows":3,"seatsPerRow":4}]},
             {"floor":2,"blocks":[{"code":"A","firstRow":2,"rows":1,"seatsPerRow":5}]}],"rostrumRows":[5]}""";
    /**
     * Downstairs, stalls L and M: L's second row one seat longer than its first, M's first row without its seat 6;
     * upstairs a curved balcony row whose labels say so. Ids are the hall's own.
     */
    private static final String IRREGULAR = """
            {"floors":[
              {"floor":1,"blocks":[
                {"code":"L","zone":"池座","rows":[
                  {"row":1,"seats":[{"id":"L1-1","number":1,"label":"一层 1排 1号"},
                    {"id":"L1-2","number":2,"label":"一层 1排 2号"},{"id":"L1-3","number":3,"label":"一层 1排 3号"}]},
                  {"row":2,"seats":[{"id":"L2-1","number":1,"label":"一层 2排 1号"},
                    {"id":"L2-2","number":2,"label":"一层 2排 2号"},{"id":"L2-3","number":3,"label":"一层 2排 3号"},
                    {"id":"L2-4","number":4,"label":"一层 2排 4号"}]}]},
                {"code":"M","zone":"池座","rows":[
                  {"row":1,"seats":[{"id":"M1-5","number":5,"label":"一层 1排 5号"},
                    {"id":"M1-7","number":7,"label":"一层 1排 7号"},{"id":"M1-8","number":8,"label":"一层 1排 8号"}]},
                  {"row":2,"seats":[{"id":"M2-5","number":5,"label":"一层 2排 5号"},
                    {"id":"M2-6","number":6,"label":"一层 2排 6号"},{"id":"M2-7","number":7,"label":"一层 2排 7号"}]}]}]},
              {"floor":2,"blocks":[
                {"code":"楼A","zone":"楼座","rows":[
                  {"row":1,"seats":[{"id":"B1-1","number":1,"label":"二层 弧形 1排 1号"},
                    {"id":"B1-2","number":2,"label":"二层 弧形 1排 2号"},
                    {"id":"B1-3","number":3,"label":"二层 弧形 1排 3号"}]}]}]}],
             "rostrumRows":[3]}""";

    @Inject
    AgroalDataSource database;

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON);
    }

    /** A new meeting's hall and the path of its seat map. */
    private static String hall(UUID meeting, String name) {
        String venues = "/api/v1/meetings/" + meeting + "/venues";
        String venue = as("venue").body("{\"name\":\"会议中心\"}").when().post(venues).then().statusCode(201)
                .extract().path("id");
        String hall = as("venue").body("{\"kind\":\"HALL\",\"name\":\"" + name + "\",\"capacity\":19}")
                .when().post(venues + "/" + venue + "/spaces").then().statusCode(201).extract().path("id");
        return venues + "/" + venue + "/spaces/" + hall + "/seat-map";
    }

    private static JsonSchema committedSchema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Files.readString(SCHEMA_FILE)));
    }

    private static ObjectNode document(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    private static ObjectNode edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode document = document(IRREGULAR);
        edit.accept(document);
        return document;
    }

    private static ObjectNode seat(ObjectNode document, int floor, int block, int row, int seat) {
        return (ObjectNode) document.path("floors").path(floor).path("blocks").path(block).path("rows").path(row)
                .path("seats").path(seat);
    }

    @Test
    void theSchemaIsServedToAnyCallerAsCommitted() throws Exception {
        given().when().get("/api/v1/schemas/seat-map").then().statusCode(401);
        // an attendee of some meeting, with no staff role anywhere
        byte[] served = given().auth().oauth2(TestTokens.attendee(UUID.randomUUID(), UUID.randomUUID()))
                .when().get("/api/v1/schemas/seat-map").then().statusCode(200)
                .contentType(startsWith("application/schema+json")).extract().asByteArray();
        assertArrayEquals(Files.readAllBytes(SCHEMA_FILE), served);
        assertEquals("https://json-schema.org/draft/2020-12/schema", JSON.readTree(served).path("$schema").asText());
        // the API document points at it from the operation that takes a document
        JsonNode api = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        JsonNode body = api.path("paths")
                .path("/api/v1/meetings/{meetingId}/venues/{venueId}/spaces/{spaceId}/seat-map/draft/document")
                .path("put").path("requestBody");
        assertEquals("/api/v1/schemas/seat-map", body.path("x-json-schema").asText(), body.toString());
    }

    @Test
    void aServedMapIsADocumentThatGoesBackAsADraftAndTheSchemaAcceptsIt() throws Exception {
        UUID meeting = Meetings.meeting("座位图文档测试会议", FIRST, LAST, database);
        String map = hall(meeting, "第一礼堂");
        JsonSchema schema = committedSchema();
        JsonNode made = JSON.readTree(as("venue").body(GRID).when().put(map + "/draft").then().statusCode(201)
                .body("document.floors[0].blocks[1].rows", hasSize(3))
                .body("document.floors[0].blocks[1].rows[0].seats.id",
                        contains("F1-R1-S4", "F1-R1-S5", "F1-R1-S6", "F1-R1-S7"))
                .body("document.floors[1].blocks[0].rows[0].row", equalTo(2))
                .body("document.aisles[0].rightBlock", equalTo("B"))
                .body("document.rostrumRows", contains(5))
                .extract().asString());
        assertEquals(Set.of(), schema.validate(made.path("document")), "the draft's document");

        // the document, put back unchanged, is the same map: the same seats in the same order, now without a spec
        as("venue").header("If-Match", "\"0\"").body(made.path("document").toString())
                .when().put(map + "/draft/document").then().statusCode(200).header("ETag", "\"1\"")
                .body("spec", nullValue())
                .body("seatCount", equalTo(23))
                .body("seats", equalTo(JSON.convertValue(made.path("seats"), List.class)))
                .body("document", equalTo(JSON.convertValue(made.path("document"), java.util.Map.class)));
        assertEquals(1, Rows.count(database, "select count(*) from seat_map m join venue_space s on s.id = m.hall_id"
                + " where s.meeting_id = ? and m.spec is null and m.document is not null", meeting));
        as("venue").header("If-Match", "\"1\"").when().post(map + "/draft/publish").then().statusCode(200)
                .body("number", equalTo(1));
        JsonNode published = JSON.readTree(as("registrar").when().get(map).then().statusCode(200)
                .body("seats[0].label", equalTo("一层 1排 1号")).extract().asString());
        assertEquals(Set.of(), schema.validate(published.path("document")), "the published version's document");

        // edited: a seat added to the end of a row of the published map makes the next draft
        ObjectNode next = published.path("document").deepCopy();
        ((ArrayNode) next.path("floors").path(1).path("blocks").path(0).path("rows").path(0).path("seats"))
                .addObject().put("id", "F2-R2-S6").put("number", 6).put("label", "二层 2排 6号");
        as("venue").body(next.toString()).when().put(map + "/draft/document").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("seatCount", equalTo(24));
        as("venue").when().post(map + "/draft/validate").then().statusCode(200)
                .body("publishable", equalTo(true)).body("added", equalTo(1)).body("removed", equalTo(0));
    }

    @Test
    void anIrregularHallIsGivenAsADocumentAndABrokenOneIsRefusedByPath() throws Exception {
        UUID meeting = Meetings.meeting("异形会场测试会议", FIRST, LAST, database);
        String map = hall(meeting, "多功能厅");
        JsonSchema schema = committedSchema();
        assertEquals(Set.of(), schema.validate(document(IRREGULAR)));
        as("venue").body(IRREGULAR).when().put(map + "/draft/document").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("seatCount", equalTo(16))
                .body("seats.id", contains("L1-1", "L1-2", "L1-3", "M1-5", "M1-7", "M1-8", "L2-1", "L2-2", "L2-3",
                        "L2-4", "M2-5", "M2-6", "M2-7", "B1-1", "B1-2", "B1-3"))
                .body("seats.find { it.id == 'M1-7' }.block", equalTo("M"))
                .body("seats.find { it.id == 'B1-2' }.label", equalTo("二层 弧形 1排 2号"))
                .body("aisles", hasSize(1)).body("aisles[0].leftBlock", equalTo("L"))
                .body("document.floors[0].blocks[1].zone", equalTo("池座"));

        // each broken document names where, and leaves the draft as it was
        record Broken(ObjectNode document, String field, String detail, boolean schemaRefuses) {
        }
        List<Broken> broken = List.of(
                new Broken(edited(d -> seat(d, 0, 1, 1, 2).put("id", "L1-2")),
                        "floors[0].blocks[1].rows[1].seats[2].id", "L1-2", false),
                new Broken(edited(d -> seat(d, 0, 1, 0, 1).put("number", 5)),
                        "floors[0].blocks[1].rows[0].seats[1].number", "M1-5", false),
                new Broken(edited(d -> seat(d, 1, 0, 0, 2).remove("label")),
                        "floors[1].blocks[0].rows[0].seats[2].label", "", true),
                new Broken(edited(d -> seat(d, 1, 0, 0, 0).put("label", " ")),
                        "floors[1].blocks[0].rows[0].seats[0].label", "", true),
                new Broken(edited(d -> ((ObjectNode) d.path("floors").path(0).path("blocks").path(0).path("rows")
                        .path(1)).putArray("seats")), "floors[0].blocks[0].rows[1].seats", "", true),
                new Broken(edited(d -> ((ObjectNode) d.path("floors").path(0).path("blocks").path(0).path("rows")
                        .path(1)).put("row", 1)), "floors[0].blocks[0].rows[1].row", "row 1 is given twice", false),
                new Broken(edited(d -> ((ObjectNode) d.path("floors").path(0).path("blocks").path(1))
                        .put("code", "L")), "floors[0].blocks[1].code", "block L is given twice", false),
                new Broken(edited(d -> d.putArray("aisles").addObject().put("floor", 1).put("leftBlock", "L")
                        .put("rightBlock", "N")), "aisles[0].rightBlock", "no block N", false),
                new Broken(edited(d -> d.putArray("aisles").addObject().put("floor", 3).put("leftBlock", "L")
                        .put("rightBlock", "M")), "aisles[0].floor", "no floor 3", false),
                new Broken(edited(d -> seat(d, 0, 0, 0, 0).put("row", 1)),
                        "floors[0].blocks[0].rows[0].seats[0].row", "", true));
        for (Broken b : broken) {
            Meetings.expectProblem(as("venue").header("If-Match", "\"0\"").body(b.document().toString())
                    .when().put(map + "/draft/document").then(), 400, b.field(), b.detail());
            assertEquals(b.schemaRefuses(), !schema.validate(b.document()).isEmpty(), b.field());
        }
        assertEquals(1, Rows.count(database, "select count(*) from seat_map m join venue_space s on s.id = m.hall_id"
                + " where s.meeting_id = ? and m.version = 0 and m.seat_count = 16", meeting));
        as("venue").when().post(map + "/draft/validate").then().statusCode(200)
                .body("publishable", equalTo(true)).body("seatCount", equalTo(16)).body("added", equalTo(16))
                .body("warnings", hasItem("The hall's capacity is 19 and the map has 16 seats"));
    }

    @Test
    void aMapGivenAsADocumentIsPublishedSeatedAndChartedAsAGridIs() throws Exception {
        UUID meeting = Meetings.meeting("文档座位图排座测试会议", FIRST, LAST, database);
        String map = hall(meeting, "报告厅");
        as("venue").body(IRREGULAR).when().put(map + "/draft/document").then().statusCode(201);
        as("venue").header("If-Match", "\"0\"").when().post(map + "/draft/publish").then().statusCode(200)
                .body("number", equalTo(1)).body("seats", hasSize(16));
        assertEquals(16, Rows.count(database, "select count(*) from seat_map_seat s join seat_map m on m.id = s.map_id"
                + " join venue_space h on h.id = m.hall_id where h.meeting_id = ?", meeting));
        assertEquals(1, Rows.count(database, "select count(*) from seat_map_seat s join seat_map m on m.id = s.map_id"
                + " join venue_space h on h.id = m.hall_id where h.meeting_id = ? and s.seat_id = 'B1-2'"
                + " and s.floor = 2 and s.block = '楼A' and s.row_no = 1 and s.seat_no = 2", meeting));
        as("venue").body("{\"seatIds\":[\"M1-8\"],\"reason\":\"摄像机位\"}").when().post(map + "/blocks")
                .then().statusCode(200);

        UUID wang = UUID.randomUUID();
        UUID li = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, wang, 0, "王建国", "ACTIVE")
                .put("delegation", "东城区代表团"));
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, li, 0, "李红", "ACTIVE")
                .put("delegation", "西城区代表团"));
        for (UUID id : List.of(wang, li)) {
            await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("venue")
                    .when().get("/api/v1/meetings/" + meeting + "/attendees/" + id).then().statusCode(200));
        }
        as("venue").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"operations\":[{\"action\":\"ASSIGN\",\"seatId\":\"M1-7\",\"attendeeId\":\"" + wang + "\"},"
                        + "{\"action\":\"ASSIGN\",\"seatId\":\"B1-2\",\"attendeeId\":\"" + li + "\"}]}")
                .when().post(map + "/assignments").then().statusCode(200);
        Meetings.expectProblem(as("venue").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"operations\":[{\"action\":\"ASSIGN\",\"seatId\":\"M1-6\",\"attendeeId\":\"" + li + "\"}]}")
                .when().post(map + "/assignments").then(), 400, "operations[0].seatId", "M1-6");
        as("registrar").when().get(map + "/assignments").then().statusCode(200)
                .body("items.find { it.seatId == 'B1-2' }.label", equalTo("二层 弧形 1排 2号"));

        String svg = as("registrar").when().get(map + "/chart.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).extract().asString();
        Printed.keep("document-hall.svg", svg.getBytes(StandardCharsets.UTF_8));
        Document xml = Printed.svg(svg);
        List<String> texts = Printed.texts(xml, "text");
        assertTrue(texts.containsAll(List.of("王建国", "李红", "东城区代表团（1 人）", "西城区代表团（1 人）")),
                texts.toString());
        List<String> tips = Printed.texts(xml, "title");
        // every seat drawn once, the skipped one not at all
        assertEquals(16, tips.stream().filter(t -> t.startsWith("一层") || t.startsWith("二层")).count(),
                tips.toString());
        assertTrue(tips.contains("一层 1排 7号　王建国（东城区代表团）"), tips.toString());
        assertTrue(tips.contains("一层 1排 8号　停用：摄像机位"), tips.toString());
        assertFalse(tips.stream().anyMatch(t -> t.startsWith("一层 1排 6号")), tips.toString());
        byte[] pdf = as("venue").when().get(map + "/chart.pdf?size=A4").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Printed.keep("document-hall.pdf", pdf);
        try (PDDocument document = Printed.pdf(pdf)) {
            String text = Printed.pdfText(document);
            assertTrue(text.contains("报告厅座位图") && text.contains("王建国") && text.contains("李红"), text);
        }

        // a next version without the seat someone holds is refused, naming it by its id and label
        ObjectNode smaller = edited(d -> ((ArrayNode) d.path("floors").path(1).path("blocks").path(0).path("rows")
                .path(0).path("seats")).remove(1));
        as("venue").body(smaller.toString()).when().put(map + "/draft/document").then().statusCode(201);
        as("venue").when().post(map + "/draft/validate").then().statusCode(200)
                .body("publishable", equalTo(false)).body("heldSeatsLost", contains("B1-2"));
        Meetings.expectProblem(as("venue").header("If-Match", "\"0\"").when().post(map + "/draft/publish").then(),
                409, "seats", "B1-2 (二层 弧形 1排 2号)");
    }
}
