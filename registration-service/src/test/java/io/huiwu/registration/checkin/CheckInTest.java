package io.huiwu.registration.checkin;

import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.registration.domain.CredentialPayload;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class CheckInTest {

    private static final EventContract CHECKIN_EVENTS =
            EventContract.of(AsyncApiDocument.OWN, "CheckIn");

    private CheckInFixture f;

    @BeforeEach
    void setUp() {
        f = new CheckInFixture();
    }

    @Test
    void aGenuineCredentialIsAdmittedOnceAndTheSameNonceGetsTheSameAnswer() {
        String body = CheckInFixture.scan(f.desk, f.payloads.get("王芳"), "ENTRY", "nonce-" + UUID.randomUUID());
        String scanId = f.redeemBody(body).statusCode(201)
                .body("status", equalTo("ok"))
                .body("reason", nullValue())
                .body("attendee.name", equalTo("王芳"))
                .body("attendee.delegation", equalTo("长安区代表团"))
                .body("credential.number", equalTo("CX0001"))
                .body("credential.type", equalTo("出席证"))
                .body("list.name", equalTo("大会报到处"))
                .body("method", equalTo("SCAN"))
                .extract().path("scanId");
        f.redeemBody(body).statusCode(201).body("scanId", equalTo(scanId)).body("status", equalTo("ok"));
        f.redeem(f.desk, "王芳", "ENTRY").statusCode(200)
                .body("status", equalTo("refused")).body("reason", equalTo("already_redeemed"))
                .body("attendee.name", equalTo("王芳"));
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/scans?listId=" + f.desk)
                .then().body("total", equalTo(2)).body("items.result", containsInAnyOrder("ok", "already_redeemed"));

        String attendee = f.people.get("王芳");
        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster()
                .matching("registration.checkin", e -> e.subject().equals(attendee)).isEmpty());
        var events = TopicEvents.inTestCluster().matching("registration.checkin", e -> e.subject().equals(attendee));
        assertEquals(1, events.size(), "one admission, one event");
        assertEquals("attendee-checked-in", events.get(0).type());
        assertEquals(scanId, events.get(0).data().path("scanId").asText());
        assertTrue(events.get(0).data().path("sessionId").isNull(), "the 报到 desk is the list of no session");
        CHECKIN_EVENTS.assertValid(events.get(0).data());
    }

    @Test
    void theSameNonceIsAnsweredByteForByteAsTheFirstTime() {
        // a device's clock gives nanoseconds and its own offset; the database keeps microseconds
        String scanned = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1)
                .withNano(123_456_789).toString();
        String body = "{\"listId\":\"" + f.desk + "\",\"secret\":\"" + f.payloads.get("李强")
                + "\",\"nonce\":\"nonce-" + UUID.randomUUID() + "\",\"scannedAt\":\"" + scanned + "\"}";
        String first = f.redeemBody(body).statusCode(201).extract().asString();
        String again = f.redeemBody(body).statusCode(201).extract().asString();
        assertEquals(first, again);
        String refused = f.redeemBody(body.replace("nonce-", "other-")).statusCode(200).extract().asString();
        assertEquals(refused, f.redeemBody(body.replace("nonce-", "other-")).statusCode(200).extract().asString());
    }

    @Test
    void refusalsSayWhy() {
        f.redeem(f.hall, "张敏", "ENTRY").statusCode(200).body("reason", equalTo("wrong_category"));
        f.redeemBody(CheckInFixture.scan(f.desk, "HW1.not-a-code.at-all", "ENTRY", UUID.randomUUID().toString()))
                .statusCode(200).body("reason", equalTo("invalid")).body("attendee", nullValue());
        String forged = new CredentialPayload("a-different-key-that-is-long-enough!!".getBytes())
                .payloadFor(UUID.fromString(f.credentials.get("李强")));
        f.redeemBody(CheckInFixture.scan(f.desk, forged, "ENTRY", UUID.randomUUID().toString()))
                .statusCode(200).body("reason", equalTo("invalid"));
        f.redeem(f.desk, "李强", "EXIT").statusCode(200).body("reason", equalTo("exits_not_tracked"));

        String closed = f.list("昨日会场", "DOOR", "[\"ATTENDEE\"]", false, false, null,
                OffsetDateTime.now().minusDays(1).toString());
        f.redeem(closed, "李强", "ENTRY").statusCode(200).body("reason", equalTo("outside_time"));
        String future = f.list("明日会场", "DOOR", "[\"ATTENDEE\"]", false, false,
                OffsetDateTime.now().plusDays(1).toString(), null);
        f.redeem(future, "李强", "ENTRY").statusCode(200).body("reason", equalTo("outside_time"));

        given().auth().oauth2(CheckInFixture.ORGANIZER)
                .when().delete("/api/v1/meetings/" + f.meeting + "/attendees/" + f.people.get("赵磊"))
                .then().statusCode(204);
        f.redeem(f.desk, "赵磊", "ENTRY").statusCode(200).body("reason", equalTo("withdrawn"));
    }

    @Test
    void aRevokedCredentialStopsWorkingAtOnceAndItsReplacementWorks() {
        String old = f.credentials.get("李强");
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"reason\":\"证件遗失\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials/" + old + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedReason", equalTo("证件遗失"));
        f.redeem(f.desk, "李强", "ENTRY").statusCode(200).body("reason", equalTo("revoked"));

        String payload = given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"reason\":\"补办\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials/" + old + "/reissue")
                .then().statusCode(201).body("replaces", equalTo(old)).body("number", equalTo("CX0004"))
                .extract().path("payload");
        f.redeemBody(CheckInFixture.scan(f.desk, payload, "ENTRY", UUID.randomUUID().toString()))
                .statusCode(201).body("credential.number", equalTo("CX0004"));
        f.redeem(f.desk, "李强", "ENTRY").statusCode(200).body("reason", equalTo("revoked"));
    }

    @Test
    void aDoorWithExitsKnowsWhoIsInside() {
        f.redeem(f.hall, "王芳", "ENTRY").statusCode(201);
        f.redeem(f.hall, "王芳", "ENTRY").statusCode(200).body("reason", equalTo("already_redeemed"));
        f.redeem(f.hall, "王芳", "EXIT").statusCode(201).body("direction", equalTo("EXIT"));
        f.redeem(f.hall, "王芳", "EXIT").statusCode(200).body("reason", equalTo("not_inside"));
        f.redeem(f.hall, "王芳", "ENTRY").statusCode(201);
        f.redeem(f.hall, "李强", "ENTRY").statusCode(201);
        f.redeem(f.hall, "李强", "EXIT").statusCode(201);

        given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/lists/" + f.hall + "/headcount")
                .then().statusCode(200)
                .body("expected", equalTo(3))
                .body("checkedIn", equalTo(2))
                .body("inside", equalTo(1))
                .body("absent", equalTo(1))
                .body("absentees.name", contains("赵磊"))
                .body("byDelegation.key", contains("长安区代表团", "雁塔区代表团"))
                .body("byDelegation.inside", contains(1, 0))
                .body("byCategory[0].key", equalTo("ATTENDEE"));
    }

    @Test
    void staffCanCheckSomeoneInByNameAndOnTheirBehalf() {
        given().auth().oauth2(CheckInFixture.REGISTRAR).queryParam("q", "zm")
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/search")
                .then().statusCode(200).body("items.name", contains("张敏")).body("total", equalTo(1))
                .body("items[0].credentials.number", contains("LX0001"));
        given().auth().oauth2(CheckInFixture.REGISTRAR).queryParam("q", "cx0002")
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/search")
                .then().body("items.name", contains("李强"));

        String onBehalf = "{\"listId\":\"" + f.desk + "\",\"attendeeId\":\"" + f.people.get("张敏")
                + "\",\"nonce\":\"" + UUID.randomUUID() + "\",\"onBehalf\":true}";
        // 秘书代签 only where the list allows it
        f.redeemBody(onBehalf).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("allowOnBehalf"));
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/scans?attendeeId=" + f.people.get("张敏"))
                .then().body("total", equalTo(0));
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"大会报到处\",\"kind\":\"DESK\",\"categories\":[\"ATTENDEE\",\"NON_VOTING\"],"
                        + "\"allowReentry\":false,\"trackExit\":false,\"allowOnBehalf\":true}")
                .when().put("/api/v1/meetings/" + f.meeting + "/checkin/lists/" + f.desk)
                .then().statusCode(200).body("allowOnBehalf", equalTo(true));
        f.redeemBody(onBehalf).statusCode(201).body("method", equalTo("ON_BEHALF")).body("credential", nullValue());
        given().auth().oauth2(CheckInFixture.REGISTRAR).queryParam("q", "张敏")
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/search")
                .then().body("items[0].presence.listName", contains("大会报到处"));
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/scans?attendeeId=" + f.people.get("张敏"))
                .then().body("items[0].method", equalTo("ON_BEHALF")).body("items[0].operator", equalTo("desk-clerk"));
    }

    @Test
    void aMistakenCheckInIsAnnulledByItsDeviceOrAnOrganizerAndTheReasonIsKept() {
        String scan = f.redeemFrom(f.gate, CheckInFixture.scan(f.desk, f.payloads.get("王芳"), "ENTRY",
                UUID.randomUUID().toString())).statusCode(201).extract().path("scanId");
        String other = f.device("报到处-2号机", f.desk);
        // the device is named by its token, never by the body
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON).header("X-Device-Token", other)
                .body("{\"reason\":\"扫错了\",\"device\":\"报到处-1号机\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/scans/" + scan + "/annul")
                .then().statusCode(400).body("errors.field", contains("device"));
        // another device, or no device, may not
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON).header("X-Device-Token", other)
                .body("{\"reason\":\"扫错了\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/scans/" + scan + "/annul")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("registered device that made the scan"));
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"reason\":\"扫错了\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/scans/" + scan + "/annul")
                .then().statusCode(403);
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON).header("X-Device-Token", f.gate)
                .body("{\"reason\":\"扫错了\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/scans/" + scan + "/annul")
                .then().statusCode(200).body("annulReason", equalTo("扫错了")).body("annulledBy", equalTo("desk-clerk"))
                .body("device", equalTo("报到处-1号机"));
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON).header("X-Device-Token", f.gate)
                .body("{\"reason\":\"again\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/scans/" + scan + "/annul")
                .then().statusCode(409);
        // no longer checked in: a new scan admits her
        String second = f.redeem(f.desk, "王芳", "ENTRY").statusCode(201).extract().path("scanId");
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"reason\":\"领导要求撤销\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/scans/" + second + "/annul")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/lists/" + f.desk + "/headcount")
                .then().body("checkedIn", equalTo(0));
    }

    @Test
    void badRequestsAreProblems() {
        f.redeemBody("{\"listId\":\"" + f.desk + "\",\"secret\":\"x\"}").statusCode(400)
                .body("errors.field", contains("nonce"));
        f.redeemBody("{\"listId\":\"" + f.desk + "\",\"nonce\":\"n1\"}").statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("either the scanned secret"));
        f.redeemBody("{\"listId\":\"" + f.desk + "\",\"secret\":\"x\",\"attendeeId\":\"" + f.people.get("王芳")
                + "\",\"nonce\":\"n2\"}").statusCode(400);
        f.redeemBody("{\"listId\":\"" + UUID.randomUUID() + "\",\"secret\":\"x\",\"nonce\":\"n3\"}")
                .statusCode(404).contentType("application/problem+json");
        f.redeemBody("{\"listId\":\"" + f.desk + "\",\"attendeeId\":\"" + UUID.randomUUID() + "\",\"nonce\":\"n4\"}")
                .statusCode(404);
        f.redeemBody("{\"listId\":\"" + f.desk + "\",\"secret\":\"x\",\"nonce\":\"n5\",\"scannedAt\":\""
                + OffsetDateTime.now().plusHours(2) + "\"}").statusCode(400)
                .body("errors.field", contains("scannedAt"));
        f.redeemBody("{\"listId\":\"" + f.desk + "\",\"secret\":\"x\",\"nonce\":\"n6\",\"direction\":\"SIDEWAYS\"}")
                .statusCode(400).body("errors.field", contains("direction"));
        given().auth().oauth2(TestTokens.role("logistics")).contentType(ContentType.JSON)
                .body(CheckInFixture.scan(f.desk, f.payloads.get("王芳"), "ENTRY", "n7"))
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/redeem").then().statusCode(403);
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/scans")
                .then().body("total", equalTo(0));
    }
}
