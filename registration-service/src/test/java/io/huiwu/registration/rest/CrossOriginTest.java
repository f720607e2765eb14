package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A browser app on an allowed origin may call the API; other origins are not let in. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class CrossOriginTest {

    private static final String APP = "https://admin.huiwu.test";

    @Test
    void aPreflightFromTheAdminAppAllowsTheHeadersTheApiNeeds() {
        given().header("Origin", APP)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,idempotency-key,content-type")
                .when().options("/api/v1/meetings/" + java.util.UUID.randomUUID() + "/attendees/x")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void answersExposeTheirETagAndLocationToTheApp() {
        String meeting = Fixtures.meeting("跨域测试会议");
        given().auth().oauth2(Fixtures.organizer()).header("Origin", APP)
                .when().get("/api/v1/meetings/" + meeting)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString(CredentialResource.LEFT_OUT_UNVERIFIED));
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/meetings")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings")
                .then().statusCode(equalTo(403));
    }
}
