package io.huiwu.documents.departures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.documents.api.PickupView;
import io.huiwu.documents.event.LogisticsTransport;
import io.huiwu.documents.service.PickupService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * logistics' pickups kept for the attendee guide: a person's pickup is the one that lists them with the latest
 * change, whatever order the events of different pickups arrive in.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class PickupCopyTest {

    private static final OffsetDateTime ARRIVALS = OffsetDateTime.parse("2027-03-04T14:05:00+08:00");
    private static final OffsetDateTime CHANGED = OffsetDateTime.parse("2027-03-01T09:00:00+08:00");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PickupService pickups;

    private final UUID meeting = UUID.randomUUID();

    @Test
    void theReaderTypeReadsOnlyWhatLogisticsPublishes() {
        TransportEvents.PICKUP.assertReaderFits(LogisticsTransport.PickupEvent.class);
    }

    @Test
    void aPersonsPickupIsTheOneListingThemWithTheLatestChange() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID zhang = UUID.randomUUID();
        UUID li = UUID.randomUUID();

        // a vehicle registered does not concern documents: skipped, unrecorded
        ObjectNode vehicle = TestEvents.object().put("meetingId", meeting.toString())
                .put("vehicleId", UUID.randomUUID().toString()).put("plate", "京B·00001").put("kind", "BUS")
                .put("driver", "张师傅").put("seats", 40).put("luggage", 20).putNull("staffInCharge");
        String skipped = TransportEvents.send("logistics.transport", second.toString(), "/logistics-service",
                "vehicle-registered", vehicle, CHANGED);
        // 李四 moved from the first pickup to the second: the second's event arrives before the first's older one
        String moved = publish(LogisticsTransport.PICKUP_SCHEDULED, pickup(second, "京A·22222", List.of(li),
                "SCHEDULED"), CHANGED.plusHours(2));
        String older = publish(LogisticsTransport.PICKUP_SCHEDULED, pickup(first, "京A·11111", List.of(zhang, li),
                "SCHEDULED"), CHANGED.plusHours(1));
        await().atMost(TestWaits.DEADLINE).until(() -> TransportEvents.applied(dataSource, moved)
                && TransportEvents.applied(dataSource, older));
        assertFalse(TransportEvents.applied(dataSource, skipped), "a vehicle does not concern documents");

        PickupView liPickup = pickups.of(meeting, li).orElseThrow();
        assertEquals(second, liPickup.pickupId());
        assertEquals("京A·22222", liPickup.plate());
        assertEquals(1, liPickup.seat());
        PickupView zhangPickup = pickups.of(meeting, zhang).orElseThrow();
        assertEquals(first, zhangPickup.pickupId());
        assertEquals("北京南站", zhangPickup.place());
        assertEquals("G102", zhangPickup.number());
        assertEquals("王师傅", zhangPickup.driver());
        assertEquals("会务组刘洋", zhangPickup.staffInCharge());
        assertEquals(1, zhangPickup.seat());
        assertEquals("REAR_RIGHT", zhangPickup.position());
        assertEquals(ARRIVALS.toInstant(), zhangPickup.at().toInstant());

        // the first pickup's own change (without 李四) comes, completed; then a stale copy of it changes nothing
        String completed = publish(LogisticsTransport.PICKUP_COMPLETED, pickup(first, "京A·11111", List.of(zhang),
                "COMPLETED"), CHANGED.plusHours(3));
        String stale = publish(LogisticsTransport.PICKUP_SCHEDULED, pickup(first, "京A·99999", List.of(zhang, li),
                "SCHEDULED"), CHANGED);
        await().atMost(TestWaits.DEADLINE).until(() -> TransportEvents.applied(dataSource, completed)
                && TransportEvents.applied(dataSource, stale));
        zhangPickup = pickups.of(meeting, zhang).orElseThrow();
        assertEquals("COMPLETED", zhangPickup.status());
        assertEquals("京A·11111", zhangPickup.plate());
        assertEquals(second, pickups.of(meeting, li).orElseThrow().pickupId());
        assertEquals(1, TransportEvents.count(dataSource, "select count(*) from pickup_rider where pickup_id = '"
                + first + "'"));
        assertTrue(pickups.of(meeting, UUID.randomUUID()).isEmpty());
        assertNull(pickups.of(UUID.randomUUID(), zhang).orElse(null));
    }

    private String publish(String type, ObjectNode data, OffsetDateTime time) {
        return TransportEvents.send("logistics.transport", data.path("pickupId").asText(), "/logistics-service",
                type, data, time);
    }

    /** pickup-scheduled or -completed data as logistics publishes it, checked against its document. */
    private ObjectNode pickup(UUID pickup, String plate, List<UUID> riders, String status) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString())
                .put("pickupId", pickup.toString()).put("place", "北京南站").put("at", ARRIVALS.toString())
                .put("wave", "北京南站 14:05 京西宾馆").putNull("hotelId").put("hotel", "京西宾馆")
                .put("vehicleId", UUID.randomUUID().toString()).put("plate", plate).put("kind", "VIP_CAR")
                .put("driver", "王师傅").put("staffInCharge", "会务组刘洋").put("status", status);
        if ("COMPLETED".equals(status)) {
            data.put("completedAt", ARRIVALS.plusHours(1).toString());
        } else {
            data.putNull("completedAt");
        }
        ArrayNode ids = data.putArray("riders");
        ArrayNode seats = data.putArray("seats");
        List<String> positions = List.of("REAR_RIGHT", "REAR_LEFT", "REAR_MIDDLE");
        for (int i = 0; i < riders.size(); i++) {
            ids.add(riders.get(i).toString());
            seats.addObject().put("attendeeId", riders.get(i).toString()).put("seat", i + 1)
                    .put("position", positions.get(i)).put("number", "G10" + (i + 2))
                    .put("arrivalAt", ARRIVALS.plusMinutes(i).toString()).put("companions", 0);
        }
        TransportEvents.PICKUP.assertValid(data);
        return data;
    }
}
