package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The roster's rules: verification by distinct staff, official orders, search, personal data, accompanying. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RosterTest {

    private static final String ORGANIZER_A = TestTokens.person("organizer-a");
    private static final String REGISTRAR_B = TestTokens.person("registrar-b");
    private static final String REGISTRAR_C = TestTokens.person("registrar-c");

    /** A meeting organised by organizer-a, where registrar-b, -c and -e and organizer-d hold their roles. */
    private static String meeting(int requiredVerifications) {
        String meeting = Fixtures.meeting("核对测试会议", "organizer-a", requiredVerifications);
        Fixtures.grant(meeting, "organizer-d", "organizer");
        for (String registrar : new String[] {"registrar-b", "registrar-c", "registrar-e"}) {
            Fixtures.grant(meeting, registrar, "registrar");
        }
        given().auth().oauth2(ORGANIZER_A).when().get("/api/v1/meetings/" + meeting).then()
                .body("requiredVerifications", equalTo(requiredVerifications));
        return meeting;
    }

    private static String register(String meeting, String body) {
        return given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201).extract().path("id");
    }

    private static String person(String name) {
        return "{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\"}";
    }

    private static io.restassured.response.ValidatableResponse verify(String token, String meeting, String id,
            int version) {
        return given().auth().oauth2(token).header("If-Match", "\"" + version + "\"")
                .when().post("/api/v1/meetings/" + meeting + "/attendees/" + id + "/verifications").then();
    }

    @Test
    void anEntryIsFinalOnlyAfterTwoDistinctStaffOtherThanItsEditorVerifyIt() {
        String meeting = meeting(2);
        String id = register(meeting, person("赵国庆"));
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().body("verification.state", equalTo("UNVERIFIED")).body("lastEditedBy", equalTo("organizer-a"));

        verify(ORGANIZER_A, meeting, id, 0).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("someone else must verify it"));
        verify(REGISTRAR_B, meeting, id, 0).statusCode(200)
                .body("verification.state", equalTo("PARTIAL")).body("verification.count", equalTo(1));
        verify(REGISTRAR_B, meeting, id, 0).statusCode(422).body("detail", containsString("already verified"));
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees?verification=PARTIAL")
                .then().body("items.id", contains(id));
        verify(REGISTRAR_C, meeting, id, 0).statusCode(200).body("verification.state", equalTo("VERIFIED"));
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees?verification=VERIFIED")
                .then().body("items.id", contains(id));
        given().auth().oauth2(REGISTRAR_B)
                .when().get("/api/v1/meetings/" + meeting + "/attendees?verification=UNVERIFIED")
                .then().body("total", equalTo(0));

        // an edit makes a new version, which needs verifying again
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"赵国强\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\"}")
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(200).body("verification.state", equalTo("UNVERIFIED"));
        verify(REGISTRAR_B, meeting, id, 0).statusCode(412);
        given().auth().oauth2(REGISTRAR_B)
                .when().get("/api/v1/meetings/" + meeting + "/attendees?verification=UNVERIFIED")
                .then().body("items.id", contains(id));

        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees/" + id + "/history")
                .then().statusCode(200)
                .body("items.action", contains("REGISTERED", "VERIFIED", "VERIFIED", "UPDATED"))
                .body("items.actor", contains("organizer-a", "registrar-b", "registrar-c", "organizer-a"))
                .body("items.entry.name", contains("赵国庆", "赵国庆", "赵国庆", "赵国强"))
                .body("items[0].entry.verification", nullValue());
    }

    @Test
    void aMeetingMayRequireThreeVerifications() {
        String meeting = meeting(3);
        String id = register(meeting, person("钱学森"));
        verify(REGISTRAR_B, meeting, id, 0).statusCode(200);
        verify(REGISTRAR_C, meeting, id, 0).statusCode(200).body("verification.state", equalTo("PARTIAL"));
        verify(TestTokens.person("organizer-d"), meeting, id, 0).statusCode(200)
                .body("verification.state", equalTo("VERIFIED")).body("verification.required", equalTo(3));
        verify(TestTokens.person("registrar-e"), meeting, id, 0).statusCode(422);
    }

    @Test
    void listsFollowTheOfficialOrdersAndSearchFindsPinyin() {
        String meeting = meeting(2);
        for (String name : new String[] {"张伟", "欧阳建国", "丁一", "王芳", "田明", "马云", "朱红"}) {
            register(meeting, person(name));
        }
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees?sort=strokes")
                .then().body("items.name", contains("丁一", "马云", "王芳", "田明", "朱红", "张伟", "欧阳建国"));
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees?sort=pinyin")
                .then().body("items.name", contains("丁一", "马云", "欧阳建国", "田明", "王芳", "张伟", "朱红"));
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees?sort=-strokes&size=2")
                .then().body("items.name", contains("欧阳建国", "张伟"));
        for (String query : new String[] {"oyjg", "ouyang", "OuYangJ", "建国"}) {
            given().auth().oauth2(REGISTRAR_B).queryParam("q", query)
                    .when().get("/api/v1/meetings/" + meeting + "/attendees")
                    .then().body("items.name", contains("欧阳建国"));
        }
        given().auth().oauth2(REGISTRAR_B).queryParam("q", "%")
                .when().get("/api/v1/meetings/" + meeting + "/attendees").then().body("total", equalTo(0));
    }

    @Test
    void personalDataIsCheckedAndMaskedForAllButOrganizers() {
        String meeting = meeting(2);
        String id = register(meeting, "{\"name\":\"孙丽\",\"gender\":\"FEMALE\",\"category\":\"ATTENDEE\","
                + "\"phone\":\"13812345678\",\"idNumber\":\"11010519491231002X\"}");
        given().auth().oauth2(ORGANIZER_A).when().get("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().body("phone", equalTo("13812345678")).body("idNumber", equalTo("11010519491231002X"));
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().body("phone", equalTo("138****5678")).body("idNumber", equalTo("110105********002X"));
        given().auth().oauth2(TestTokens.role("logistics")).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("items[0].phone", equalTo("138****5678"));
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees/" + id + "/history")
                .then().body("items[0].entry.idNumber", equalTo("110105********002X"));

        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON)
                .body("{\"name\":\"周杰\",\"gender\":\"MALE\",\"category\":\"GUEST\",\"idNumber\":\"110105194912310021\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(400).body("errors.field", hasItem("idNumber"));
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON)
                .body("{\"name\":\"孙丽\",\"gender\":\"FEMALE\",\"category\":\"GUEST\",\"idNumber\":\"11010519491231002X\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(409).body("detail", containsString("same ID number"));
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON)
                .body("{\"name\":\"周杰\",\"gender\":\"MALE\",\"category\":\"GUEST\",\"phone\":\"call me\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(400).body("errors.field", hasItem("phone"));
    }

    @Test
    void accompanyingPeopleBelongToAPrincipal() {
        String meeting = meeting(2);
        String principal = register(meeting, person("吴刚"));
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON)
                .body("{\"name\":\"司机小刘\",\"gender\":\"MALE\",\"category\":\"ACCOMPANYING\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(400).body("errors.field", hasItem("principalId"));
        String driver = given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON)
                .body("{\"name\":\"司机小刘\",\"gender\":\"MALE\",\"category\":\"ACCOMPANYING\",\"principalId\":\""
                        + principal + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201).body("principalId", equalTo(principal)).extract().path("id");
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON)
                .body("{\"name\":\"家属\",\"gender\":\"FEMALE\",\"category\":\"ACCOMPANYING\",\"principalId\":\""
                        + driver + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(400).body("detail", containsString("not accompanying someone else"));
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON)
                .body("{\"name\":\"家属\",\"gender\":\"FEMALE\",\"category\":\"ACCOMPANYING\",\"principalId\":\""
                        + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(400).body("detail", containsString("not an attendee of this meeting"));
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON)
                .body("{\"name\":\"张三\",\"gender\":\"MALE\",\"category\":\"GUEST\",\"principalId\":\"" + principal
                        + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(400).body("detail", not(containsString("Exception")));
    }

    @Test
    void anAttendeeSeesOnlyTheirOwnEntry() {
        String meeting = meeting(2);
        String own = register(meeting, "{\"name\":\"郑和\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\","
                + "\"phone\":\"13912345678\"}");
        String other = register(meeting, person("冯宝"));
        String token = TestTokens.attendee(meeting, own);
        given().auth().oauth2(token).when().get("/api/v1/meetings/" + meeting + "/attendees/me")
                .then().statusCode(200).body("id", equalTo(own)).body("phone", equalTo("13912345678"));
        given().auth().oauth2(token).when().get("/api/v1/meetings/" + meeting + "/attendees/" + own)
                .then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/meetings/" + meeting + "/attendees/" + other)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(403);
    }
}
