package io.huiwu.registration.checkin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vehicle passes (车辆通行证) for the vehicles logistics registers, seat passes (座次证) that print the seat venue
 * assigned, and the handover of printed cards at 报到 (核发), published on registration.credential.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class PassesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aVehiclePassGoesToAVehicleLogisticsRegisteredAndPrintsItsPlate() throws Exception {
        CheckInFixture f = new CheckInFixture();
        String vehicle = UUID.randomUUID().toString();
        ObjectNode registered = TestEvents.object().put("meetingId", f.meeting).put("vehicleId", vehicle)
                .put("plate", "陕A·D1234").put("kind", "中巴车").put("driver", "张建国");
        EventContract.of(AsyncApiDocument.OWN, "VehicleRegistration").assertValid(registered);
        TopicEvents.inTestCluster().send("logistics.transport", vehicle, TestEvents.envelope("/logistics-service",
                "vehicle-registered", vehicle, registered));
        await().atMost(TestWaits.DEADLINE).until(() -> query("select plate || '/' || kind || '/' || driver"
                + " from vehicle where id = '" + vehicle + "' and meeting_id = '" + f.meeting + "'") != null);
        assertEquals("陕A·D1234/中巴车/张建国", query("select plate || '/' || kind || '/' || driver from vehicle where id = '"
                + vehicle + "'"));

        String type = given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"车辆通行证\",\"colour\":\"#F9A825\",\"prefix\":\"CL\",\"categories\":[],"
                        + "\"holder\":\"VEHICLE\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credential-types").then().statusCode(201)
                .body("holder", equalTo("VEHICLE")).body("seatPass", equalTo(false)).extract().path("id");
        String attendeeType = given().auth().oauth2(CheckInFixture.ORGANIZER)
                .when().get("/api/v1/meetings/" + f.meeting + "/credentials/" + f.credentials.get("王芳"))
                .then().extract().path("typeId");

        // the wrong kind of holder, or a vehicle the meeting does not have: a 400 naming the field, nothing issued
        issue(f, "{\"typeId\":\"" + type + "\",\"attendeeId\":\"" + f.people.get("王芳") + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("attendeeId")).body("detail", containsString("车辆通行证"));
        issue(f, "{\"typeId\":\"" + type + "\"}").statusCode(400).body("errors[0].field", equalTo("vehicleId"));
        issue(f, "{\"typeId\":\"" + type + "\",\"vehicleId\":\"" + UUID.randomUUID() + "\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("vehicleId"));
        issue(f, "{\"typeId\":\"" + attendeeType + "\",\"vehicleId\":\"" + vehicle + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("vehicleId")).body("detail", containsString("出席证"));
        assertEquals("0", query("select count(*) from credential where vehicle_id is not null and meeting_id = '"
                + f.meeting + "'"));
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"车证二\",\"colour\":\"#F9A826\",\"prefix\":\"CE\",\"categories\":[\"STAFF\"],"
                        + "\"holder\":\"VEHICLE\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credential-types").then().statusCode(400)
                .body("errors[0].field", equalTo("categories"));
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"车证二\",\"colour\":\"#F9A826\",\"prefix\":\"CE\",\"categories\":[],"
                        + "\"holder\":\"VEHICLE\",\"seatPass\":true}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credential-types").then().statusCode(400)
                .body("errors[0].field", equalTo("seatPass"));

        String pass = issue(f, "{\"typeId\":\"" + type + "\",\"vehicleId\":\"" + vehicle + "\"}").statusCode(201)
                .body("holder", equalTo("VEHICLE")).body("vehicleId", equalTo(vehicle))
                .body("plate", equalTo("陕A·D1234")).body("attendeeId", nullValue()).body("number", equalTo("CL0001"))
                .extract().path("id");
        issue(f, "{\"typeId\":\"" + type + "\",\"vehicleId\":\"" + vehicle + "\"}").statusCode(409)
                .body("detail", containsString("陕A·D1234"));
        assertEquals(vehicle, query("select vehicle_id from credential where id = '" + pass
                + "' and attendee_id is null"));

        byte[] pdf = given().auth().oauth2(CheckInFixture.ORGANIZER)
                .when().get("/api/v1/meetings/" + f.meeting + "/credentials/print?layout=ONE&id=" + pass)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = embeddedText(pdf, "vehicle-pass.pdf", 1);
        for (String line : List.of("车辆通行证", "陕A·D1234", "中巴车", "驾驶员 张建国", "No. CL0001")) {
            assertTrue(text.contains(line), "no " + line + " in\n" + text);
        }

        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster().matching(
                "registration.credential", e -> e.data().path("credentialId").asText().equals(pass)).isEmpty());
        TopicEvents.Event issued = TopicEvents.inTestCluster().matching("registration.credential",
                e -> e.data().path("credentialId").asText().equals(pass)).get(0);
        assertEquals("credential-issued", issued.type());
        assertEquals(vehicle, issued.key());
        assertEquals("VEHICLE", issued.data().path("holder").path("kind").asText());
        assertEquals("陕A·D1234", issued.data().path("holder").path("plate").asText());
        EventContract.of(AsyncApiDocument.OWN, "Credential").assertValid(issued.data());

        // a vehicle pass is genuine, but names nobody: no door for people opens to it
        String code = given().auth().oauth2(CheckInFixture.ORGANIZER)
                .when().get("/api/v1/meetings/" + f.meeting + "/credentials/" + pass).then().statusCode(200)
                .extract().path("payload");
        f.redeemBody(CheckInFixture.scan(f.hall, code, "ENTRY", UUID.randomUUID().toString())).statusCode(200)
                .body("reason", equalTo("wrong_credential_type")).body("credential.number", equalTo("CL0001"))
                .body("attendee", nullValue());
    }

    @Test
    void aSeatPassPrintsTheSeatVenueAssignedOrSaysThereIsNoneYet() throws Exception {
        CheckInFixture f = new CheckInFixture();
        String type = given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"座次证\",\"colour\":\"#6A1B9A\",\"prefix\":\"ZC\",\"categories\":[\"ATTENDEE\"],"
                        + "\"seatPass\":true}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credential-types").then().statusCode(201)
                .body("seatPass", equalTo(true)).body("holder", equalTo("PERSON")).extract().path("id");
        f.issueAll(type);
        String wang = f.people.get("王芳");
        ObjectNode seat = TestEvents.object().put("meetingId", f.meeting).put("attendeeId", wang).putNull("sessionId")
                .put("seatLabel", "一层 3排 12号");
        EventContract.of(AsyncApiDocument.OWN, "SeatArrangement").assertValid(seat);
        TopicEvents.inTestCluster().send("venue.seating", wang, TestEvents.envelope("/venue-service",
                "seat-assigned", wang, seat));

        String print = "/api/v1/meetings/" + f.meeting + "/credentials/print?layout=FOUR&typeId=" + type;
        await().atMost(TestWaits.DEADLINE).until(() -> text(given().auth().oauth2(CheckInFixture.ORGANIZER)
                .when().get(print).then().statusCode(200).extract().asByteArray()).contains("一层 3排 12号"));
        String text = embeddedText(given().auth().oauth2(CheckInFixture.ORGANIZER).when().get(print).then()
                .statusCode(200).extract().asByteArray(), "seat-pass.pdf", 1);
        assertTrue(text.contains("座位 一层 3排 12号"), text);
        // 李强 and 赵磊 have no seat yet: their cards say so
        assertEquals(2, text.split("座位未安排", -1).length - 1, text);
        // an attendee's card of another type prints no seat
        String other = text(given().auth().oauth2(CheckInFixture.ORGANIZER).when().get("/api/v1/meetings/"
                + f.meeting + "/credentials/print?id=" + f.credentials.get("王芳")).then().statusCode(200)
                .extract().asByteArray());
        assertFalse(other.contains("座位"), other);
    }

    @Test
    void handingACardOverIsRecordedOncePublishedAndRefusedForARevokedOne() throws Exception {
        CheckInFixture f = new CheckInFixture();
        String credential = f.credentials.get("王芳");
        String handover = "/api/v1/meetings/" + f.meeting + "/credentials/" + credential + "/handover";
        String at = given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"receivedBy\":\"王芳\"}").when().post(handover).then().statusCode(200)
                .body("handover.receivedBy", equalTo("王芳")).body("handover.handedOverBy", equalTo("desk-clerk"))
                .body("handover.at", notNullValue()).extract().path("handover.at");
        // the same again answers what was recorded
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"receivedBy\":\"王芳\"}").when().post(handover).then().statusCode(200)
                .body("handover.at", equalTo(at));
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"receivedBy\":\"李强\"}").when().post(handover).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("receivedBy"))
                .body("detail", containsString("王芳"));
        given().auth().oauth2(TestTokens.role("logistics")).when()
                .get("/api/v1/meetings/" + f.meeting + "/credentials/" + credential).then().statusCode(200)
                .body("handover.receivedBy", equalTo("王芳")).body("handover.at", equalTo(at));
        given().auth().oauth2(TestTokens.role("logistics")).contentType(ContentType.JSON)
                .body("{\"receivedBy\":\"王芳\"}").when().post(handover).then().statusCode(403);
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON).body("{\"receivedBy\":\" \"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials/" + f.credentials.get("李强")
                        + "/handover").then().statusCode(400).body("errors[0].field", equalTo("receivedBy"));
        assertEquals("王芳|desk-clerk", query("select received_by || '|' || handed_over_by from credential"
                + " where id = '" + credential + "' and handed_over_at is not null"));

        await().atMost(TestWaits.DEADLINE).until(() -> !handedOver(credential).isEmpty());
        List<TopicEvents.Event> events = handedOver(credential);
        assertEquals(1, events.size(), "one handover, one event");
        TopicEvents.Event event = events.get(0);
        assertEquals(f.people.get("王芳"), event.key());
        assertEquals("PERSON", event.data().path("holder").path("kind").asText());
        assertEquals("王芳", event.data().path("handover").path("receivedBy").asText());
        EventContract.of(AsyncApiDocument.OWN, "Credential").assertValid(event.data());

        // a revoked card is not handed over, and nothing is recorded
        String revoked = f.credentials.get("赵磊");
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON).body("{\"reason\":\"证件遗失\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials/" + revoked + "/revoke")
                .then().statusCode(200);
        given().auth().oauth2(CheckInFixture.REGISTRAR).header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON).body("{\"receivedBy\":\"赵磊\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials/" + revoked + "/handover")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("已作废")).body("detail", containsString("证件遗失"));
        assertNull(query("select id from credential where id = '" + revoked + "' and handed_over_at is not null"));
    }

    private static io.restassured.response.ValidatableResponse issue(CheckInFixture f, String body) {
        return given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials").then();
    }

    private static List<TopicEvents.Event> handedOver(String credential) {
        return TopicEvents.inTestCluster().matching("registration.credential", e -> e.type().equals(
                "credential-handed-over") && e.data().path("credentialId").asText().equals(credential));
    }

    /** The PDF's text, after checking its pages and that every font is an embedded subset of the print font. */
    private static String embeddedText(byte[] bytes, String file, int pages) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "printed-credentials"));
        Files.write(folder.resolve(file), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(pages, pdf.getNumberOfPages());
            List<PdfFonts.Font> fonts = PdfFonts.of(pdf);
            assertFalse(fonts.isEmpty());
            for (PdfFonts.Font font : fonts) {
                assertTrue(font.embedded() && font.name().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), font.name());
            }
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private String query(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values.isEmpty() ? null : values.get(0);
        }
    }
}
