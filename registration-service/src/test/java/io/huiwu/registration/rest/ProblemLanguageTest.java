package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Problems speak the caller's language: Chinese for Accept-Language zh-CN, English otherwise. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class ProblemLanguageTest {

    @Test
    void aProblemOfTheServiceIsWrittenInChinese() {
        String meeting = Fixtures.meeting("语言测试会议");
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(Fixtures.organizer()).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + unknown)
                .then().statusCode(404)
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("参会人员 " + unknown + " 不存在"));
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + unknown)
                .then().statusCode(404)
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("Attendee " + unknown + " does not exist"));
    }

    @Test
    void fieldMessagesOfEveryOriginAreWrittenInChinese() {
        String meeting = Fixtures.meeting("语言校验会议");
        // a rule of the annotations (Hibernate Validator's own wording and this service's), and of Jackson
        given().auth().oauth2(Fixtures.organizer()).header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"gender\":\"MALE\",\"category\":\"GUEST\",\"phone\":\"电话\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(400)
                .body("title", equalTo("请求内容有误"))
                .body("errors.field", hasItems("name", "phone"))
                .body("errors.find { it.field == 'name' }.message", equalTo("不能为空"))
                .body("errors.find { it.field == 'phone' }.message", equalTo("必须是由数字、空格和短横线组成的电话号码"));
        given().auth().oauth2(Fixtures.organizer()).header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON)
                .body("{\"name\":\"张三\",\"gender\":\"OTHER\",\"category\":\"GUEST\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("gender"))
                .body("errors[0].message", equalTo("的值“OTHER”无法识别；请使用 FEMALE, MALE 之一"));
        given().auth().oauth2(Fixtures.organizer()).header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body("{\"name\":\"改名\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\"}")
                .when().put("/api/v1/meetings/" + meeting)
                .then().statusCode(412)
                .body("title", equalTo("数据在您读取后已被修改"))
                .body("detail", containsString("在您读取后已被修改（您的版本 7，现为 0）"));
    }

    @Test
    void accessProblemsAreWrittenInChinese() {
        given().header("Accept-Language", "zh-CN").when().get("/api/v1/meetings")
                .then().statusCode(401).body("title", equalTo("需要登录认证"));
        String meeting = Fixtures.meeting("语言权限会议");
        given().auth().oauth2(TestTokens.role("venue")).header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON).body(Fixtures.attendeeJson("李四", "GUEST", null, 1))
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(403).body("detail", equalTo("您在本次会议中的角色无权执行此操作"));
        given().auth().oauth2(TestTokens.person("stranger")).header("Accept-Language", "zh-TW, en;q=0.5")
                .when().get("/api/v1/meetings/" + meeting)
                .then().statusCode(404).body("detail", equalTo("会议 " + meeting + " 不存在"));
        given().auth().oauth2(TestTokens.person("stranger")).header("Accept-Language", "fr, en;q=0.5")
                .when().get("/api/v1/meetings/" + meeting)
                .then().statusCode(404).body("detail", equalTo("Meeting " + meeting + " does not exist"));
    }
}
