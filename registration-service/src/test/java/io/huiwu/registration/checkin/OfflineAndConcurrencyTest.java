package io.huiwu.registration.checkin;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class OfflineAndConcurrencyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aHundredDevicesScanningOneCredentialAtOnceAdmitItExactlyOnce() throws Exception {
        CheckInFixture f = new CheckInFixture();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/meetings/" + f.meeting
                                + "/checkin/redeem"))
                        .header("Authorization", "Bearer " + CheckInFixture.REGISTRAR)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(CheckInFixture.scan(f.desk, f.payloads.get("李强"),
                                "ENTRY", UUID.randomUUID().toString())))
                        .timeout(Duration.ofSeconds(60))
                        .build();
                statuses.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                }));
            }
            start.countDown();
            int admitted = 0;
            int refused = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                admitted += code == 201 ? 1 : 0;
                refused += code == 200 ? 1 : 0;
            }
            assertEquals(1, admitted, "exactly one admission");
            assertEquals(99, refused, "every other scan refused, none failed");
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/scans?listId=" + f.desk + "&size=500")
                .then().body("total", equalTo(100));
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/lists/" + f.desk + "/headcount")
                .then().body("checkedIn", equalTo(1));
    }

    @Test
    void offlineScansAreRecordedWithTheirConflictsAndUploadingTwiceChangesNothing() {
        CheckInFixture f = new CheckInFixture();
        // a live device admits 王芳 at the desk while another device is offline
        f.redeem(f.desk, "王芳", "ENTRY").statusCode(201);
        String revoked = f.credentials.get("赵磊");
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON).body("{\"reason\":\"遗失\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials/" + revoked + "/revoke")
                .then().statusCode(200);
        OffsetDateTime earlier = OffsetDateTime.now().minusMinutes(30);
        String batch = "{\"scans\":["
                + offline(f.desk, f.payloads.get("王芳"), "off-1", earlier.plusMinutes(1)) + ","
                + offline(f.desk, f.payloads.get("李强"), "off-2", earlier.plusMinutes(2)) + ","
                + offline(f.desk, f.payloads.get("赵磊"), "off-3", earlier.plusMinutes(3)) + ","
                + offline(f.desk, "HW1.forged.code", "off-4", earlier.plusMinutes(4)) + ","
                + offline(f.desk, f.payloads.get("李强"), "off-2", earlier.plusMinutes(2)) + "]}";
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON).body(batch)
                .header("X-Device-Token", f.gate)
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/offline-scans")
                .then().statusCode(200)
                .body("received", equalTo(5))
                .body("recorded", equalTo(4))
                .body("duplicates", equalTo(1))
                .body("conflicts", equalTo(3))
                .body("results.nonce", contains("off-1", "off-2", "off-3", "off-4", "off-2"))
                .body("results[0].conflict", equalTo("already_redeemed"))
                .body("results[1].status", equalTo("ok")).body("results[1].conflict", nullValue())
                .body("results[2].status", equalTo("ok")).body("results[2].conflict", equalTo("revoked"))
                .body("results[3].status", equalTo("refused")).body("results[3].reason", equalTo("invalid"))
                .body("results[4].duplicate", equalTo(true));
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON).body(batch)
                .header("X-Device-Token", f.gate)
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/offline-scans")
                .then().statusCode(200).body("recorded", equalTo(0)).body("duplicates", equalTo(5));
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/scans?conflicts=true")
                .then().body("total", equalTo(3));
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/lists/" + f.desk + "/headcount")
                .then().body("checkedIn", equalTo(3));
        // a batch with an unknown list records nothing
        given().auth().oauth2(CheckInFixture.REGISTRAR).contentType(ContentType.JSON).header("X-Device-Token", f.gate)
                .body("{\"scans\":[" + offline(f.desk, f.payloads.get("张敏"), "off-5", earlier) + ","
                        + offline(UUID.randomUUID().toString(), f.payloads.get("张敏"), "off-6", earlier) + "]}")
                .when().post("/api/v1/meetings/" + f.meeting + "/checkin/offline-scans")
                .then().statusCode(400).body("detail", containsString("nothing was recorded"));
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/checkin/scans?attendeeId=" + f.people.get("张敏"))
                .then().body("total", equalTo(0));
    }

    @Test
    void aDashboardGetsTheHeadcountAsAStream() throws Exception {
        CheckInFixture f = new CheckInFixture();
        f.redeem(f.desk, "王芳", "ENTRY").statusCode(201);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/meetings/" + f.meeting
                        + "/checkin/lists/" + f.desk + "/headcount/stream"))
                .header("Authorization", "Bearer " + CheckInFixture.ORGANIZER)
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.util.stream.Stream<String>> response = http.send(request,
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        String first = response.body().filter(line -> line.startsWith("data:")).findFirst().orElseThrow();
        assertTrue(first.contains("\"checkedIn\":1"), first);
        assertTrue(first.contains("\"expected\":4"), first);
        response.body().close();
    }

    private static String offline(String list, String payload, String nonce, OffsetDateTime at) {
        return "{\"listId\":\"" + list + "\",\"secret\":\"" + payload + "\",\"nonce\":\"" + nonce
                + "\",\"offline\":true,\"scannedAt\":\"" + at + "\"}";
    }
}
