package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class DelegationAndGroupTest {

    @Test
    void delegationsAreListedInTheOrderAskedFor() {
        String meeting = Fixtures.meeting("代表团顺序会议");
        for (String delegation : new String[] {"西城区代表团", "海淀区代表团", "东城区代表团", "东城区代表团"}) {
            given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                    .body(Fixtures.attendeeJson("代表", "ATTENDEE", delegation, 1))
                    .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201);
        }
        given().auth().oauth2(TestTokens.role("venue")).when().get("/api/v1/meetings/" + meeting + "/delegations")
                .then().statusCode(200)
                .body("items.name", contains("东城区代表团", "西城区代表团", "海淀区代表团"))
                .body("items.attendees", contains(2, 1, 1)).body("total", equalTo(3));
        given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + meeting + "/delegations?order=PINYIN")
                .then().body("items.name", contains("东城区代表团", "海淀区代表团", "西城区代表团"));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"names\":[\"海淀区代表团\",\"西城区代表团\"]}")
                .when().put("/api/v1/meetings/" + meeting + "/delegations/order")
                .then().statusCode(200)
                .body("items.name", contains("海淀区代表团", "西城区代表团", "东城区代表团"))
                .body("items.position", contains(1, 2, null));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"names\":[\"海淀区代表团\",\"海淀区代表团\"]}")
                .when().put("/api/v1/meetings/" + meeting + "/delegations/order")
                .then().statusCode(400).body("detail", containsString("twice"));
    }

    @Test
    void groupsHaveOneOrTwoConvenersAndAPersonIsInOneGroup() {
        String meeting = Fixtures.meeting("分组讨论会议");
        String a = Fixtures.attendee(meeting, "甲");
        String b = Fixtures.attendee(meeting, "乙");
        String c = Fixtures.attendee(meeting, "丙");
        String first = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"第一组\",\"room\":\"三楼第二会议室\",\"position\":1}")
                .when().post("/api/v1/meetings/" + meeting + "/discussion-groups")
                .then().statusCode(201).body("version", equalTo(0)).extract().path("id");
        String second = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"第二组\",\"room\":\"三楼第三会议室\",\"position\":2}")
                .when().post("/api/v1/meetings/" + meeting + "/discussion-groups")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"第一组\"}")
                .when().post("/api/v1/meetings/" + meeting + "/discussion-groups").then().statusCode(409);

        String members = "{\"members\":[{\"attendeeId\":\"%s\",\"convener\":%s},{\"attendeeId\":\"%s\",\"convener\":%s},"
                + "{\"attendeeId\":\"%s\",\"convener\":%s}]}";
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(members.formatted(a, false, b, false, c, false))
                .when().put("/api/v1/meetings/" + meeting + "/discussion-groups/" + first + "/members")
                .then().statusCode(400).body("detail", containsString("one or two conveners"));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(members.formatted(a, true, b, true, c, true))
                .when().put("/api/v1/meetings/" + meeting + "/discussion-groups/" + first + "/members")
                .then().statusCode(400);
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(members.formatted(a, true, b, false, c, true))
                .when().put("/api/v1/meetings/" + meeting + "/discussion-groups/" + first + "/members")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("members.convener", contains(true, true, false));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"members\":[{\"attendeeId\":\"" + b + "\",\"convener\":true}]}")
                .when().put("/api/v1/meetings/" + meeting + "/discussion-groups/" + second + "/members")
                .then().statusCode(409).body("detail", containsString("already in group 第一组"));
        given().auth().oauth2(TestTokens.role("registrar"))
                .when().get("/api/v1/meetings/" + meeting + "/discussion-groups")
                .then().statusCode(200).body("items.name", contains("第一组", "第二组"))
                .body("items[0].members.size()", equalTo(3)).body("items[1].members.size()", equalTo(0));
    }
}
