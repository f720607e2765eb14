package io.huiwu.registration.checkin;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class CredentialTest {

    @Test
    void credentialsAreNumberedWithinTheirTypeOnePerPersonAndType() {
        CheckInFixture f = new CheckInFixture();
        given().auth().oauth2(CheckInFixture.ORGANIZER)
                .when().get("/api/v1/meetings/" + f.meeting + "/credential-types")
                .then().body("items.name", org.hamcrest.Matchers.contains("出席证", "列席证"))
                .body("items.issued", org.hamcrest.Matchers.contains(3, 1));
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"attendeeId\":\"" + f.people.get("王芳") + "\",\"typeId\":\""
                        + given().auth().oauth2(CheckInFixture.ORGANIZER)
                        .when().get("/api/v1/meetings/" + f.meeting + "/credentials/" + f.credentials.get("王芳"))
                        .then().extract().path("typeId") + "\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials")
                .then().statusCode(409).body("detail", containsString("already has an active 出席证"));
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"出席证\",\"colour\":\"#000000\",\"prefix\":\"ZZ\",\"categories\":[\"GUEST\"]}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credential-types").then().statusCode(409);
        // each type its own colour, so that the doors can tell them apart
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"嘉宾证\",\"colour\":\"#c8102e\",\"prefix\":\"JB\",\"categories\":[\"GUEST\"]}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credential-types").then().statusCode(409)
                .body("detail", containsString("出席证")).body("detail", containsString("#C8102E"));
        // a type is issued only to its categories: 张敏 is 列席, not 出席
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"attendeeId\":\"" + f.people.get("张敏") + "\",\"typeId\":\""
                        + given().auth().oauth2(CheckInFixture.ORGANIZER)
                        .when().get("/api/v1/meetings/" + f.meeting + "/credentials/" + f.credentials.get("王芳"))
                        .then().extract().path("typeId") + "\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials")
                .then().statusCode(409).body("detail", containsString("NON_VOTING"));
        given().auth().oauth2(CheckInFixture.ORGANIZER)
                .when().get("/api/v1/meetings/" + f.meeting + "/credentials?attendeeId=" + f.people.get("张敏"))
                .then().body("items.typeName", org.hamcrest.Matchers.contains("列席证"));
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"嘉宾证\",\"colour\":\"red\",\"prefix\":\"jb\",\"categories\":[]}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credential-types").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("colour", "prefix", "categories"));
    }

    @Test
    void payloadsAreShownOnlyToThoseWhoIssueOrHoldThem() {
        CheckInFixture f = new CheckInFixture();
        String id = f.credentials.get("王芳");
        given().auth().oauth2(CheckInFixture.REGISTRAR)
                .when().get("/api/v1/meetings/" + f.meeting + "/credentials/" + id)
                .then().body("payload", startsWith("HW2."));
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + f.meeting + "/credentials/" + id)
                .then().statusCode(200).body("payload", nullValue()).body("number", equalTo("CX0001"));
        String attendee = TestTokens.attendee(f.meeting, f.people.get("王芳"));
        given().auth().oauth2(attendee).when().get("/api/v1/meetings/" + f.meeting + "/attendees/me/credentials")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].payload", notNullValue())
                .body("items[0].attendeeName", equalTo("王芳")).body("total", equalTo(1));
        given().auth().oauth2(attendee).when().get("/api/v1/meetings/" + f.meeting + "/credentials")
                .then().statusCode(403);
        given().auth().oauth2(attendee).when().get("/api/v1/meetings/" + f.meeting + "/credentials/" + id)
                .then().statusCode(403);
    }

    @Test
    void credentialsPrintAsPdf() {
        CheckInFixture f = new CheckInFixture();
        for (String layout : new String[] {"ONE", "FOUR", "EIGHT"}) {
            byte[] pdf = given().auth().oauth2(CheckInFixture.ORGANIZER)
                    .when().get("/api/v1/meetings/" + f.meeting + "/credentials/print?layout=" + layout)
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
            assertTrue(pdf.length > 1000);
        }
        String revoked = f.credentials.get("赵磊");
        given().auth().oauth2(CheckInFixture.ORGANIZER).contentType(ContentType.JSON).body("{\"reason\":\"作废\"}")
                .when().post("/api/v1/meetings/" + f.meeting + "/credentials/" + revoked + "/revoke")
                .then().statusCode(200);
        given().auth().oauth2(CheckInFixture.ORGANIZER)
                .when().get("/api/v1/meetings/" + f.meeting + "/credentials/print?id=" + revoked)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(CheckInFixture.ORGANIZER)
                .when().get("/api/v1/meetings/" + f.meeting + "/credentials/print?layout=SIX")
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
    }
}
