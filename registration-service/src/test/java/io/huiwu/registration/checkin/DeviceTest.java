package io.huiwu.registration.checkin;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.registration.domain.CredentialPayload;
import io.huiwu.registration.domain.MeetingSignatures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registered check-in devices, the download they decide offline with, signed codes, and what each door accepts. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class DeviceTest {

    /** The key of the older HMAC codes in the test profile. */
    private static final byte[] HMAC_KEY = Base64.getDecoder()
            .decode("dGVzdHMtb25seS1rZXktc2lnbnMtbm90aGluZy1yZWFsLTAxMjM0NTY3ODk=");

    @Inject
    AgroalDataSource dataSource;

    private CheckInFixture f;

    @BeforeEach
    void setUp() {
        f = new CheckInFixture();
    }

    @Test
    void aDeviceGetsItsOwnTokenOnceAndOnlyItsHashIsKept() throws Exception {
        Map<String, Object> registered = given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"西门-1号机\",\"listIds\":[\"" + f.hall + "\"]}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/devices")
                .then().statusCode(201).body("token", startsWith("hwd_")).body("device.name", equalTo("西门-1号机"))
                .body("device.listIds", contains(f.hall)).extract().path("$");
        String token = (String) registered.get("token");
        String id = (String) ((Map<?, ?>) registered.get("device")).get("id");
        assertEquals(1, count("select count(*) from checkin_device where id = '" + id + "' and token_hash = '\\x"
                + hex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))) + "'"));
        given().auth().oauth2(CheckInFixture.REGISTRAR).when().get("/api/v1/meetings/" + f.meeting
                        + "/checkin/devices/" + id)
                .then().statusCode(200).body("name", equalTo("西门-1号机")).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("token")));
    }

    @Test
    void aReplayedRegistrationDoesNotShowTheTokenAgainAndTheTokenIsNotKept() {
        String key = "device-" + UUID.randomUUID();
        String body = "{\"name\":\"北门-1号机\",\"listIds\":[\"" + f.desk + "\"]}";
        String token = given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/devices")
                .then().statusCode(201).body("token", startsWith("hwd_")).extract().path("token");
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/devices")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("device.name", equalTo("北门-1号机")).body("token", org.hamcrest.Matchers.nullValue());
        assertEquals(0, count("select count(*) from idempotent_request where response_body like '%"
                + token.substring(4) + "%'"));
        assertEquals(1, count("select count(*) from checkin_device where meeting_id = '" + f.meeting
                + "' and name = '北门-1号机'"));
    }

    @Test
    void badRegistrationsNameTheFieldAndChangeNothing() {
        long before = count("select count(*) from checkin_device where meeting_id = '" + f.meeting + "'");
        register("{\"name\":\"东门\",\"listIds\":[\"" + UUID.randomUUID() + "\"]}").statusCode(400)
                .body("errors.field", contains("listIds"));
        register("{\"name\":\"报到处-1号机\",\"listIds\":[\"" + f.desk + "\"]}").statusCode(400)
                .body("errors.field", contains("name"));
        register("{\"name\":\" \",\"listIds\":[]}").statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "listIds"));
        assertEquals(before, count("select count(*) from checkin_device where meeting_id = '" + f.meeting + "'"));
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"name\":\"东门\",\"listIds\":[\"" + f.desk + "\"]}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/devices").then().statusCode(403);
    }

    @Test
    void theDeviceOfAScanComesFromItsTokenAndOnlyItsListsMayBeScanned() {
        String deskOnly = f.device("报到处-2号机", f.desk);
        long scans = count("select count(*) from checkin_scan where meeting_id = '" + f.meeting + "'");
        f.redeemFrom(deskOnly, scan(f.hall, "王芳")).statusCode(403).contentType("application/problem+json")
                .body("errors.field", contains("listId")).body("detail", containsString("报到处-2号机"));
        f.redeemFrom("hwd_not-a-device", scan(f.desk, "王芳")).statusCode(403)
                .body("detail", containsString("not one of this meeting's registered devices"));
        assertEquals(scans, count("select count(*) from checkin_scan where meeting_id = '" + f.meeting + "'"));

        f.redeemFrom(deskOnly, scan(f.desk, "王芳")).statusCode(201);
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/scans?attendeeId=" + f.people.get("王芳"))
                .then().body("items[0].device", equalTo("报到处-2号机"));
        assertEquals(1, count("select count(*) from checkin_scan s join checkin_device d on d.id = s.device_id"
                + " where s.attendee_id = '" + f.people.get("王芳") + "' and d.name = '报到处-2号机'"));
    }

    @Test
    void onlyARegisteredDeviceReportsWhatItAdmittedOffline() {
        String offline = "{\"listId\":\"" + f.desk + "\",\"secret\":\"" + f.payloads.get("李强")
                + "\",\"nonce\":\"" + UUID.randomUUID() + "\",\"offline\":true}";
        f.redeemBody(offline).statusCode(403).body("detail", containsString("X-Device-Token"));
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"scans\":[" + offline + "]}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/offline-scans")
                .then().statusCode(403).body("detail", containsString("registered check-in device"));
        String hallOnly = f.device("东门-3号机", f.hall);
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON).header("X-Device-Token", hallOnly)
                .body("{\"scans\":[" + offline + "]}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/offline-scans")
                .then().statusCode(403).body("errors.field", contains("scans[0].listId"));
        assertEquals(0, count("select count(*) from checkin_scan where attendee_id = '" + f.people.get("李强") + "'"));
        f.redeemFrom(f.gate, offline).statusCode(201).body("status", equalTo("ok"));
    }

    @Test
    void aRevokedDeviceIsRefusedAtOnce() {
        String token = f.device("备用机", f.desk);
        String id = deviceId("备用机");
        f.redeemFrom(token, scan(f.desk, "王芳")).statusCode(201);
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON).body("{\"reason\":\"设备遗失\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/devices/" + id + "/revoke")
                .then().statusCode(200).body("revokedBy", equalTo("organizer-a")).body("revokeReason", equalTo("设备遗失"));
        f.redeemFrom(token, scan(f.desk, "李强")).statusCode(403).body("detail", containsString("设备遗失"));
        sync(token, null).statusCode(403);
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/devices/" + id + "/revoke")
                .then().statusCode(409);
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"name\":\"备用机\",\"listIds\":[\"" + f.desk + "\"]}")
                .when().put("/api/v1/meetings/" + f.meeting + "/checkin/devices/" + id).then().statusCode(409);
    }

    @Test
    void aDeviceDownloadsEverythingThenOnlyWhatChangedAndVerifiesCodesWithTheMeetingsKey() {
        ValidatableResponse full = sync(f.gate, null).statusCode(200)
                .body("full", equalTo(true))
                .body("lists.name", containsInAnyOrder("大会报到处", "主会场东门"))
                .body("credentialTypes.name", containsInAnyOrder("出席证", "列席证"))
                .body("credentials", hasSize(4))
                .body("credentials.holder.name", containsInAnyOrder("王芳", "李强", "张敏", "赵磊"))
                .body("credentials.signed", contains(true, true, true, true));
        String cursor = full.extract().path("cursor");
        byte[] publicKey = Base64.getDecoder().decode((String) full.extract().path("publicKey"));

        // what a device does offline: the code names a credential of the download, signed by the meeting's key
        UUID meeting = UUID.fromString(f.meeting);
        String code = f.payloads.get("王芳");
        assertTrue(code.startsWith("HW2."), code);
        assertEquals(Optional.of(UUID.fromString(f.credentials.get("王芳"))),
                MeetingSignatures.verify(publicKey, meeting, code));
        assertEquals(Optional.empty(), MeetingSignatures.verify(publicKey, UUID.randomUUID(), code));
        String[] parts = code.split("\\.");
        String otherId = f.payloads.get("李强").split("\\.")[1];
        assertEquals(Optional.empty(), MeetingSignatures.verify(publicKey, meeting,
                parts[0] + "." + otherId + "." + parts[2]));

        sync(f.gate, cursor).statusCode(200).body("full", equalTo(false)).body("credentials", hasSize(0));
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON).body("{\"reason\":\"遗失\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials/" + f.credentials.get("赵磊") + "/revoke")
                .then().statusCode(200);
        await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster().matching("registration.credential",
                e -> e.type().equals("credential-revoked")
                        && e.data().path("credentialId").asText().equals(f.credentials.get("赵磊"))).size() == 1);
        String next = sync(f.gate, cursor).statusCode(200)
                .body("credentials.holder.name", contains("赵磊"))
                .body("credentials[0].status", equalTo("REVOKED")).extract().path("cursor");
        // a change of the holder (a new unit) is a change of what the device shows
        execute("update attendee set unit = '市政协' where id = '" + f.people.get("张敏") + "'");
        sync(f.gate, next).statusCode(200).body("credentials.holder.name", contains("张敏"))
                .body("credentials[0].holder.unit", equalTo("市政协"));
        sync(f.gate, "12ab").statusCode(400).body("errors.field", contains("since"));
        sync(null, null).statusCode(403);
    }

    @Test
    void aSignedCodeMustBeTheOneIssuedAndAnOlderCodeStillWorks() {
        String[] parts = f.payloads.get("王芳").split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[10] ^= 1;
        String altered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(signature);
        f.redeemBody(body(f.desk, altered)).statusCode(200).body("reason", equalTo("invalid"));
        String older = new CredentialPayload(HMAC_KEY).payloadFor(UUID.fromString(f.credentials.get("王芳")));
        assertTrue(older.startsWith("HW1."), older);
        f.redeemBody(body(f.desk, older)).statusCode(201).body("attendee.name", equalTo("王芳"));
    }

    @Test
    void aDoorAcceptsOnlyTheCredentialTypesItIsGiven() {
        String door = given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"贵宾通道\",\"kind\":\"DOOR\",\"categories\":[\"ATTENDEE\",\"NON_VOTING\"],"
                        + "\"allowReentry\":true,\"trackExit\":false,\"credentialTypeIds\":[\"" + f.attendeeType
                        + "\"]}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/lists")
                .then().statusCode(201).body("credentialTypeIds", contains(f.attendeeType)).extract().path("id");
        f.redeemBody(scan(door, "张敏")).statusCode(200).body("reason", equalTo("wrong_credential_type"))
                .body("credential.type", equalTo("列席证"));
        f.redeemBody(scan(door, "王芳")).statusCode(201);
        // a manual check-in shows no credential: the category decides
        f.redeemBody("{\"listId\":\"" + door + "\",\"attendeeId\":\"" + f.people.get("张敏") + "\",\"nonce\":\""
                + UUID.randomUUID() + "\"}").statusCode(201);
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"侧门\",\"kind\":\"DOOR\",\"categories\":[\"ATTENDEE\"],"
                        + "\"credentialTypeIds\":[\"" + UUID.randomUUID() + "\"]}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/lists")
                .then().statusCode(400).body("errors.field", contains("credentialTypeIds"));
        assertEquals(0, count("select count(*) from checkin_list where meeting_id = '" + f.meeting
                + "' and name = '侧门'"));
    }

    private ValidatableResponse register(String body) {
        return given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/devices").then();
    }

    private ValidatableResponse sync(String token, String since) {
        var request = given().auth().oauth2(CheckInFixture.REGISTRAR);
        if (token != null) {
            request.header("X-Device-Token", token);
        }
        if (since != null) {
            request.queryParam("since", since);
        }
        return request.when().get("/api/v1/meetings/" + f.meeting + "/checkin/devices/sync").then();
    }

    private String deviceId(String name) {
        List<Map<String, Object>> devices = given().auth().oauth2(TestTokens.person("organizer-a"))
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/devices?size=100").then().statusCode(200)
                .extract().path("items");
        return devices.stream().filter(d -> name.equals(d.get("name"))).map(d -> (String) d.get("id")).findFirst()
                .orElseThrow();
    }

    private String scan(String list, String person) {
        return body(list, f.payloads.get(person));
    }

    private static String body(String list, String secret) {
        return "{\"listId\":\"" + list + "\",\"secret\":\"" + secret + "\",\"nonce\":\"" + UUID.randomUUID() + "\"}";
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02x", b));
        }
        return text.toString();
    }
}
