package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** 回执: replies to a notice, version by version, with counts, and the rules of leave and substitutes. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class ReplyTest {

    private static final String NOTICE = "{\"name\":\"关于召开会议的通知\",\"content\":\"审议工作报告\","
            + "\"participants\":\"全体代表\",\"checkIn\":\"3月1日14时前\",\"duration\":\"5天\",\"venue\":\"省人民会堂\","
            + "\"dress\":\"正装\",\"notes\":\"携带代表证\"%s}";

    @Test
    void repliesAreCountedPerVersionAndFollowTheirRules() {
        String meeting = Fixtures.meeting("回执测试会议");
        String wang = person(meeting, "王芳", "ATTENDEE");
        String li = person(meeting, "李强", "ATTENDEE");
        String zhang = person(meeting, "张敏", "NON_VOTING");
        String zhao = person(meeting, "赵磊", "GUEST");
        String notice = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(NOTICE.formatted("")).when().post("/api/v1/meetings/" + meeting + "/notices")
                .then().statusCode(201).extract().path("id");
        String replies = "/api/v1/meetings/" + meeting + "/notices/" + notice + "/replies";

        // an attendee for themselves; staff for others
        given().auth().oauth2(TestTokens.attendee(meeting, wang)).contentType(ContentType.JSON)
                .body("{\"answer\":\"ATTEND\",\"companions\":1,\"needs\":\"清真餐\"}").when().put(replies)
                .then().statusCode(200).body("name", equalTo("王芳")).body("companions", equalTo(1));
        given().auth().oauth2(TestTokens.attendee(meeting, wang)).contentType(ContentType.JSON)
                .body("{\"attendeeId\":\"" + li + "\",\"answer\":\"ATTEND\"}").when().put(replies)
                .then().statusCode(404);
        reply(replies, li, "{\"answer\":\"LEAVE\"}").statusCode(400).body("errors[0].field", equalTo("reason"));
        reply(replies, li, "{\"answer\":\"LEAVE\",\"reason\":\"出国访问\"}").statusCode(200);
        // a delegate's seat is their own: no substitute
        reply(replies, wang, "{\"answer\":\"SUBSTITUTE\",\"substitute\":{\"name\":\"王副\"}}").statusCode(409)
                .body("detail", containsString("non-voting"));
        reply(replies, zhang, "{\"answer\":\"SUBSTITUTE\"}").statusCode(400)
                .body("errors[0].field", equalTo("substitute"));
        reply(replies, zhang, "{\"answer\":\"SUBSTITUTE\",\"substitute\":{\"name\":\" \"}}").statusCode(400);
        reply(replies, zhang, "{\"answer\":\"SUBSTITUTE\",\"substitute\":{\"name\":\"张副\",\"unit\":\"区政协\","
                + "\"title\":\"副主席\"}}").statusCode(200).body("substitute.name", equalTo("张副"));
        reply(replies, zhang, "{\"answer\":\"ATTEND\",\"companions\":11}").statusCode(400)
                .body("errors[0].field", equalTo("companions"));

        given().auth().oauth2(TestTokens.role("registrar")).when().get(replies).then().statusCode(200)
                .body("version", equalTo(1)).body("attend", equalTo(1)).body("leave", equalTo(1))
                .body("substitute", equalTo(1)).body("notReplied", equalTo(1))
                .body("notRepliedBy.name", contains("赵磊"))
                .body("replies.name", contains("王芳", "李强", "张敏"))
                .body("replies[1].reason", equalTo("出国访问"));

        // 王芳 changes her mind: the reply to the same version is replaced
        reply(replies, wang, "{\"answer\":\"LEAVE\",\"reason\":\"病假\"}").statusCode(200);
        given().auth().oauth2(Fixtures.organizer()).when().get(replies).then()
                .body("attend", equalTo(0)).body("leave", equalTo(2));

        // a supplementary notice asks again; the first version's replies stay
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(NOTICE.formatted(",\"changeSummary\":\"报到时间提前\"")).when()
                .post("/api/v1/meetings/" + meeting + "/notices/" + notice + "/supplements").then().statusCode(200);
        given().auth().oauth2(Fixtures.organizer()).when().get(replies).then()
                .body("version", equalTo(2)).body("notReplied", equalTo(4));
        given().auth().oauth2(Fixtures.organizer()).queryParam("version", 1).when().get(replies).then()
                .body("leave", equalTo(2)).body("substitute", equalTo(1));
        given().auth().oauth2(Fixtures.organizer()).queryParam("version", 3).when().get(replies).then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.role("logistics")).when().get(replies).then().statusCode(403);

        // a withdrawn attendee has nothing to reply
        given().auth().oauth2(Fixtures.organizer()).when().delete("/api/v1/meetings/" + meeting + "/attendees/" + zhao)
                .then().statusCode(204);
        reply(replies, zhao, "{\"answer\":\"ATTEND\"}").statusCode(409);
    }

    private static ValidatableResponse reply(String replies, String attendee, String body) {
        String withAttendee = "{\"attendeeId\":\"" + attendee + "\"," + body.substring(1);
        return given().auth().oauth2(TestTokens.role("registrar")).contentType(ContentType.JSON).body(withAttendee)
                .when().put(replies).then();
    }

    private static String person(String meeting, String name, String category) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"category\":\"" + category + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201)
                .extract().path("id");
    }
}
