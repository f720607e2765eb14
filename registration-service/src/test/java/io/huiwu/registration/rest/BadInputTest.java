package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Every slice endpoint answers bad input with a 4xx problem+json that says what to fix, and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class BadInputTest {

    private static final String VALID = "{\"name\":\"张三\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\"}";

    private String meeting;
    private String attendee;

    @BeforeEach
    void setUp() {
        meeting = Fixtures.meeting("坏输入测试会议");
        attendee = Fixtures.attendee(meeting, "李四");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON          | {"name":                                                     |          | not valid JSON
            not an object           | ["张三"]                                                     | body     | must be a JSON object
            empty body              | ''                                                            | body     | must not be null
            missing name            | {"gender":"MALE","category":"ATTENDEE"}                       | name     | must not be blank
            missing gender          | {"name":"张三","category":"ATTENDEE"}                         | gender   | must not be null
            blank name              | {"name":"  ","gender":"MALE","category":"ATTENDEE"}           | name     | must not be blank
            unknown enum value      | {"name":"张三","gender":"OTHER","category":"ATTENDEE"}        | gender   | use one of FEMALE, MALE
            unknown category        | {"name":"张三","gender":"MALE","category":"VIP"}              | category | use one of ATTENDEE
            rank not a number       | {"name":"张三","gender":"MALE","category":"GUEST","rank":"高"} | rank     | must be a whole number
            rank below one          | {"name":"张三","gender":"MALE","category":"GUEST","rank":0}   | rank     | must be greater than or equal to 1
            name as a number        | {"name":12,"gender":"MALE","category":"GUEST"}                | name     | must be a string
            unknown field           | {"name":"张三","gender":"MALE","category":"GUEST","sex":"M"}  | sex      | is not a known field
            NUL character           | {"name":"张\\u0000三","gender":"MALE","category":"GUEST"}     | name     | NUL character (U+0000)
            control character       | {"name":"张\\u0007三","gender":"MALE","category":"GUEST"}     | name     | control characters
            """)
    void registerRefusesBadInput(String label, String body, String field, String message) {
        long before = activeCount();
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then(), 400, field, message);
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("total", equalTo((int) before));
    }

    @Test
    void theNulCharacterIsRefusedInEveryFieldAndParameterWithTheFieldNamed() {
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"第一\\u0000组\",\"room\":\"三楼\"}")
                .when().post("/api/v1/meetings/" + meeting + "/discussion-groups").then(), 400, "name", "U+0000");
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"通知\",\"content\":\"内容\",\"participants\":\"全体\\u0000代表\",\"checkIn\":\"3月1日\","
                        + "\"duration\":\"5天\",\"venue\":\"会堂\",\"dress\":\"正装\",\"notes\":\"无\"}")
                .when().post("/api/v1/meetings/" + meeting + "/notices").then(), 400, "participants", "U+0000");
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"names\":[\"甲\",\"乙\\u0000\"]}")
                .when().put("/api/v1/meetings/" + meeting + "/delegations/order").then(), 400, "names[1]", "U+0000");
        expectProblem(given().auth().oauth2(Fixtures.organizer()).urlEncodingEnabled(false)
                .when().get("/api/v1/meetings/" + meeting + "/attendees?q=%E5%BC%A0%00").then(), 400, "q", "U+0000");
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/discussion-groups")
                .then().body("total", equalTo(0));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/notices")
                .then().body("total", equalTo(0));
    }

    @Test
    void aListLongerThanItsFieldAllowsIsRefusedAsItIsRead() {
        String names = "[" + String.join(",", java.util.Collections.nCopies(501, "\"甲\"")) + "]";
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"names\":" + names + "}")
                .when().put("/api/v1/meetings/" + meeting + "/delegations/order").then(), 400, "names",
                "must have at most 500 items; it has 501");
        String scans = "[" + String.join(",", java.util.Collections.nCopies(25_000, "null")) + "]";
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"scans\":" + scans + "}")
                .when().post("/api/v1/meetings/" + meeting + "/checkin/offline-scans").then(), 400, "scans",
                "at most 20000 items");
        // within the limit, an upload of bad scans from a registered device reports the first hundred faults and
        // records nothing
        String desk = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"报到处\",\"kind\":\"DESK\",\"categories\":[\"ATTENDEE\"]}")
                .when().post("/api/v1/meetings/" + meeting + "/checkin/lists").then().statusCode(201)
                .extract().path("id");
        String device = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"1号机\",\"listIds\":[\"" + desk + "\"]}")
                .when().post("/api/v1/meetings/" + meeting + "/checkin/devices").then().statusCode(201)
                .extract().path("token");
        String bad = "[" + String.join(",", java.util.Collections.nCopies(5_000, "{\"nonce\":\"\"}")) + "]";
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("X-Device-Token", device)
                .body("{\"scans\":" + bad + "}")
                .when().post("/api/v1/meetings/" + meeting + "/checkin/offline-scans")
                .then().statusCode(400).body("errors.size()", equalTo(100))
                .body("errors[0].field", equalTo("scans[0].listId"));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/checkin/scans")
                .then().body("total", equalTo(0));
    }

    @Test
    void oversizedStringsAreRefused() {
        String longName = "张".repeat(51);
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + longName + "\",\"gender\":\"MALE\",\"category\":\"GUEST\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then(), 400, "name", "size must be");
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"张三\",\"gender\":\"MALE\",\"category\":\"GUEST\",\"unit\":\"" + "单".repeat(201)
                        + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then(), 400, "unit", "size must be");
        expectProblem(given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + "会".repeat(201) + "\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-01-02\","
                        + "\"organizer\":\"someone\"}")
                .when().post("/api/v1/meetings").then(), 400, "name", "size must be");
        // a Chinese name of 50 characters is accepted: long transliterated names exist
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + "张".repeat(50) + "\",\"gender\":\"MALE\",\"category\":\"GUEST\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date not ISO        | {"name":"会","startDate":"2026/01/01","endDate":"2026-01-02","organizer":"o"} | startDate | yyyy-MM-dd
            impossible date     | {"name":"会","startDate":"2026-02-30","endDate":"2026-03-02","organizer":"o"} | startDate | yyyy-MM-dd
            missing end         | {"name":"会","startDate":"2026-02-01","organizer":"o"}                        | endDate   | must not be null
            missing organizer   | {"name":"会","startDate":"2026-02-01","endDate":"2026-03-02"}                 | organizer | must not be null
            malformed organizer | {"name":"会","startDate":"2026-02-01","endDate":"2026-03-02","organizer":"张 三"} | organizer | must be a token subject
            """)
    void meetingRefusesBadInput(String label, String body, String field, String message) {
        expectProblem(given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/meetings").then(), 400, field, message);
    }

    @Test
    void updatesRefuseBadInputAndKeepTheEntry() {
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body("{\"name\":\"\",\"gender\":\"MALE\",\"category\":\"GUEST\"}")
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + attendee).then(), 400, "name", "blank");
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("If-Match", "version-zero").body(VALID)
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + attendee).then(), 400, "If-Match",
                "ETag");
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + attendee)
                .then().body("name", equalTo("李四")).body("version", equalTo(0));
    }

    @Test
    void unknownIdsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/meetings/" + unknown + "/attendees").then(), 404, null, "Meeting " + unknown);
        expectProblem(given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + unknown).then(), 404, null,
                "Attendee " + unknown);
        expectProblem(given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(VALID)
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + unknown).then(), 404, null, unknown);
        expectProblem(given().auth().oauth2(Fixtures.organizer())
                .when().delete("/api/v1/meetings/" + meeting + "/attendees/" + unknown).then(), 404, null, unknown);
        expectProblem(given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + unknown + "/attendees").then(), 404, null, unknown);
        // an attendee of one meeting is not found under another
        String other = Fixtures.meeting("另一个会议");
        expectProblem(given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + other + "/attendees/" + attendee).then(), 404, null, attendee);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative page   | page=-1         | page
            size too large  | size=501        | size
            size zero       | size=0          | size
            unknown sort    | sort=birthday   | sort
            unknown status  | status=GONE     | status
            """)
    void listParametersAreChecked(String label, String query, String field) {
        ValidatableResponse response = given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees?" + query).then();
        response.statusCode(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(400),
                        org.hamcrest.Matchers.lessThan(500)))
                .contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    @Test
    void wrongMediaTypeAndMethodAreProblems() {
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.TEXT).body("name=张三")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.organizer())
                .when().patch("/api/v1/meetings/" + meeting)
                .then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private long activeCount() {
        return given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().extract().<Integer>path("total");
    }

    static void expectProblem(ValidatableResponse response, int status, String field, String message) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", containsString("urn:huiwu:problem:"))
                .body("title", notNullValue())
                .body("detail", containsString(message))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
    }
}
