package io.huiwu.venue.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SecurityAndInputTest {

    private static final String LIST = "/api/v1/meetings/" + UUID.randomUUID() + "/attendees";

    @Test
    void tokensAndRolesAreChecked() {
        given().when().get(LIST).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.foreign("venue")).when().get(LIST).then().statusCode(401);
        given().auth().oauth2(TestTokens.attendee(UUID.randomUUID())).when().get(LIST)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.role("venue")).when().get(LIST)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badParametersAndUnknownIdsAreProblems() {
        given().auth().oauth2(TestTokens.role("venue")).when().get(LIST + "?size=501")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.role("venue")).when().get(LIST + "?page=-1")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(TestTokens.role("venue")).when().get(LIST + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("does not exist"));
        given().auth().oauth2(TestTokens.role("venue")).when().get(LIST + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.role("venue")).when().post(LIST)
                .then().statusCode(405).contentType("application/problem+json");
    }
}
