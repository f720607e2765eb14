package io.huiwu.logistics.rest;

import io.huiwu.chassis.testing.OpenApiContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    @Test
    void committedDocumentIsTheServedOne() throws Exception {
        OpenApiContract.assertCommittedMatches(given().when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }
}
