package io.huiwu.logistics.transport;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.logistics.event.TravelSnapshot;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.transport.TransportFixtures.person;
import static io.huiwu.logistics.transport.TransportFixtures.report;
import static io.huiwu.logistics.transport.TransportFixtures.reported;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** registration's arrivals and departures land in the travel table once each; a contradiction is flagged. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class TravelConsumerTest {

    private static final EventContract REGISTRATION_PUBLISHES = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "TravelReport");
    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2027-01-14T09:30:00+08:00");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTravelReaderReadsOnlyWhatRegistrationPublishes() {
        REGISTRATION_PUBLISHES.assertReaderFits(TravelSnapshot.class);
    }

    @Test
    void aReportLandsOnceAndAnOlderVersionChangesNothing() throws SQLException {
        UUID meeting = meeting();
        UUID zhang = person(meeting, "张三", null);
        awaitRoster(meeting, 1);
        String base = "/api/v1/meetings/" + meeting + "/travel";

        var first = report(meeting, zhang, "ARRIVAL", "TRAIN", "G87", MORNING, "北京西站", 1, 1);
        REGISTRATION_PUBLISHES.assertValid(first);
        String eventId = UUID.randomUUID().toString();
        reported(eventId, first);
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].number", equalTo("G87"))
                .body("items[0].place", equalTo("北京西站")).body("items[0].companions", equalTo(1))
                .body("items[0].name", equalTo("张三")).body("items[0].flag", nullValue()));

        // version 2 moves the arrival; the first event delivered again, and an older version, change nothing
        reported(report(meeting, zhang, "ARRIVAL", "TRAIN", "G89", MORNING.plusHours(2), "北京西站", 1, 2));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base).then()
                .body("items[0].number", equalTo("G89")));
        reported(eventId, first);
        reported(report(meeting, zhang, "ARRIVAL", "TRAIN", "G1", MORNING, "北京南站", 0, 1));
        String marker = reported(report(meeting, zhang, "DEPARTURE", "FLIGHT", "CA1234", MORNING.plusDays(3),
                "首都机场", 0, 1));
        await().atMost(TestWaits.DEADLINE).until(() -> count("select count(*) from inbox_event where event_id = '"
                + marker + "'") == 1);
        assertEquals(1, count("select count(*) from inbox_event where event_id = '" + eventId + "'"));
        assertEquals(2, count("select count(*) from travel where meeting_id = '" + meeting + "'"));
        logistics().get(base + "?direction=ARRIVAL").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].number", equalTo("G89")).body("items[0].place", equalTo("北京西站"))
                .body("items[0].version", equalTo(2));
        logistics().get(base + "?direction=SIDEWAYS").then().statusCode(400);
    }

    @Test
    void anArrivalAfterTheDepartureIsFlaggedNotRefused() {
        UUID meeting = meeting();
        UUID li = person(meeting, "李四", null);
        awaitRoster(meeting, 1);
        String base = "/api/v1/meetings/" + meeting + "/travel";
        reported(report(meeting, li, "DEPARTURE", "TRAIN", "G88", MORNING, "北京西站", 0, 1));
        reported(report(meeting, li, "ARRIVAL", "FLIGHT", "CA1501", MORNING.plusDays(1), "首都机场", 0, 1));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.flag", equalTo(List.of("ARRIVAL_AFTER_DEPARTURE", "ARRIVAL_AFTER_DEPARTURE"))));
        // no pickup is planned for it
        logistics().body("{}").post("/api/v1/meetings/" + meeting + "/pickups/plan/preview").then().statusCode(200)
                .body("placed", equalTo(0)).body("unplaced[0].attendeeId", equalTo(li.toString()))
                .body("unplaced[0].reasonZh", equalTo("到达时间晚于返程时间：请更正行程"));
        // a corrected arrival clears the flag
        reported(report(meeting, li, "ARRIVAL", "FLIGHT", "CA1501", MORNING.minusDays(1), "首都机场", 0, 2));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base).then()
                .body("items.flag", equalTo(java.util.Arrays.asList(null, null))));
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
