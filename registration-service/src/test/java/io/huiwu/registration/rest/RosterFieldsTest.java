package io.huiwu.registration.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The roster's fields beyond name and place (ethnic group, sector, party, grade, delegation role, needs), the
 * identity document and its check, and what of them stays private: through the API, in the database and on the
 * topic.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RosterFieldsTest {

    private static final EventContract ATTENDEE_EVENTS = EventContract.of(AsyncApiDocument.OWN, "AttendeeSnapshot");
    /** A woman's number (17th digit 2), check character X. */
    private static final String WOMANS_ID = "11010519491231002X";
    /** A man's number (17th digit 1). */
    private static final String MANS_ID = "110105198001010016";
    private static final String PHONE = "13912340000";
    private static final String HEALTH = "胰岛素依赖，需冷藏药品";

    @Inject
    AgroalDataSource dataSource;

    private static String full(String name, String gender, String idNumber) {
        return "{\"name\":\"" + name + "\",\"gender\":\"" + gender + "\",\"category\":\"ATTENDEE\","
                + "\"delegation\":\"民族团\",\"phone\":\"" + PHONE + "\",\"idNumber\":\"" + idNumber + "\","
                + "\"ethnicity\":\"03\",\"sector\":\"少数民族界\",\"party\":\"CDL\",\"grade\":\"BUREAU_FULL\","
                + "\"delegationRole\":\"LEADER\",\"diet\":[\"NO_PORK\",\"HALAL\"],\"accessibilityNeeds\":\"轮椅\","
                + "\"healthNeeds\":\"" + HEALTH + "\"}";
    }

    private static ValidatableResponse post(String meeting, String body) {
        return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then();
    }

    @Test
    void anEntryCarriesTheNewFieldsThroughTheApiTheDatabaseAndItsEvents() throws Exception {
        String meeting = Fixtures.meeting("名册字段会议");
        String id = post(meeting, full("马明", "FEMALE", WOMANS_ID)).statusCode(201)
                .body("ethnicity", equalTo("03")).body("ethnicityName", equalTo("回族"))
                .body("sector", equalTo("少数民族界")).body("party", equalTo("CDL"))
                .body("grade", equalTo("BUREAU_FULL")).body("delegationRole", equalTo("LEADER"))
                .body("diet", contains("HALAL", "NO_PORK")).body("accessibilityNeeds", equalTo("轮椅"))
                .body("healthNeeds", equalTo(HEALTH)).body("idType", equalTo("MAINLAND_ID"))
                .body("idNumber", equalTo(WOMANS_ID)).body("warnings", empty())
                .extract().path("id");

        Map<String, String> row = row(id);
        assertEquals("03", row.get("ethnicity"));
        assertEquals("CDL", row.get("party"));
        assertEquals("BUREAU_FULL", row.get("grade"));
        assertEquals("LEADER", row.get("delegation_role"));
        assertEquals("HALAL,NO_PORK", row.get("diet"));
        assertEquals("MAINLAND_ID", row.get("id_type"));
        assertEquals(HEALTH, row.get("health_needs"));

        TopicEvents.Event registered = awaitEvents(id, 1).get(0);
        var data = registered.data();
        assertEquals("03", data.path("ethnicity").asText());
        assertEquals("少数民族界", data.path("sector").asText());
        assertEquals("CDL", data.path("party").asText());
        assertEquals("BUREAU_FULL", data.path("grade").asText());
        assertEquals(5, data.path("gradeLevel").asInt());
        assertEquals("LEADER", data.path("delegationRole").asText());
        assertEquals(List.of("HALAL", "NO_PORK"), List.of(data.path("diet").get(0).asText(),
                data.path("diet").get(1).asText()));
        assertEquals("轮椅", data.path("accessibilityNeeds").asText());
        assertTrue(data.path("hasHealthNeeds").asBoolean());
        ATTENDEE_EVENTS.assertValid(data);
        // personal data never travels on the general topic
        String published = new String(registered.value(), StandardCharsets.UTF_8);
        for (String secret : List.of(WOMANS_ID, PHONE, HEALTH, "idNumber", "idType", "phone", "healthNeeds\"")) {
            assertFalse(published.contains(secret), "the event holds " + secret);
        }

        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"马明\",\"gender\":\"FEMALE\",\"category\":\"ATTENDEE\",\"ethnicity\":\"01\","
                        + "\"party\":\"JIUSAN\",\"grade\":\"COUNTY_DEPUTY\",\"diet\":[\"VEGETARIAN\"]}")
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(200).body("ethnicityName", equalTo("汉族")).body("party", equalTo("JIUSAN"))
                .body("diet", contains("VEGETARIAN")).body("healthNeeds", nullValue()).body("sector", nullValue())
                .body("idType", nullValue());
        row = row(id);
        assertEquals("VEGETARIAN", row.get("diet"));
        assertNull(row.get("health_needs"));
        assertNull(row.get("id_type"));
        var updated = awaitEvents(id, 2).get(1).data();
        assertEquals("COUNTY_DEPUTY", updated.path("grade").asText());
        assertEquals(8, updated.path("gradeLevel").asInt());
        assertFalse(updated.path("hasHealthNeeds").asBoolean());
        assertTrue(updated.path("delegationRole").isNull());
        ATTENDEE_EVENTS.assertValid(updated);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown ethnicity | "ethnicity":"99"                              | ethnicity          | unknown value '99'
            ethnic name       | "ethnicity":"汉族"                            | ethnicity          | GB/T 3304
            ethnicity length  | "ethnicity":"001"                             | ethnicity          | size must be
            check character   | "idNumber":"110105194912310021"               | idNumber           | check
            birth date        | "idNumber":"11010119990230001X"               | idNumber           | date of birth
            15 digits         | "idNumber":"110105491231002"                  | idNumber           | 15-digit
            17 digits         | "idNumber":"11010519491231002"                | idNumber           | 18 characters
            passport as ID    | "idType":"MAINLAND_ID","idNumber":"E12345678" | idNumber           | 18 characters
            passport untyped  | "idNumber":"E12345678"                        | idType             | PASSPORT
            unknown document  | "idType":"VISA","idNumber":"E12345678"        | idType             | use one of
            unknown party     | "party":"KMT"                                 | party              | use one of CPC
            unknown grade     | "grade":"MINISTER"                            | grade              | use one of
            unknown role      | "delegationRole":"SECRETARY","delegation":"甲" | delegationRole     | use one of
            role, no team     | "delegationRole":"LEADER"                     | delegationRole     | needs a delegation
            unknown diet      | "diet":["SPICY"]                              | diet               | use one of HALAL
            null diet         | "diet":[null]                                 | diet               | must not be null
            control character | "accessibilityNeeds":"轮\\u0007椅"            | accessibilityNeeds | control characters
            """)
    void badFieldsAreRefusedNamingTheFieldAndNothingIsStored(String label, String fields, String field,
            String message) {
        String meeting = Fixtures.meeting("坏字段会议");
        String name = "坏字段" + UUID.randomUUID().toString().substring(0, 4);
        String body = "{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"category\":\"GUEST\"," + fields + "}";
        post(meeting, body).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:huiwu:problem:validation-failed"))
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith(field)))
                .body("detail", containsString(message))
                .body("detail", not(containsString("110105")));
        given().auth().oauth2(Fixtures.organizer()).queryParam("q", name)
                .when().get("/api/v1/meetings/" + meeting + "/attendees").then().body("total", equalTo(0));
    }

    @Test
    void tooLongFreeTextIsRefusedAndAnUpdateKeepsTheEntry() {
        String meeting = Fixtures.meeting("超长字段会议");
        String id = post(meeting, full("马兰", "FEMALE", WOMANS_ID)).statusCode(201).extract().path("id");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"马兰\",\"gender\":\"FEMALE\",\"category\":\"GUEST\",\"healthNeeds\":\""
                        + "病".repeat(201) + "\"}")
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(400).body("errors.field", contains("healthNeeds"))
                .body("detail", not(containsString("病病")));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"马兰\",\"gender\":\"FEMALE\",\"category\":\"GUEST\",\"sector\":\""
                        + "界".repeat(51) + "\",\"accessibilityNeeds\":\"" + "轮".repeat(201) + "\"}")
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(400).body("errors.field", contains("accessibilityNeeds", "sector"));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"马兰\",\"gender\":\"FEMALE\",\"category\":\"GUEST\",\"ethnicity\":\"57\"}")
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(400).body("errors.field", contains("ethnicity"));
        given().auth().oauth2(Fixtures.organizer()).header("Accept-Language", "zh-CN").contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"name\":\"马兰\",\"gender\":\"FEMALE\",\"category\":\"GUEST\",\"idNumber\":\""
                        + "110105194912310021\"}")
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].message", containsString("校验码"))
                .body("detail", not(containsString("110105194912310021")));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().body("version", equalTo(0)).body("ethnicity", equalTo("03"))
                .body("healthNeeds", equalTo(HEALTH)).body("category", equalTo("ATTENDEE"));
    }

    @Test
    void foreignDocumentsAreTakenAsWrittenAndMainlandNumbersAsStored() {
        String meeting = Fixtures.meeting("证件类型会议");
        String passport = post(meeting, "{\"name\":\"John Smith\",\"gender\":\"MALE\",\"category\":\"GUEST\","
                + "\"idType\":\"PASSPORT\",\"idNumber\":\"E12345678\",\"ethnicity\":\"98\"}").statusCode(201)
                .body("idType", equalTo("PASSPORT")).body("idNumber", equalTo("E12345678"))
                .body("ethnicityName", equalTo("外国血统中国籍人士")).body("warnings", empty())
                .extract().path("id");
        given().auth().oauth2(TestTokens.role("registrar"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + passport)
                .then().body("idNumber", equalTo("*****5678")).body("idType", equalTo("PASSPORT"));
        post(meeting, "{\"name\":\"陈台生\",\"gender\":\"MALE\",\"category\":\"GUEST\",\"idType\":\"TAIWAN_PERMIT\","
                + "\"idNumber\":\"12345678\"}").statusCode(201).body("idType", equalTo("TAIWAN_PERMIT"));
        // spaces and a lower-case x as people type them
        post(meeting, "{\"name\":\"孙丽\",\"gender\":\"FEMALE\",\"category\":\"GUEST\",\"idNumber\":\"110105 19491231"
                + " 002x\"}").statusCode(201).body("idNumber", equalTo(WOMANS_ID))
                .body("idType", equalTo("MAINLAND_ID"));
        // the same person twice is caught whatever the spelling
        post(meeting, "{\"name\":\"孙丽\",\"gender\":\"FEMALE\",\"category\":\"GUEST\",\"idNumber\":\"" + WOMANS_ID
                + "\"}").statusCode(409).body("detail", not(containsString(WOMANS_ID)));
    }

    @Test
    void aGenderTheIdNumberContradictsIsAWarningForTheVerifiersNotARefusal() {
        String meeting = Fixtures.meeting("性别核对会议");
        String id = post(meeting, "{\"name\":\"王强\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\",\"idNumber\":\""
                + WOMANS_ID + "\"}").statusCode(201)
                .body("warnings.field", contains("gender")).body("warnings.code", contains("ID_NUMBER_GENDER"))
                .body("warnings[0].message", containsString("woman"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.role("registrar")).header("Accept-Language", "zh-CN")
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(200).body("idNumber", equalTo("110105********002X"))
                .body("warnings[0].field", equalTo("gender"))
                .body("warnings[0].message", containsString("女性"))
                .body("warnings[0].message", not(containsString("11010519")));
        given().auth().oauth2(TestTokens.role("registrar"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("items[0].warnings.code", contains("ID_NUMBER_GENDER"));
        given().auth().oauth2(TestTokens.role("registrar"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + id + "/history")
                .then().body("items[0].entry.warnings.code", contains("ID_NUMBER_GENDER"));

        // once corrected the warning is gone; a man's number with a man is none
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"王强\",\"gender\":\"FEMALE\",\"category\":\"ATTENDEE\",\"idNumber\":\"" + WOMANS_ID
                        + "\"}")
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(200).body("warnings", empty());
        post(meeting, "{\"name\":\"李刚\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\",\"idNumber\":\"" + MANS_ID
                + "\"}").statusCode(201).body("warnings", empty());
    }

    @Test
    void healthNeedsAreHiddenFromAllButOrganizersAndTheAttendeeThemselves() throws Exception {
        String meeting = Fixtures.meeting("健康需求会议");
        String id = post(meeting, full("马丽", "FEMALE", WOMANS_ID)).statusCode(201).extract().path("id");
        String registrar = TestTokens.role("registrar");
        given().auth().oauth2(registrar).when().get("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().body("healthNeeds", equalTo("******")).body("phone", equalTo("139****0000"))
                .body("accessibilityNeeds", equalTo("轮椅")).body("diet", contains("HALAL", "NO_PORK"));
        given().auth().oauth2(TestTokens.role("logistics")).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("items[0].healthNeeds", equalTo("******"))
                .body("items[0].idNumber", equalTo("110105********002X"));
        given().auth().oauth2(registrar).when().get("/api/v1/meetings/" + meeting + "/attendees/" + id + "/history")
                .then().body("items[0].entry.healthNeeds", equalTo("******"));
        // a registrar vouching for the entry reads it as masked as any other time
        given().auth().oauth2(registrar).header("If-Match", "\"0\"")
                .when().post("/api/v1/meetings/" + meeting + "/attendees/" + id + "/verifications")
                .then().statusCode(200).body("healthNeeds", equalTo("******"))
                .body("idNumber", equalTo("110105********002X")).body("phone", equalTo("139****0000"));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().body("healthNeeds", equalTo(HEALTH));
        given().auth().oauth2(TestTokens.attendee(meeting, id)).when().get("/api/v1/meetings/" + meeting
                + "/attendees/me").then().statusCode(200).body("healthNeeds", equalTo(HEALTH));

        Map<String, String> exported = exportedRow(registrar, meeting, 1);
        assertEquals("******", exported.get("健康需求"));
        assertEquals("110105********002X", exported.get("身份证号"));
        assertEquals(HEALTH, exportedRow(Fixtures.organizer(), meeting, 1).get("健康需求"));
    }

    @Test
    void theAnswerKeptForAReplayHoldsNoPersonalData() throws Exception {
        String meeting = Fixtures.meeting("幂等隐私会议");
        String key = UUID.randomUUID().toString();
        String body = full("马强", "MALE", MANS_ID);
        String id = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("idNumber", equalTo(MANS_ID)).body("phone", equalTo(PHONE)).body("healthNeeds", equalTo(HEALTH))
                .extract().path("id");
        String stored = query("select response_body from idempotent_request where idempotency_key = ?", key);
        assertTrue(stored.contains(id), stored);
        for (String secret : List.of(MANS_ID, PHONE, HEALTH)) {
            assertFalse(stored.contains(secret), "the idempotency store holds " + secret);
        }
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(id)).body("idNumber", equalTo("110105********0016"))
                .body("healthNeeds", equalTo("******"));
    }

    @Test
    void databaseErrorsDoNotRepeatTheValuesThatCausedThem() throws Exception {
        String meeting = Fixtures.meeting("数据库错误会议");
        String id = post(meeting, full("马龙", "MALE", MANS_ID)).statusCode(201).extract().path("id");
        SQLException duplicate = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement("insert into attendee (id, meeting_id,"
                            + " name, gender, category, status, version, created_at, updated_at, id_type, id_number)"
                            + " select ?, meeting_id, name, gender, category, status, 0, now(), now(), id_type,"
                            + " id_number from attendee where id = ?")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(id));
                insert.executeUpdate();
            }
        });
        assertTrue(duplicate.getMessage().contains("attendee_id_number_once"), duplicate.getMessage());
        assertFalse(duplicate.getMessage().contains(MANS_ID), duplicate.getMessage());
    }

    private Map<String, String> row(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select * from attendee where id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                Map<String, String> row = new HashMap<>();
                for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                    row.put(rows.getMetaData().getColumnName(c), rows.getString(c));
                }
                return row;
            }
        }
    }

    private String query(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1);
            }
        }
    }

    /** A row of the exported sheet by its headings. */
    static Map<String, String> exportedRow(String token, String meeting, int index) throws Exception {
        byte[] export = given().auth().oauth2(token)
                .when().get("/api/v1/meetings/" + meeting + "/attendees/export")
                .then().statusCode(200).extract().asByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row heading = sheet.getRow(0);
            Row row = sheet.getRow(index);
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < heading.getLastCellNum(); c++) {
                var cell = row.getCell(c);
                cells.put(heading.getCell(c).getStringCellValue(), cell == null ? ""
                        : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
            }
            return cells;
        }
    }

    private static List<TopicEvents.Event> awaitEvents(String attendeeId, int count) {
        await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("registration.attendee", e -> e.subject().equals(attendeeId)).size() >= count);
        return TopicEvents.inTestCluster().matching("registration.attendee", e -> e.subject().equals(attendeeId));
    }
}
