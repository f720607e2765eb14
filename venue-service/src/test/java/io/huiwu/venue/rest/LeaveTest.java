package io.huiwu.venue.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.venue.event.RegistrationAttendance;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static io.huiwu.venue.rest.HallSeatingTest.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Registration's leave register (请假) read from registration.attendance: a leave named for the session or whose
 * period overlaps it makes hall seating treat the person as absent without the caller listing them; a withdrawn
 * leave seats them again; a repeat is applied once and an older version changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class LeaveTest {

    static final EventContract ABSENCE = EventContract.of(Path.of("../registration-service/asyncapi/asyncapi.yaml"),
            "Absence");

    @Inject
    AgroalDataSource database;

    static ObjectNode absence(UUID id, UUID meeting, UUID attendee, String from, String to, List<UUID> sessions,
            String reasonKind, String status, long version) {
        ObjectNode data = TestEvents.object().put("absenceId", id.toString()).put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString()).put("from", from).put("to", to).put("reasonKind", reasonKind)
                .put("approvedBy", "秘书处").put("status", status).put("version", version);
        sessions.forEach(s -> data.withArray("sessionIds").add(s.toString()));
        data.withArray("sessionIds");
        ABSENCE.assertValid(data);
        return data;
    }

    static void send(String eventId, String type, ObjectNode data) {
        TopicEvents.inTestCluster().send(RegistrationAttendance.TOPIC, data.path("attendeeId").asText(),
                TestEvents.envelope(eventId, "registration-service", type, data.path("attendeeId").asText(), data));
    }

    @Test
    void theReaderReadsOnlyWhatRegistrationDeclares() {
        ABSENCE.assertReaderFits(RegistrationAttendance.Absence.class);
    }

    @Test
    void peopleOnLeaveForTheSessionAreAbsentFromItsSeatingUntilTheLeaveIsWithdrawn() throws Exception {
        HallSeatingTest.Setting at = HallSeatingTest.setting("请假排座测试会议", database);
        List<UUID> p = at.people();
        UUID byName = UUID.randomUUID();
        UUID byPeriod = UUID.randomUUID();
        UUID otherDay = UUID.randomUUID();
        // 甲代表一 for this session by name, twice (the same event); 乙代表一 for 08:00-10:00 Beijing time, which
        // overlaps the session (09:00-11:00); 乙团长 for the next day only
        String reported = UUID.randomUUID().toString();
        ObjectNode first = absence(byName, at.meeting(), p.get(0), null, null, List.of(at.session()), "ILLNESS",
                "REPORTED", 0);
        send(reported, RegistrationAttendance.REPORTED, first);
        send(reported, RegistrationAttendance.REPORTED, first);
        send(UUID.randomUUID().toString(), RegistrationAttendance.REPORTED, absence(byPeriod, at.meeting(),
                p.get(2), "2030-05-01T00:00:00Z", "2030-05-01T02:00:00Z", List.of(), "OFFICIAL_DUTY", "REPORTED", 3));
        send(UUID.randomUUID().toString(), RegistrationAttendance.REPORTED, absence(otherDay, at.meeting(),
                p.get(3), "2030-05-02T00:00:00Z", "2030-05-03T00:00:00Z", List.of(), "PERSONAL", "REPORTED", 0));
        await().atMost(TestWaits.DEADLINE).until(() -> Rows.count(database,
                "select count(*) from leave_copy where meeting_id = ?", at.meeting()) == 3);
        await().atMost(TestWaits.DEADLINE).until(() -> Rows.count(database,
                "select count(*) from inbox_event where event_id = ?", reported) == 1);
        assertEquals(1, Rows.count(database, "select count(*) from leave_copy where absence_id = ? and"
                + " reason_kind = 'ILLNESS' and not withdrawn and ? = any (session_ids)", byName, at.session()));

        // kept empty, with the leave as the key of the empty seat
        as("venue").body("{\"policy\":{\"layout\":\"ACROSS\"}}").when().post(at.path() + "/plan").then()
                .statusCode(200)
                .body("seated", equalTo(3))
                .body("keptEmpty", equalTo(2))
                .body("seats.attendeeId", not(hasItem(p.get(0).toString())))
                .body("seats.attendeeId", not(hasItem(p.get(2).toString())))
                .body("seats.attendeeId", hasItem(p.get(3).toString()))
                .body("seats.findAll { it.kind == 'KEPT_EMPTY' }.key",
                        contains("on leave (OFFICIAL_DUTY)", "on leave (ILLNESS)"))
                .body("seats.findAll { it.kind == 'KEPT_EMPTY' }[1].why",
                        containsString("kept empty: 甲代表一 is on leave (ILLNESS)"))
                .body("absent.attendeeId", contains(p.get(2).toString(), p.get(0).toString()))
                .body("absent.reason", contains("ON_LEAVE", "ON_LEAVE"))
                .body("absent.absenceId", contains(byPeriod.toString(), byName.toString()))
                .body("absent.reasonKind", contains("OFFICIAL_DUTY", "ILLNESS"));
        // closed up: nobody is kept a seat, the others move forward
        as("venue").body("{\"policy\":{\"layout\":\"ACROSS\",\"absence\":\"CLOSE_UP\"}}").when()
                .post(at.path() + "/plan").then().statusCode(200)
                .body("seated", equalTo(3))
                .body("keptEmpty", equalTo(0))
                .body("seats.findAll { it.kind == 'SEATED' }.seatId", contains("F1-R1-S1", "F1-R1-S2", "F1-R2-S1"))
                .body("absent.attendeeId", contains(p.get(2).toString(), p.get(0).toString()));

        // the leave by name is withdrawn; the report arriving again later (an older version) changes nothing
        send(UUID.randomUUID().toString(), RegistrationAttendance.WITHDRAWN, absence(byName, at.meeting(), p.get(0),
                null, null, List.of(at.session()), "ILLNESS", "WITHDRAWN", 1));
        await().atMost(TestWaits.DEADLINE).until(() -> Rows.count(database,
                "select count(*) from leave_copy where absence_id = ? and withdrawn and version = 1", byName) == 1);
        String late = UUID.randomUUID().toString();
        send(late, RegistrationAttendance.REPORTED, first);
        await().atMost(TestWaits.DEADLINE).until(() -> Rows.count(database,
                "select count(*) from inbox_event where event_id = ?", late) == 1);
        assertEquals(1, Rows.count(database, "select count(*) from leave_copy where absence_id = ? and withdrawn"
                + " and version = 1", byName));
        as("venue").body("{\"policy\":{\"layout\":\"ACROSS\"}}").when().post(at.path() + "/plan").then()
                .statusCode(200)
                .body("seated", equalTo(4))
                .body("seats.attendeeId", hasItem(p.get(0).toString()))
                .body("absent.attendeeId", contains(p.get(2).toString()));
    }
}
