package io.huiwu.logistics.transport;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.as;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Vehicles: registered, changed and removed; validated; each registration published without the driver's phone. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class VehicleTest {

    /** What registration reads from vehicle-registered to issue a vehicle pass. */
    private static final EventContract REGISTRATION_READS = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "VehicleRegistration");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aVehicleIsRegisteredChangedAndPublishedWithoutTheDriversPhone() {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting + "/vehicles";
        String id = logistics().header("Idempotency-Key", "vehicle-" + meeting)
                .body(vehicle(" 京a·12345 ", "VIP_CAR", 3, "王师傅", "13800000001")).post(base).then()
                .statusCode(201).header("Location", containsString(base.substring(1)))
                .body("plate", equalTo("京A·12345")).body("kind", equalTo("VIP_CAR")).body("seats", equalTo(3))
                .body("luggage", equalTo(2)).body("driverPhone", equalTo("13800000001"))
                .extract().path("id");
        // the same key answers the same vehicle, without a second one
        logistics().header("Idempotency-Key", "vehicle-" + meeting)
                .body(vehicle(" 京a·12345 ", "VIP_CAR", 3, "王师傅", "13800000001")).post(base).then()
                .statusCode(201).body("id", equalTo(id));
        String etag = logistics().get(base + "/" + id).then().statusCode(200).extract().header("ETag");
        logistics().header("If-Match", etag).body(vehicle("京A·12345", "VIP_CAR", 3, "赵师傅", "13800000002"))
                .put(base + "/" + id).then().statusCode(200).body("driverName", equalTo("赵师傅"));
        as("registrar").get(base).then().statusCode(200).body("items.plate", equalTo(List.of("京A·12345")));
        as("registrar").body(vehicle("京B00001", "BUS", 40, null, null)).post(base).then().statusCode(403);

        List<TopicEvents.Event> events = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("logistics.transport", e -> id.equals(e.key())), found -> found.size() >= 2);
        assertEquals(2, events.size());
        for (TopicEvents.Event event : events) {
            assertEquals("vehicle-registered", event.type());
            REGISTRATION_READS.assertValid(event.data());
            assertFalse(event.data().toString().contains("1380000000"), "a phone travelled: " + event.data());
        }
        assertEquals("王师傅", events.get(0).data().path("driver").asText());
        assertEquals("赵师傅", events.get(1).data().path("driver").asText());
        assertEquals("VIP_CAR", events.get(1).data().path("kind").asText());

        logistics().delete(base + "/" + id).then().statusCode(204);
        logistics().get(base + "/" + id).then().statusCode(404);
    }

    @Test
    void aBadVehicleIsRefusedNamingItsFieldAndNothingIsWritten() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting + "/vehicles";
        logistics().body(vehicle("陕A12345", "BUS", 45, "刘师傅", null)).post(base).then().statusCode(201);

        logistics().body(vehicle("陕A99999", "CAR", 0, null, null)).post(base).then().statusCode(400)
                .body("errors[0].field", containsString("seats"));
        logistics().body(vehicle("陕a12345", "CAR", 4, null, null)).post(base).then().statusCode(409)
                .body("errors[0].field", equalTo("plate"));
        logistics().body(vehicle("陕A99999", "TRACTOR", 4, null, null)).post(base).then().statusCode(400);
        logistics().body(vehicle(" ", "CAR", 4, null, null)).post(base).then().statusCode(400)
                .body("errors[0].field", containsString("plate"));
        // a bad phone is named, and not repeated back
        logistics().body(vehicle("陕A99999", "CAR", 4, "刘师傅", "call-me-SECRET")).post(base).then()
                .statusCode(400).body("errors[0].field", containsString("driverPhone"))
                .body(not(containsString("SECRET")));
        Map<String, Object> luggage = vehicle("陕A99999", "CAR", 4, null, null);
        luggage.put("luggage", -1);
        logistics().body(luggage).post(base).then().statusCode(400).body("errors[0].field", containsString("luggage"));
        assertEquals(1, count("select count(*) from vehicle where meeting_id = '" + meeting + "'"));
    }

    static Map<String, Object> vehicle(String plate, String kind, int seats, String driver, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("plate", plate);
        body.put("kind", kind);
        body.put("seats", seats);
        body.put("luggage", 2);
        body.put("driverName", driver);
        body.put("driverPhone", phone);
        body.put("staffInCharge", "保障组 李明");
        return body;
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
