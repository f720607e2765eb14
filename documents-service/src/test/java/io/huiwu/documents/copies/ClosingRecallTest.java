package io.huiwu.documents.copies;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.documents.event.RegistrationMeetings;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The recall that opens by itself when registration moves the meeting to CLOSING. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class ClosingRecallTest {

    private static final Path REGISTRATION = Path.of("..", "registration-service", "asyncapi", "asyncapi.yaml");
    private static final EventContract MEETING = EventContract.of(REGISTRATION, "MeetingSnapshot");
    private static final EventContract PHASE = EventContract.of(REGISTRATION, "MeetingPhaseChange");
    private static final EventContract RECALL_OPENED = EventContract.of(AsyncApiDocument.OWN, "RecallOpened");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theReaderTypesReadOnlyWhatRegistrationPublishes() {
        MEETING.assertReaderFits(RegistrationMeetings.MeetingDates.class);
        PHASE.assertReaderFits(RegistrationMeetings.PhaseChange.class);
    }

    @Test
    void closingOpensOneRecallDueAtTheMeetingsEnd() {
        CopyFixture fixture = new CopyFixture();
        UUID wang = fixture.attendee("王晓红", "ATTENDEE");
        String copy = fixture.copies(fixture.document("选举办法（草案）", "SECRET", 10), 1, null).get(0);
        fixture.issue(copy, wang).statusCode(200);
        LocalDate end = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        ObjectNode meeting = TestEvents.object().put("meetingId", fixture.meeting.toString()).put("version", 2)
                .put("name", "第十五届人民代表大会第一次会议").put("startDate", end.minusDays(5).toString())
                .put("endDate", end.toString()).put("phase", "IN_SESSION");
        MEETING.assertValid(meeting);
        publish("meeting-updated", fixture, meeting);
        ObjectNode older = meeting.deepCopy().put("version", 1).put("endDate", end.minusDays(2).toString());
        publish("meeting-updated", fixture, older);
        publish("meeting-phase-changed", fixture, phase(fixture, "IN_SESSION", "PREPARING"));

        ObjectNode closing = phase(fixture, "CLOSING", "IN_SESSION");
        String eventId = UUID.randomUUID().toString();
        send(eventId, fixture, closing);
        send(eventId, fixture, closing);

        TopicEvents.Event opened = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("documents.clearance", e -> e.type().equals("recall-opened")
                        && e.subject().equals(fixture.meeting.toString())), e -> !e.isEmpty()).get(0);
        RECALL_OPENED.assertValid(opened.data());
        OffsetDateTime deadline = end.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
        assertEquals(deadline.toInstant(), OffsetDateTime.parse(opened.data().path("deadline").asText()).toInstant());
        assertEquals(1, opened.data().path("outstandingCopies").asInt());
        assertEquals("组织者", opened.data().path("openedBy").asText());

        // a second CLOSING (a new event) while the recall is open opens nothing
        publish("meeting-phase-changed", fixture, phase(fixture, "CLOSING", "IN_SESSION"));
        // the same key keeps the order: once version 3 is kept, the phase changes before it were applied
        publish("meeting-updated", fixture, meeting.deepCopy().put("version", 3));
        await().atMost(TestWaits.DEADLINE).until(() -> count("select count(*) from meeting_calendar where"
                + " meeting_id = '" + fixture.meeting + "' and version = 3") == 1);
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/recalls").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].outstandingCopies", equalTo(1))
                .body("items.note", equalTo(List.of("闭幕清退 (opened at CLOSING)")));
        assertEquals(1, count("select count(*) from recall where meeting_id = '" + fixture.meeting
                + "' and opened_at_phase = 'CLOSING'"));
    }

    @Test
    void aMeetingWhoseEndIsUnknownGetsADeadlineCountedFromTheChange() {
        CopyFixture fixture = new CopyFixture();
        OffsetDateTime before = OffsetDateTime.now();
        publish("meeting-phase-changed", fixture, phase(fixture, "CLOSING", "IN_SESSION"));
        await().atMost(TestWaits.DEADLINE).until(() -> count("select count(*) from recall where meeting_id = '"
                + fixture.meeting + "'") == 1);
        String deadline = given().auth().oauth2(fixture.organizer).get(fixture.base() + "/recalls").then()
                .statusCode(200).body("items[0].outstandingCopies", equalTo(0)).extract().path("items[0].deadline");
        OffsetDateTime due = OffsetDateTime.parse(deadline);
        assertEquals(true, !due.isBefore(before.plusHours(24)) && due.isBefore(OffsetDateTime.now().plusHours(25)));
    }

    private static ObjectNode phase(CopyFixture fixture, String phase, String previous) {
        ObjectNode data = TestEvents.object().put("meetingId", fixture.meeting.toString()).put("phase", phase)
                .put("previousPhase", previous).put("changedBy", "组织者")
                .put("changedAt", OffsetDateTime.now().toString()).put("version", 4);
        PHASE.assertValid(data);
        return data;
    }

    private static void publish(String type, CopyFixture fixture, ObjectNode data) {
        String subject = fixture.meeting.toString();
        TopicEvents.inTestCluster().send("registration.meeting", subject,
                TestEvents.envelope("/registration-service", type, subject, data));
    }

    private static void send(String id, CopyFixture fixture, ObjectNode data) {
        String subject = fixture.meeting.toString();
        TopicEvents.inTestCluster().send("registration.meeting", subject,
                TestEvents.envelope(id, "/registration-service", "meeting-phase-changed", subject, data));
    }

    private long count(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
