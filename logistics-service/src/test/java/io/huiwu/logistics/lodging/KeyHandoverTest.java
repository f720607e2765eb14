package io.huiwu.logistics.lodging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.logistics.event.RegistrationCheckIns;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.building;
import static io.huiwu.logistics.lodging.LodgingFixtures.floor;
import static io.huiwu.logistics.lodging.LodgingFixtures.hotel;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.lodging.LodgingFixtures.person;
import static io.huiwu.logistics.lodging.LodgingFixtures.room;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The room key at 报到: handed over by a desk's check-in on registration.checkin, or by hand; an annulment. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class KeyHandoverTest {

    private static final EventContract CHECK_IN = EventContract.of(
            Path.of("..", "registration-service", "asyncapi", "asyncapi.yaml"), "CheckIn");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theReaderTypeReadsOnlyWhatRegistrationPublishes() {
        CHECK_IN.assertReaderFits(RegistrationCheckIns.CheckIn.class);
    }

    @Test
    void aDeskCheckInHandsTheKeyOverOnceAndItsAnnulmentTakesTheArrivalBack() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "西安宾馆");
        String floor = floor(meeting, building(meeting, hotel, "北楼"), 7);
        String twin = room(meeting, floor, "701", "TWIN", 2);
        String single = room(meeting, floor, "702", "SINGLE", 1);
        UUID zhao = person(meeting, "赵一", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID qian = person(meeting, "钱二", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID sun = person(meeting, "孙三", "FEMALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        awaitRoster(meeting, 3);
        logistics().body(Map.of("roomId", twin, "bed", 1)).put(base + "/lodging/assignments/" + zhao).then()
                .statusCode(200);
        logistics().body(Map.of("roomId", twin, "bed", 2)).put(base + "/lodging/assignments/" + qian).then()
                .statusCode(200);
        logistics().body(Map.of("roomId", single)).put(base + "/lodging/assignments/" + sun).then().statusCode(200);

        // a door scan hands nothing over; the desk's check-in, delivered twice, hands the key over once
        String doorEventId = UUID.randomUUID().toString();
        checkIn(meeting, zhao, UUID.randomUUID(), "DOOR", "大会堂东门", doorEventId);
        UUID desk = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        checkIn(meeting, zhao, desk, "DESK", "报到处一号台", eventId);
        checkIn(meeting, zhao, desk, "DESK", "报到处一号台", eventId);
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base + "/lodging/stays/" + zhao)
                .then().statusCode(200).body("status", equalTo("ARRIVED")).body("keyHandedBy", equalTo("报到处一号台"))
                .body("keyByHand", equalTo(false)).body("roomOccupied", equalTo(true)));
        logistics().get(base + "/lodging/stays/" + qian).then().body("status", equalTo("BOOKED"))
                .body("roomOccupied", equalTo(true));
        assertEquals(1, count("select count(*) from inbox_event where event_id = '" + eventId + "'"));
        // the door's scan, read before the desk's (same person, same partition), was skipped without a trace
        assertEquals(0, count("select count(*) from inbox_event where event_id = '" + doorEventId + "'"));

        // by hand: 钱二's key; handing it again changes nothing, a desk check-in after it neither
        logistics().post(base + "/lodging/stays/" + qian + "/key-handover").then().statusCode(200)
                .body("status", equalTo("ARRIVED")).body("keyByHand", equalTo(true))
                .body("keyHandedBy", equalTo("test-logistics"));
        logistics().post(base + "/lodging/stays/" + qian + "/key-handover").then().statusCode(200)
                .body("status", equalTo("ARRIVED"));
        UUID qianDesk = UUID.randomUUID();
        String qianCheckIn = UUID.randomUUID().toString();
        checkIn(meeting, qian, qianDesk, "DESK", "报到处二号台", qianCheckIn);

        // 赵一's check-in annulled: back to BOOKED; 钱二's annulled: his key was handed by hand, it stays
        annul(meeting, zhao, desk, "报到处一号台");
        String qianAnnulled = annul(meeting, qian, qianDesk, "报到处二号台");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base + "/lodging/stays/" + zhao)
                .then().statusCode(200).body("status", equalTo("BOOKED")).body("arrivedAt", nullValue()));
        await().atMost(TestWaits.DEADLINE).until(() -> count("select count(*) from inbox_event where event_id in ('"
                + qianCheckIn + "', '" + qianAnnulled + "')") == 2);
        logistics().get(base + "/lodging/stays/" + qian).then().body("status", equalTo("ARRIVED"))
                .body("keyByHand", equalTo(true));

        // a cancelled stay has no key to hand over; nobody's stay is 404
        logistics().post(base + "/lodging/stays/" + sun + "/cancel").then().statusCode(200);
        logistics().post(base + "/lodging/stays/" + sun + "/key-handover").then().statusCode(409);
        logistics().post(base + "/lodging/stays/" + UUID.randomUUID() + "/key-handover").then().statusCode(404);
        assertEquals("CANCELLED", text("select status from stay where attendee_id = '" + sun + "'"));

        await().atMost(TestWaits.DEADLINE).until(() -> count("select count(*) from outbox_event") == 0);
        List<TopicEvents.Event> keys = TopicEvents.inTestCluster().matching("logistics.lodging",
                e -> e.type().equals("room-key-handed-over")
                        && meeting.toString().equals(e.data().path("meetingId").asText()));
        // one event each; keyed by person, so the two may sit in different partitions in either order
        assertEquals(2, keys.size());
        TopicEvents.Event atDesk = keys.stream().filter(e -> e.key().equals(zhao.toString())).findFirst()
                .orElseThrow();
        TopicEvents.Event byHand = keys.stream().filter(e -> e.key().equals(qian.toString())).findFirst()
                .orElseThrow();
        assertEquals("DESK", atDesk.data().path("handedBy").asText());
        assertEquals("HAND", byHand.data().path("handedBy").asText());
        assertEquals("701", atDesk.data().path("room").asText());
        assertEquals("西安宾馆", byHand.data().path("hotel").asText());
    }

    private static void checkIn(UUID meeting, UUID attendee, UUID scan, String kind, String list, String eventId) {
        send("attendee-checked-in", meeting, attendee, scan, kind, list, eventId);
    }

    private static String annul(UUID meeting, UUID attendee, UUID scan, String list) {
        String eventId = UUID.randomUUID().toString();
        send("attendee-checkin-annulled", meeting, attendee, scan, "DESK", list, eventId);
        return eventId;
    }

    private static void send(String type, UUID meeting, UUID attendee, UUID scan, String kind, String list,
            String eventId) {
        ObjectNode data = TestEvents.object().put("scanId", scan.toString()).put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString()).put("listId", UUID.randomUUID().toString())
                .put("listName", list).put("listKind", kind).put("scannedAt", OffsetDateTime.now().toString())
                .put("method", "SCAN").put("offline", false);
        CHECK_IN.assertValid(data);
        TopicEvents.inTestCluster().send("registration.checkin", attendee.toString(),
                TestEvents.envelope(eventId, "/registration-service", type, attendee.toString(), data));
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
