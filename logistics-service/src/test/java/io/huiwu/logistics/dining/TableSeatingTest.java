package io.huiwu.logistics.dining;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.logistics.event.DiningSnapshot;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dining halls, tables and meals; table plans by protocol; seats by hand; diet counts and the printed cards. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class TableSeatingTest {

    /** What registration reads from table-assigned and table-unassigned (its readiness check). */
    private static final EventContract REGISTRATION_READS = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "TableArrangement");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDiningReaderReadsOnlyWhatRegistrationPublishes() {
        TestRoster.CONTRACT.assertReaderFits(DiningSnapshot.class);
    }

    @Test
    void hallsTablesAndMealsAreValidatedAndABadRequestChangesNothing() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hall = hall(meeting, "第一餐厅");
        logistics().body(Map.of("name", "第一餐厅")).post(base + "/dining-halls").then().statusCode(409)
                .body("errors[0].field", equalTo("name"));
        table(meeting, hall, 1, 10, 0, 20, true, null);
        long before = count("select count(*) from dining_table where meeting_id = '" + meeting + "'");

        logistics().body(tableBody(2, 11, 4, 20, false, null)).post(base + "/dining-halls/" + hall + "/tables")
                .then().statusCode(400).body("errors[0].field", containsString("capacity"));
        logistics().body(tableBody(2, 10, 4, 20, false, "NO_PORK")).post(base + "/dining-halls/" + hall + "/tables")
                .then().statusCode(400).body("errors[0].field", equalTo("diet"));
        logistics().body(tableBody(1, 8, 4, 20, false, null)).post(base + "/dining-halls/" + hall + "/tables")
                .then().statusCode(409).body("errors[0].field", equalTo("number"));
        logistics().body(tableBody(2, 8, 4, 20, true, null)).post(base + "/dining-halls/" + hall + "/tables")
                .then().statusCode(409).body("errors[0].field", equalTo("main"));
        logistics().body(tableBody(2, 8, 4, 20, false, "BOGUS")).post(base + "/dining-halls/" + hall + "/tables")
                .then().statusCode(400);
        assertEquals(before, count("select count(*) from dining_table where meeting_id = '" + meeting + "'"));

        // two tables side by side at the same distance from the main table: the right-hand one ranks higher
        table(meeting, hall, 3, 10, -4, 20, false, null);
        table(meeting, hall, 2, 10, 4, 20, false, null);
        logistics().get(base + "/dining-halls/" + hall + "/tables").then().statusCode(200)
                .body("items.number", equalTo(List.of(1, 2, 3))).body("items.rank", equalTo(List.of(1, 2, 3)));
        logistics().get(base + "/dining-halls/" + hall).then().statusCode(200).body("tables", equalTo(3))
                .body("seats", equalTo(30));

        String meal = meal(meeting, hall, "2027-01-15", "LUNCH");
        logistics().body(Map.of("hallId", hall, "day", "2027-01-15", "kind", "LUNCH", "service", "BUFFET"))
                .post(base + "/meals").then().statusCode(409).body("errors[0].field", equalTo("kind"));
        logistics().body(Map.of("hallId", UUID.randomUUID(), "day", "2027-01-15", "kind", "DINNER", "service",
                "BUFFET")).post(base + "/meals").then().statusCode(400).body("errors[0].field", equalTo("hallId"));
        logistics().body(Map.of("hallId", hall, "day", "2027-01-15", "kind", "SUPPER", "service", "BUFFET"))
                .post(base + "/meals").then().statusCode(400);
        assertEquals(1, count("select count(*) from meal where meeting_id = '" + meeting + "'"));
        logistics().get(base + "/meals?day=2027-01-15").then().statusCode(200).body("items.id", equalTo(List.of(meal)))
                .body("items[0].hall", equalTo("第一餐厅"));
        // a hall with tables or meals stays
        logistics().delete(base + "/dining-halls/" + hall).then().statusCode(409);
        logistics().body(Map.of("delegations", List.of(" "))).post(base + "/meals/" + meal + "/table-plan/preview")
                .then().statusCode(400).body("errors[0].field", containsString("delegations"));
    }

    @Test
    void aPlanByProtocolIsPreviewedThenAppliedOnceWithItsEvents() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hall = hall(meeting, "国宴厅");
        String main = table(meeting, hall, 1, 10, 0, 30, true, null);
        String right = table(meeting, hall, 2, 10, 5, 30, false, null);
        String left = table(meeting, hall, 3, 10, -5, 30, false, null);
        String halal = table(meeting, hall, 9, 6, 0, 5, false, "HALAL");
        String meal = meal(meeting, hall, "2027-01-15", "DINNER");

        UUID first = person(meeting, "甲一", "ATTENDEE", "省直代表团", 1, null);
        UUID second = person(meeting, "乙二", "ATTENDEE", "省直代表团", 2, null);
        UUID third = person(meeting, "丙三", "ATTENDEE", "长安区代表团", 3, null);
        List<UUID> changan = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            changan.add(person(meeting, "长安" + i, "ATTENDEE", "长安区代表团", null, null));
        }
        List<UUID> yanta = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            yanta.add(person(meeting, "雁塔" + i, "ATTENDEE", "雁塔区代表团", null, null));
        }
        UUID muslim = person(meeting, "马清真", "ATTENDEE", "雁塔区代表团", null, "HALAL");
        UUID vegetarian = person(meeting, "素食者", "ATTENDEE", "雁塔区代表团", null, null);
        UUID staff = person(meeting, "工作人员", "STAFF", null, null, null);
        awaitRoster(meeting, 16);
        // the roster gives no diet for 素食者: staff record it
        logistics().body(Map.of("diet", List.of("VEGETARIAN"))).put(base + "/dining/diets/" + vegetarian).then()
                .statusCode(200).body("diet", equalTo(List.of("VEGETARIAN"))).body("source", equalTo("STAFF"));
        logistics().get(base + "/dining/diets/" + muslim).then().statusCode(200)
                .body("diet", equalTo(List.of("HALAL"))).body("source", equalTo("ROSTER"));

        JsonPath preview = logistics().body(Map.of("delegations", List.of("雁塔区代表团")))
                .post(base + "/meals/" + meal + "/table-plan/preview").then().statusCode(200).extract().jsonPath();
        assertEquals(0, count("select count(*) from table_seat where meeting_id = '" + meeting + "'"));
        assertEquals(15, preview.getInt("people"));
        assertEquals(15, preview.getInt("placed"));
        assertEquals(List.of(1, 2, 3, 9), preview.getList("tables.number"));
        assertEquals(List.of(main, right, left, halal), preview.getList("tables.tableId"));
        assertEquals(List.of("甲一", "乙二", "丙三"), preview.getList("tables[0].seats.name").subList(0, 3));
        assertEquals(List.of("HOST", "SECOND_HOST", "HOST_RIGHT_1"),
                preview.getList("tables[0].seats.position").subList(0, 3));
        assertEquals("MAIN_TABLE", preview.getString("tables[0].seats[0].rule"));
        assertEquals("主桌，礼宾排序第 1 位", preview.getString("tables[0].seats[0].explanationZh"));
        // 雁塔 first as asked (its 马清真 at the halal table, 素食者 served at the table), then 长安
        assertEquals(List.of("素食者", "雁塔1", "雁塔2", "雁塔3", "雁塔4"), names(preview, 1));
        assertEquals("马清真", preview.getString("tables[3].seats[0].name"));
        assertEquals("DIET_TABLE", preview.getString("tables[3].seats[0].rule"));
        assertEquals(List.of("长安1", "长安2", "长安3", "长安4", "长安5", "长安6"), names(preview, 2));
        assertEquals("DELEGATION", preview.getString("tables[2].seats[0].rule"));
        assertEquals("长安区代表团", preview.getString("tables[2].seats[0].key"));
        assertFalse(preview.getList("tables.seats.name").toString().contains("工作人员"));

        logistics().body("{}").post(base + "/meals/" + meal + "/table-plan/apply").then().statusCode(200)
                .body("assigned", equalTo(15)).body("unassigned", equalTo(0)).body("unplaced", equalTo(0));
        assertEquals(15, count("select count(*) from table_seat where meeting_id = '" + meeting + "'"));
        assertEquals(3, count("select count(*) from table_seat where table_id = '" + main + "'"));
        // the same plan again changes nothing
        logistics().body("{}").post(base + "/meals/" + meal + "/table-plan/apply").then().statusCode(200)
                .body("assigned", equalTo(0)).body("unchanged", equalTo(15));

        given().auth().oauth2(TestTokens.attendee(meeting, first)).get(base + "/meals/" + meal + "/seats/" + first)
                .then().statusCode(200).body("table", equalTo(1)).body("seat", equalTo(1))
                .body("position", equalTo("HOST")).body("mainTable", equalTo(true));
        given().auth().oauth2(TestTokens.attendee(meeting, second)).get(base + "/meals/" + meal + "/seats/" + first)
                .then().statusCode(404);

        logistics().get(base + "/meals/" + meal + "/diet-counts").then().statusCode(200)
                .body("people", equalTo(15)).body("diets.diet", equalTo(List.of("HALAL", "VEGETARIAN")))
                .body("diets.people", equalTo(List.of(1, 1)))
                .body("tables.find { it.number == 9 }.diets[0].label", equalTo("清真"));

        // staff can still be seated by hand
        logistics().body(Map.of("tableId", right, "seat", 10)).put(base + "/meals/" + meal + "/seats/" + staff)
                .then().statusCode(200).body("pinned", equalTo(true)).body("rule", equalTo("PINNED"));

        List<TopicEvents.Event> events = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents
                .inTestCluster().matching("logistics.dining", e -> meeting.toString()
                        .equals(e.data().path("meetingId").asText())), found -> found.size() >= 16);
        assertEquals(16, events.size());
        for (TopicEvents.Event event : events) {
            assertEquals("table-assigned", event.type());
            REGISTRATION_READS.assertValid(event.data());
            assertEquals(event.data().path("attendeeId").asText(), event.key());
        }
        var host = events.stream().filter(e -> e.key().equals(first.toString())).findFirst().orElseThrow().data();
        assertEquals("国宴厅", host.path("hall").asText());
        assertEquals("1", host.path("table").asText());
        assertEquals("1", host.path("seat").asText());
        assertEquals("MAIN_TABLE", host.path("rule").asText());
        var halalEvent = events.stream().filter(e -> e.key().equals(muslim.toString())).findFirst().orElseThrow()
                .data();
        assertEquals("HALAL", halalEvent.path("diet").get(0).asText());

        String cards = pdfText(logistics().get(base + "/meals/" + meal + "/table-cards").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray(), "table-cards.pdf", 4);
        assertTrue(cards.contains("主桌") && cards.contains("甲一") && cards.contains("清真桌"), cards);
        assertTrue(cards.indexOf("甲一") < cards.indexOf("乙二") && cards.indexOf("乙二") < cards.indexOf("丙三"),
                cards);
        String mealCards = pdfText(logistics().get(base + "/meals/" + meal + "/meal-cards").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray(), "meal-cards.pdf", 2);
        assertTrue(mealCards.contains("马清真") && mealCards.contains("饮食：清真") && mealCards.contains("第 9 桌"),
                mealCards);
    }

    @Test
    void aSeatByHandIsGivenOnlyIfHeldByWhomTheCallerSawThere() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hall = hall(meeting, "自助餐厅");
        String table = table(meeting, hall, 1, 8, 0, 10, false, null);
        String meal = meal(meeting, hall, "2027-01-16", "BREAKFAST");
        String otherMeal = meal(meeting, hall(meeting, "别的餐厅"), "2027-01-16", "BREAKFAST");
        UUID wang = person(meeting, "王芳", "ATTENDEE", "长安区代表团", null, null);
        UUID li = person(meeting, "李强", "ATTENDEE", "长安区代表团", null, null);
        awaitRoster(meeting, 2);
        String seats = base + "/meals/" + meal + "/seats/";

        logistics().body(Map.of("tableId", table, "seat", 9)).put(seats + wang).then().statusCode(400)
                .body("errors[0].field", equalTo("seat"));
        logistics().body(Map.of("tableId", table, "seat", 11)).put(seats + wang).then().statusCode(400)
                .body("errors[0].field", containsString("seat"));
        logistics().body(Map.of("tableId", table, "seat", 3)).put(base + "/meals/" + otherMeal + "/seats/" + wang)
                .then().statusCode(400).body("errors[0].field", equalTo("tableId"));
        logistics().body(Map.of("tableId", table, "seat", 3)).put(seats + UUID.randomUUID()).then().statusCode(404);
        assertEquals(0, count("select count(*) from table_seat where meeting_id = '" + meeting + "'"));

        logistics().body(Map.of("tableId", table, "seat", 3)).put(seats + wang).then().statusCode(200)
                .body("seat", equalTo(3)).body("position", equalTo("HOST_RIGHT_1"));
        // 李强 sees the seat free, but 王芳 has it
        logistics().body(Map.of("tableId", table, "seat", 3)).put(seats + li).then().statusCode(409)
                .body("errors[0].field", equalTo("seat")).body("detail", containsString("王芳"));
        // seen held by 王芳: 李强 takes it, 王芳 gives it up
        logistics().body(Map.of("tableId", table, "seat", 3, "expectedHolder", wang)).put(seats + li).then()
                .statusCode(200);
        assertEquals(1, count("select count(*) from table_seat where meeting_id = '" + meeting + "'"));
        // a move: 李强 to seat 1
        logistics().body(Map.of("tableId", table, "seat", 1)).put(seats + li).then().statusCode(200)
                .body("position", equalTo("HOST"));
        logistics().delete(seats + li).then().statusCode(204);
        logistics().delete(seats + li).then().statusCode(404);
        assertEquals(0, count("select count(*) from table_seat where meeting_id = '" + meeting + "'"));

        List<TopicEvents.Event> events = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents
                .inTestCluster().matching("logistics.dining", e -> meeting.toString()
                        .equals(e.data().path("meetingId").asText())), found -> found.size() >= 5);
        assertEquals(List.of("table-assigned", "table-unassigned"), events.stream()
                .filter(e -> e.key().equals(wang.toString())).map(TopicEvents.Event::type).toList());
        assertEquals(List.of("table-assigned:3", "table-assigned:1", "table-unassigned:1"), events.stream()
                .filter(e -> e.key().equals(li.toString())).map(e -> e.type() + ":" + e.data().path("seat").asText())
                .toList());
    }

    @Test
    void staffGivingOneSeatAtOnceGetOneWinnerAndTheOthersAreToldWho() throws Exception {
        UUID meeting = meeting();
        String hall = hall(meeting, "竞争餐厅");
        String table = table(meeting, hall, 1, 10, 0, 10, true, null);
        String meal = meal(meeting, hall, "2027-01-17", "LUNCH");
        int staff = 8;
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            people.add(person(meeting, "抢座" + i, "ATTENDEE", "长安区代表团", null, null));
        }
        awaitRoster(meeting, staff);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(staff);
        List<Future<String[]>> answers = new ArrayList<>();
        for (UUID person : people) {
            Callable<String[]> give = () -> {
                start.await();
                var response = logistics().body(Map.of("tableId", table, "seat", 1))
                        .put("/api/v1/meetings/" + meeting + "/meals/" + meal + "/seats/" + person).then().extract();
                return new String[] {String.valueOf(response.statusCode()), response.asString()};
            };
            answers.add(pool.submit(give));
        }
        start.countDown();
        List<String[]> results = new ArrayList<>();
        for (Future<String[]> answer : answers) {
            results.add(answer.get());
        }
        pool.shutdown();
        assertEquals(1, results.stream().filter(r -> r[0].equals("200")).count());
        String winner = JsonPath.from(results.stream().filter(r -> r[0].equals("200")).findFirst().orElseThrow()[1])
                .getString("name");
        for (String[] result : results) {
            if (!result[0].equals("200")) {
                assertEquals("409", result[0], result[1]);
                assertTrue(result[1].contains(winner), result[1]);
            }
        }
        assertEquals(1, count("select count(*) from table_seat where meal_id = '" + meal + "'"));
    }

    /** The names the plan seats at the table of that rank (0 the main table), sorted. */
    private static List<String> names(JsonPath plan, int table) {
        return plan.getList("tables[" + table + "].seats.name", String.class).stream()
                .filter(java.util.Objects::nonNull).sorted().toList();
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String pdfText(byte[] bytes, String file, int pages) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "dining"));
        Files.write(folder.resolve(file), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(pages, pdf.getNumberOfPages(), file);
            List<PdfFonts.Font> fonts = PdfFonts.of(pdf);
            assertFalse(fonts.isEmpty());
            for (PdfFonts.Font font : fonts) {
                assertTrue(font.embedded(), font.name() + " is not embedded");
                assertTrue(font.name().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), font.name());
            }
            return new PDFTextStripper().getText(pdf);
        }
    }

    static UUID person(UUID meeting, String name, String category, String delegation, Integer rank, String diet) {
        UUID id = UUID.randomUUID();
        ObjectNode entry = TestRoster.entry(meeting, id, 1, name, "ACTIVE").put("category", category)
                .put("delegation", delegation);
        if (rank == null) {
            entry.putNull("rank");
        } else {
            entry.put("rank", rank);
        }
        if (diet != null) {
            entry.putArray("diet").add(diet);
        }
        TestRoster.CONTRACT.assertValid(entry);
        TestRoster.publish("attendee-registered", entry);
        return id;
    }

    static String hall(UUID meeting, String name) {
        return logistics().body(Map.of("name", name)).post("/api/v1/meetings/" + meeting + "/dining-halls").then()
                .statusCode(201).extract().path("id");
    }

    static String table(UUID meeting, String hall, int number, int capacity, int x, int y, boolean main,
            String diet) {
        return logistics().body(tableBody(number, capacity, x, y, main, diet)).post("/api/v1/meetings/" + meeting
                + "/dining-halls/" + hall + "/tables").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> tableBody(int number, int capacity, int x, int y, boolean main, String diet) {
        Map<String, Object> body = new HashMap<>(Map.of("number", number, "capacity", capacity, "x", x, "y", y,
                "main", main));
        if (diet != null) {
            body.put("diet", diet);
        }
        return body;
    }

    static String meal(UUID meeting, String hall, String day, String kind) {
        return logistics().body(Map.of("hallId", hall, "day", day, "kind", kind, "service", "BANQUET"))
                .post("/api/v1/meetings/" + meeting + "/meals").then().statusCode(201).extract().path("id");
    }
}
