package io.huiwu.registration.readiness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.registration.rest.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The readiness check (会务检查) from what the other services publish: beds, tables, seats, pickups, materials and
 * kits arrive as their events, through a real broker; verification, credentials and travel from registration itself.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class ReadinessTest {

    private static final AsyncApiDocument OWN = AsyncApiDocument.read(AsyncApiDocument.OWN);

    @Test
    void theCheckSaysWhoLacksWhatAndFollowsTheOtherServicesEvents() throws Exception {
        String meeting = Fixtures.meeting("会务检查测试会议");
        String wang = person(meeting, "王芳", "ATTENDEE", "长安区代表团");
        String li = person(meeting, "李强", "ATTENDEE", "雁塔区代表团");
        String staff = person(meeting, "赵工作", "STAFF", "长安区代表团");
        // 王芳 comes by train: she needs a pickup
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"mode\":\"TRAIN\",\"number\":\"G87\",\"at\":\"2026-03-01T10:00:00+08:00\",\"place\":\"西安北站\"}")
                .when().put("/api/v1/meetings/" + meeting + "/travel/" + wang + "/ARRIVAL").then().statusCode(200);

        String readiness = "/api/v1/meetings/" + meeting + "/readiness";
        given().auth().oauth2(TestTokens.role("secretariat")).when().get(readiness).then().statusCode(200)
                .body("people", equalTo(3)).body("ready", equalTo(0))
                .body("checks.find { it.check == 'BED' }.expected", equalTo(2))
                .body("checks.find { it.check == 'PICKUP' }.expected", equalTo(1))
                .body("checks.find { it.check == 'SEAT' }.expected", equalTo(2))
                .body("notReady.name", contains("王芳", "李强", "赵工作"))
                .body("notReady[0].missing", contains("VERIFIED", "CREDENTIAL", "BED", "TABLE", "SEAT", "PICKUP",
                        "MATERIALS", "KIT"))
                .body("notReady[2].missing", contains("VERIFIED", "CREDENTIAL", "KIT"));

        // what logistics, venue and documents arranged for 王芳
        publish("logistics.lodging", "room-assigned", wang, data("RoomArrangement", meeting)
                .put("attendeeId", wang).put("hotel", "人民大厦").put("room", "1208").put("bed", "A"));
        publish("logistics.dining", "table-assigned", wang, data("TableArrangement", meeting)
                .put("attendeeId", wang).put("hall", "二楼餐厅").put("table", "3"));
        publish("venue.seating", "seat-assigned", wang, data("SeatArrangement", meeting)
                .put("attendeeId", wang).putNull("sessionId").put("seatLabel", "一层 3排 12号"));
        ObjectNode pickup = data("PickupArrangement", meeting).put("pickupId", UUID.randomUUID().toString())
                .put("place", "西安北站");
        pickup.putArray("riders").add(wang);
        publish("logistics.transport", "pickup-scheduled", pickup.path("pickupId").asText(), pickup);
        publish("documents.copy", "material-issued", wang, data("MaterialIssue", meeting)
                .put("copyId", UUID.randomUUID().toString()).put("holderId", wang).put("document", "政府工作报告")
                .put("copyNumber", "000017"));
        publish("logistics.supplies", "kit-issued", wang, data("KitIssue", meeting)
                .put("kitId", UUID.randomUUID().toString()).put("holderId", wang).put("kit", "会议用品袋"));
        // a bed assigned to 李强 and taken back again
        publish("logistics.lodging", "room-assigned", li, data("RoomArrangement", meeting)
                .put("attendeeId", li).put("hotel", "人民大厦").put("room", "1209"));
        publish("logistics.lodging", "room-unassigned", li, data("RoomArrangement", meeting).put("attendeeId", li));

        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(TestTokens.role("logistics"))
                .when().get(readiness).then()
                .body("notReady.find { it.name == '王芳' }.missing", contains("VERIFIED", "CREDENTIAL")));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(TestTokens.role("logistics"))
                .when().get(readiness).then()
                .body("checks.find { it.check == 'BED' }.done", equalTo(1))
                .body("notReady.find { it.name == '李强' }.missing", contains("VERIFIED", "CREDENTIAL", "BED",
                        "TABLE", "SEAT", "MATERIALS", "KIT")));

        // one delegation
        given().auth().oauth2(TestTokens.role("venue")).queryParam("delegation", "雁塔区代表团").when().get(readiness)
                .then().body("people", equalTo(1)).body("delegation", equalTo("雁塔区代表团"))
                .body("notReady.name", contains("李强"));
        given().auth().oauth2(TestTokens.role("venue")).queryParam("delegation", "x".repeat(101))
                .when().get(readiness).then().statusCode(400);
        given().auth().oauth2(TestTokens.attendee(meeting, staff)).when().get(readiness).then().statusCode(403);

        // the workbook: a summary and the people lacking something
        byte[] xlsx = given().auth().oauth2(Fixtures.organizer()).when().get(readiness + "/export").then()
                .statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet summary = workbook.getSheet("汇总");
            assertEquals("会务检查测试会议 会务检查", summary.getRow(0).getCell(0).getStringCellValue());
            assertEquals("已安排住宿", summary.getRow(7).getCell(0).getStringCellValue());
            Sheet people = workbook.getSheet("未办名单");
            assertEquals("王芳", people.getRow(1).getCell(1).getStringCellValue());
            assertEquals("名册已核对、已制发证件", people.getRow(1).getCell(4).getStringCellValue());
        }

        // the gauge of the meeting's last whole report
        given().when().get("/q/metrics").then().body(containsString("huiwu_readiness_missing{check=\"BED\",meeting=\""
                + meeting + "\"} 1.0"));
    }

    @Test
    void anArrangementNamingNobodyIsADeadLetterAndTheNextOneIsApplied() {
        String meeting = Fixtures.meeting("会务检查坏消息测试会议");
        String wang = person(meeting, "王芳", "ATTENDEE", "长安区代表团");
        ObjectNode nobody = data("KitIssue", meeting).put("kit", "会议用品袋");
        TopicEvents.inTestCluster().send("logistics.supplies", wang, TestEvents.envelope(UUID.randomUUID().toString(),
                "/logistics-service", "kit-issued", wang, nobody));
        publish("logistics.supplies", "kit-issued", wang, data("KitIssue", meeting).put("holderId", wang)
                .put("kit", "会议用品袋"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/readiness").then()
                .body("checks.find { it.check == 'KIT' }.done", equalTo(1)));
        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster().matching(
                "logistics.supplies.registration-service.dlq", e -> true).isEmpty());
        given().auth().oauth2(TestTokens.administrator()).queryParam("topic", "logistics.supplies")
                .when().get("/api/v1/dead-letters").then().statusCode(200).body("items", hasSize(1));
    }

    private static ObjectNode data(String schema, String meeting) {
        OWN.schema(schema);
        return TestEvents.object().put("meetingId", meeting);
    }

    private static void publish(String topic, String type, String key, ObjectNode data) {
        String schema = switch (type) {
            case "room-assigned", "room-unassigned" -> "RoomArrangement";
            case "table-assigned" -> "TableArrangement";
            case "seat-assigned" -> "SeatArrangement";
            case "pickup-scheduled" -> "PickupArrangement";
            case "material-issued" -> "MaterialIssue";
            default -> "KitIssue";
        };
        EventContract.of(AsyncApiDocument.OWN, schema).assertValid(data);
        TopicEvents.inTestCluster().send(topic, key, TestEvents.envelope(UUID.randomUUID().toString(),
                "/other-service", type, key, data));
    }

    private static String person(String meeting, String name, String category, String delegation) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"gender\":\"FEMALE\",\"category\":\"" + category
                        + "\",\"delegation\":\"" + delegation + "\",\"unit\":\"区人大\",\"title\":\"代表\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201)
                .extract().path("id");
    }
}
