package io.huiwu.logistics.supplies;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.huiwu.logistics.lodging.LodgingFixtures.as;
import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Supplies against the budget, kits handed out at the desk, the shortage list, and what is refused. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SuppliesTest {

    private static final EventContract REGISTRATION_READS = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "KitIssue");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aKitHandedOutTakesItsItemsFromStockOnceAndIsPublished() {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        UUID deputy = person(meeting, "王代表", "ATTENDEE");
        UUID reporter = person(meeting, "李记者", "PRESS");
        awaitRoster(meeting, 2);
        String line = logistics().body(Map.of("code", "HW-03", "name", "会议用品", "amount", 1000.00))
                .post(base + "/budget-lines").then().statusCode(201).extract().path("id");
        String handbook = item(meeting, "会议手册", "本", 12.50, line, 3);
        String pen = item(meeting, "签字笔", "支", 2.00, line, 10);
        String kit = logistics().body(Map.of("name", "代表资料袋", "categories", List.of("ATTENDEE", "NON_VOTING"),
                "items", List.of(Map.of("itemId", handbook, "quantity", 1), Map.of("itemId", pen, "quantity", 2))))
                .post(base + "/kits").then().statusCode(201)
                .body("categories", equalTo(List.of("ATTENDEE", "NON_VOTING")))
                .body("items.item", equalTo(List.of("会议手册", "签字笔")))
                .body("waiting", equalTo(1)).body("issued", equalTo(0)).extract().path("id");

        as("registrar").header("Idempotency-Key", "desk-1-" + deputy).body(Map.of("attendeeId", deputy))
                .post(base + "/kits/" + kit + "/issues").then().statusCode(201)
                .body("name", equalTo("王代表")).body("kit", equalTo("代表资料袋"));
        // the same scan sent again by the app answers as the first and takes nothing more
        as("registrar").header("Idempotency-Key", "desk-1-" + deputy).body(Map.of("attendeeId", deputy))
                .post(base + "/kits/" + kit + "/issues").then().statusCode(201).body("name", equalTo("王代表"));
        logistics().get(base + "/supply-items/" + handbook).then().statusCode(200).body("stock", equalTo(2));
        logistics().get(base + "/supply-items/" + pen).then().statusCode(200).body("stock", equalTo(8));
        logistics().get(base + "/kits/" + kit).then().body("issued", equalTo(1)).body("waiting", equalTo(0));

        // another desk scanning the same person: refused, naming who handed it out
        as("registrar").body(Map.of("attendeeId", deputy)).post(base + "/kits/" + kit + "/issues").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("王代表")).body("detail", containsString("test-registrar"));
        // a reporter is not one of the kit's categories
        as("registrar").body(Map.of("attendeeId", reporter)).post(base + "/kits/" + kit + "/issues").then()
                .statusCode(422).body("detail", containsString("PRESS"));
        assertEquals(2, count("select count(*) from stock_movement where meeting_id = '" + meeting
                + "' and reason = 'ISSUED'"));

        logistics().get(base + "/supply-items/" + pen + "/movements").then().statusCode(200)
                .body("items.reason", equalTo(List.of("INITIAL", "ISSUED")))
                .body("items.delta", equalTo(List.of(10, -2)));
        // 3 handbooks at 12.50 and 10 pens at 2.00 received; one handbook and two pens handed out
        logistics().get(base + "/budget-lines/" + line).then().statusCode(200)
                .body("committed", equalTo(57.5f)).body("issued", equalTo(16.5f)).body("remaining", equalTo(942.5f))
                .body("overspent", equalTo(false));

        List<TopicEvents.Event> events = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("logistics.supplies", e -> meeting.toString().equals(e.data().path("meetingId").asText())),
                found -> !found.isEmpty());
        assertEquals(1, events.size());
        TopicEvents.Event issued = events.get(0);
        assertEquals("kit-issued", issued.type());
        assertEquals(deputy.toString(), issued.key());
        REGISTRATION_READS.assertValid(issued.data());
        assertEquals("代表资料袋", issued.data().path("kit").asText());
        assertEquals(2, issued.data().path("items").size());
    }

    @Test
    void aKitWithAnItemOutOfStockIsRefusedWholeAndTheShortageListSaysWhatIsMissing() {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(person(meeting, "代表" + i, "ATTENDEE"));
        }
        awaitRoster(meeting, 4);
        String bag = item(meeting, "资料袋", "个", 20.00, null, 10);
        String badge = item(meeting, "胸牌夹", "个", 1.00, null, 1);
        String kit = logistics().body(Map.of("name", "代表资料袋", "categories", List.of("ATTENDEE"),
                "items", List.of(Map.of("itemId", bag, "quantity", 1), Map.of("itemId", badge, "quantity", 1))))
                .post(base + "/kits").then().statusCode(201).extract().path("id");

        logistics().get(base + "/supply-items/shortages").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].item", equalTo("胸牌夹")).body("items[0].needed", equalTo(4))
                .body("items[0].stock", equalTo(1)).body("items[0].shortBy", equalTo(3))
                .body("items[0].kits", equalTo(List.of("代表资料袋")));
        logistics().get(base + "/supply-items/shortages?all=true").then().body("items", hasSize(2));

        as("registrar").body(Map.of("attendeeId", people.get(0))).post(base + "/kits/" + kit + "/issues").then()
                .statusCode(201);
        as("registrar").body(Map.of("attendeeId", people.get(1))).post(base + "/kits/" + kit + "/issues").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("胸牌夹"));
        // nothing of the refused kit left the stock, and no issue was recorded
        logistics().get(base + "/supply-items/" + bag).then().body("stock", equalTo(9));
        assertEquals(1, count("select count(*) from kit_issue where kit_id = '" + kit + "'"));

        // a delivery, and the next person gets their kit
        logistics().body(Map.of("delta", 5, "reason", "RECEIVED", "note", "送货单 0042"))
                .post(base + "/supply-items/" + badge + "/stock").then().statusCode(200).body("stock", equalTo(5));
        as("registrar").body(Map.of("attendeeId", people.get(1))).post(base + "/kits/" + kit + "/issues").then()
                .statusCode(201);
        logistics().get(base + "/supply-items/shortages").then().body("items", hasSize(0));
    }

    @Test
    void twentyDesksHandingOutTheLastFiveKitsGiveFiveAndStockNeverGoesBelowZero() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(person(meeting, "抢包" + i, "ATTENDEE"));
        }
        awaitRoster(meeting, 20);
        String bag = item(meeting, "资料袋", "个", 20.00, null, 5);
        String kit = logistics().body(Map.of("name", "资料袋", "categories", List.of("ATTENDEE"),
                "items", List.of(Map.of("itemId", bag, "quantity", 1)))).post(base + "/kits").then().statusCode(201)
                .extract().path("id");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService desks = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        for (UUID person : people) {
            answers.add(desks.submit(() -> {
                start.await();
                return as("registrar").body(Map.of("attendeeId", person)).post(base + "/kits/" + kit + "/issues")
                        .then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        desks.shutdown();
        assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        logistics().get(base + "/supply-items/" + bag).then().body("stock", equalTo(0));
        assertEquals(5, count("select count(*) from kit_issue where kit_id = '" + kit + "'"));
        assertEquals(-5, count("select sum(delta) from stock_movement where item_id = '" + bag
                + "' and reason = 'ISSUED'"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        UUID gone = person(meeting, "退会者", "ATTENDEE");
        awaitRoster(meeting, 1);
        String pen = item(meeting, "签字笔", "支", 2.00, null, 3);

        problem(logistics().body(Map.of("code", "HW 01", "name", "x", "amount", 10)).post(base + "/budget-lines"),
                400, "code");
        problem(logistics().body(Map.of("code", "HW-01", "name", "x", "amount", -1)).post(base + "/budget-lines"),
                400, "amount");
        problem(logistics().body(Map.of("name", "签字笔", "unit", "支", "unitCost", 1)).post(base + "/supply-items"),
                409, "name");
        problem(logistics().body(Map.of("name", "本子", "unit", "本", "unitCost", 1, "budgetLineId",
                UUID.randomUUID())).post(base + "/supply-items"), 400, "budgetLineId");
        problem(logistics().body(Map.of("delta", -4, "reason", "WRITTEN_OFF")).post(base + "/supply-items/" + pen
                + "/stock"), 409, "delta");
        problem(logistics().body(Map.of("delta", -1, "reason", "RECEIVED")).post(base + "/supply-items/" + pen
                + "/stock"), 400, "delta");
        problem(logistics().body(Map.of("delta", 1, "reason", "ISSUED")).post(base + "/supply-items/" + pen
                + "/stock"), 400, "reason");
        problem(logistics().body(Map.of("name", "袋", "categories", List.of("DELEGATE"), "items",
                List.of(Map.of("itemId", pen, "quantity", 1)))).post(base + "/kits"), 400, "categories[0]");
        problem(logistics().body(Map.of("name", "袋", "categories", List.of("ATTENDEE"), "items",
                List.of(Map.of("itemId", pen, "quantity", 1), Map.of("itemId", pen, "quantity", 2))))
                .post(base + "/kits"), 400, "items[1].itemId");
        problem(logistics().body(Map.of("name", "袋", "categories", List.of("ATTENDEE"), "items",
                List.of(Map.of("itemId", pen, "quantity", 0)))).post(base + "/kits"), 400, "items[0].quantity");
        assertEquals(0, count("select count(*) from kit where meeting_id = '" + meeting + "'"));
        logistics().get(base + "/supply-items/" + pen).then().body("stock", equalTo(3));
        assertEquals(1, count("select count(*) from stock_movement where item_id = '" + pen + "'"));

        String kit = logistics().body(Map.of("name", "袋", "categories", List.of("ATTENDEE"), "items",
                List.of(Map.of("itemId", pen, "quantity", 1)))).post(base + "/kits").then().statusCode(201)
                .extract().path("id");
        TestRoster.publish("attendee-withdrawn", TestRoster.entry(meeting, gone, 2, "退会者", "WITHDRAWN")
                .put("category", "ATTENDEE"));
        awaitRoster(meeting, 0);
        as("registrar").body(Map.of("attendeeId", gone)).post(base + "/kits/" + kit + "/issues").then()
                .statusCode(409).body("detail", containsString("退会者"));
        as("registrar").body(Map.of("attendeeId", UUID.randomUUID())).post(base + "/kits/" + kit + "/issues").then()
                .statusCode(404);
        logistics().get(base + "/supply-items/" + pen).then().body("stock", equalTo(3));
        assertEquals(0, count("select count(*) from kit_issue where kit_id = '" + kit + "'"));
    }

    private static void problem(io.restassured.response.Response response, int status, String field) {
        ValidatableResponse answer = response.then().statusCode(status).contentType("application/problem+json");
        answer.body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }

    private static String item(UUID meeting, String name, String unit, double cost, String line, int stock) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "unit", unit, "unitCost", cost,
                "initialStock", stock));
        if (line != null) {
            body.put("budgetLineId", line);
        }
        return logistics().body(body).post("/api/v1/meetings/" + meeting + "/supply-items").then().statusCode(201)
                .body("stock", equalTo(stock)).extract().path("id");
    }

    private static UUID person(UUID meeting, String name, String category) {
        UUID id = UUID.randomUUID();
        ObjectNode entry = TestRoster.entry(meeting, id, 1, name, "ACTIVE").put("category", category);
        TestRoster.publish("attendee-registered", entry);
        return id;
    }

    private long count(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
