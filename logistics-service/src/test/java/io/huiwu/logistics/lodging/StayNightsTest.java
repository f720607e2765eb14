package io.huiwu.logistics.lodging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.logistics.event.MeetingDates;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Default nights: from the meeting's dates (registration.meeting), the reported travel and the lodging policy; dates
 * set by staff are kept; an older version of the meeting changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class StayNightsTest {

    static final EventContract REGISTRATION_PUBLISHES = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "MeetingSnapshot");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theMeetingReaderReadsOnlyWhatRegistrationPublishes() {
        REGISTRATION_PUBLISHES.assertReaderFits(MeetingDates.class);
    }

    @Test
    void staysTakeTheMeetingsNightsUnlessStaffOrReportedTravelGaveThem() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "京西宾馆");
        String floor = floor(meeting, building(meeting, hotel, "主楼"), 3);
        String twin = room(meeting, floor, "301", "TWIN", 2);
        String single = room(meeting, floor, "302", "SINGLE", 1);
        UUID zhou = person(meeting, "周一", "MALE", "ATTENDEE", "海淀区代表团", "COUNTY_FULL", 7);
        UUID wu = person(meeting, "吴二", "MALE", "ATTENDEE", "海淀区代表团", "COUNTY_FULL", 7);
        UUID zheng = person(meeting, "郑三", "FEMALE", "ATTENDEE", "海淀区代表团", "COUNTY_FULL", 7);
        awaitRoster(meeting, 3);

        // a bed given before the meeting's dates are known: no nights yet
        logistics().body(Map.of("roomId", twin, "bed", 1)).put(base + "/lodging/assignments/" + zhou).then()
                .statusCode(200);
        logistics().get(base + "/lodging/stays/" + zhou).then().statusCode(200).body("arrival", nullValue())
                .body("arrivalSource", nullValue());
        logistics().get(base + "/lodging/settings").then().statusCode(200).body("meetingStart", nullValue())
                .body("arriveDayBefore", equalTo(false));

        // the meeting's dates arrive: the stay takes them
        meetingUpdated(meeting, 1, "2027-03-05", "2027-03-11");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base + "/lodging/stays/" + zhou)
                .then().statusCode(200).body("arrival", equalTo("2027-03-05"))
                .body("departure", equalTo("2027-03-11")).body("nights", equalTo(6))
                .body("arrivalSource", equalTo("MEETING")).body("departureSource", equalTo("MEETING")));

        // a bed given now opens its stay on the meeting's nights; staff then set the arrival, which is kept
        logistics().body(Map.of("roomId", twin, "bed", 2)).put(base + "/lodging/assignments/" + wu).then()
                .statusCode(200);
        logistics().get(base + "/lodging/stays/" + wu).then().body("arrival", equalTo("2027-03-05"))
                .body("departure", equalTo("2027-03-11"));
        logistics().body(Map.of("arrival", "2027-03-03")).patch(base + "/lodging/stays/" + wu).then()
                .statusCode(200).body("arrivalSource", equalTo("STAFF")).body("departureSource", equalTo("MEETING"));

        // reported travel is a better default than the meeting's dates (times in Beijing)
        travel(meeting, zheng, "ARRIVAL", "2027-03-04T21:30:00+08:00");
        String marker = travel(meeting, zheng, "DEPARTURE", "2027-03-10T01:30:00Z");
        awaitInbox(marker);
        logistics().body(Map.of("roomId", single)).put(base + "/lodging/assignments/" + zheng).then()
                .statusCode(200);
        logistics().get(base + "/lodging/stays/" + zheng).then().body("arrival", equalTo("2027-03-04"))
                .body("departure", equalTo("2027-03-10")).body("arrivalSource", equalTo("TRAVEL"));

        // the organiser's policy: arrival the day before; only the stays on the meeting's arrival move
        logistics().body(Map.of("arriveDayBefore", true)).put(base + "/lodging/settings").then().statusCode(200)
                .body("defaultArrival", equalTo("2027-03-04")).body("defaultDeparture", equalTo("2027-03-11"));
        assertEquals("2027-03-04/2027-03-11/MEETING", nights(zhou));
        assertEquals("2027-03-03/2027-03-11/STAFF", nights(wu));
        assertEquals("2027-03-04/2027-03-10/TRAVEL", nights(zheng));

        // the meeting moves a day: the defaults move with it, staff's and travel's dates stay
        meetingUpdated(meeting, 2, "2027-03-06", "2027-03-12");
        await().atMost(TestWaits.DEADLINE).until(() -> nights(zhou).equals("2027-03-05/2027-03-12/MEETING"));
        assertEquals("2027-03-03/2027-03-12/STAFF", nights(wu));
        assertEquals("2027-03-04/2027-03-10/TRAVEL", nights(zheng));

        // an older version of the meeting changes nothing
        String older = meetingUpdated(meeting, 1, "2027-04-01", "2027-04-03");
        awaitInbox(older);
        assertEquals("2027-03-05/2027-03-12/MEETING", nights(zhou));
        assertEquals("2027-03-06/2027-03-12", text("select start_date || '/' || end_date from meeting_calendar"
                + " where meeting_id = '" + meeting + "'"));
        logistics().get(base + "/lodging/settings").then().statusCode(200).body("meetingStart", equalTo("2027-03-06"))
                .body("defaultArrival", equalTo("2027-03-05"));

        // withdrawn travel: the stay falls back to the meeting's dates
        String withdrawn = withdrawTravel(meeting, zheng);
        awaitInbox(withdrawn);
        assertEquals("2027-03-05/2027-03-12/MEETING", nights(zheng));

        // every move of the defaults is in the history, with the nights after it
        logistics().get(base + "/lodging/assignments/" + zhou + "/history").then().statusCode(200)
                .body("items.change", equalTo(List.of("ASSIGNED", "NIGHTS", "NIGHTS", "NIGHTS")))
                .body("items.arrival", equalTo(Arrays.asList(null, "2027-03-05", "2027-03-04",
                        "2027-03-05")))
                .body("items[3].departure", equalTo("2027-03-12"))
                .body("items[3].changedBy", equalTo("registration.meeting"));
        logistics().get(base + "/lodging/assignments/" + wu + "/history").then().statusCode(200)
                .body("items.change", equalTo(List.of("ASSIGNED", "NIGHTS")));

        // bad input names the field
        logistics().body(Map.of()).put(base + "/lodging/settings").then().statusCode(400)
                .body("errors.field", hasItem("arriveDayBefore"));
        logistics().header("If-Match", "\"7\"").body(Map.of("arriveDayBefore", false))
                .put(base + "/lodging/settings").then().statusCode(412);
        assertEquals("2027-03-05/2027-03-12/MEETING", nights(zhou));
    }

    /** Publishes meeting-updated as registration's MeetingEvents writes it; returns the event's id. */
    static String meetingUpdated(UUID meeting, long version, String start, String end) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString()).put("version", version)
                .put("name", "第十六届人民代表大会第一次会议").put("startDate", start).put("endDate", end)
                .put("phase", "PREPARING");
        REGISTRATION_PUBLISHES.assertValid(data);
        String id = UUID.randomUUID().toString();
        TopicEvents.inTestCluster().send("registration.meeting", meeting.toString(), TestEvents.envelope(id,
                "/registration-service", "meeting-updated", meeting.toString(), data));
        return id;
    }

    private static String travel(UUID meeting, UUID attendee, String direction, String at) {
        ObjectNode data = TestEvents.object().put("reportId", UUID.randomUUID().toString())
                .put("meetingId", meeting.toString()).put("attendeeId", attendee.toString())
                .put("direction", direction).put("mode", "TRAIN").put("number", "G1").put("at", at)
                .put("place", "北京西站").put("companions", 0).put("version", 1);
        String id = UUID.randomUUID().toString();
        TopicEvents.inTestCluster().send("registration.travel", attendee.toString(), TestEvents.envelope(id,
                "/registration-service", "travel-reported", attendee.toString(), data));
        return id;
    }

    private static String withdrawTravel(UUID meeting, UUID attendee) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString()).put("version", 2);
        String id = UUID.randomUUID().toString();
        TopicEvents.inTestCluster().send("registration.travel", attendee.toString(), TestEvents.envelope(id,
                "/registration-service", "travel-withdrawn", attendee.toString(), data));
        return id;
    }

    private void awaitInbox(String eventId) {
        await().atMost(TestWaits.DEADLINE).until(() -> text("select count(*) from inbox_event where event_id = '"
                + eventId + "'").equals("1"));
    }

    private String nights(UUID attendee) throws SQLException {
        return text("select arrival || '/' || departure || '/' || arrival_source from stay where attendee_id = '"
                + attendee + "'");
    }

    private String text(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
