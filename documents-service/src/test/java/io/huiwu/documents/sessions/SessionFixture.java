package io.huiwu.documents.sessions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** A meeting with an organizer, and the sessions venue publishes for it. */
final class SessionFixture {

    static final EventContract SESSION = EventContract.of(Path.of("..", "venue-service", "asyncapi",
            "asyncapi.yaml"), "Session");
    static final OffsetDateTime DAY_ONE = OffsetDateTime.parse("2027-03-05T09:00:00+08:00");

    final UUID meeting = UUID.randomUUID();
    final String organizer = TestTokens.role("organizer");

    SessionFixture() {
        TestGrants.grant(meeting, "organizer");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/sessions").then().statusCode(200));
    }

    String base() {
        return "/api/v1/meetings/" + meeting;
    }

    /** The data of a session event as venue publishes it, checked against venue's document. */
    ObjectNode session(UUID session, long version, String kind, String name, OffsetDateTime startsAt,
            List<UUID> groups) {
        ObjectNode data = TestEvents.object().put("sessionId", session.toString()).put("meetingId",
                meeting.toString()).put("version", version).put("kind", kind).put("name", name)
                .put("startsAt", startsAt.toString()).put("endsAt", startsAt.plusHours(2).toString())
                .put("place", "人民大会堂").putNull("spaceId").put("seatPassRequired", false)
                .put("agendaVersion", 1).put("cancelled", false);
        data.putArray("categories");
        data.putArray("delegations");
        var groupIds = data.putArray("groupIds");
        groups.forEach(g -> groupIds.add(g.toString()));
        SESSION.assertValid(data);
        return data;
    }

    static void send(String eventId, String type, ObjectNode data) {
        String subject = data.path("sessionId").asText();
        TopicEvents.inTestCluster().send("venue.session", subject,
                TestEvents.envelope(eventId, "/venue-service", type, subject, data));
    }

    static String publish(String type, ObjectNode data) {
        String id = UUID.randomUUID().toString();
        send(id, type, data);
        return id;
    }

    /** A session venue scheduled, once documents has it. */
    UUID scheduled(String kind, String name, OffsetDateTime startsAt, List<UUID> groups) {
        UUID session = UUID.randomUUID();
        publish("session-scheduled", session(session, 1, kind, name, startsAt, groups));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/sessions/" + session).then().statusCode(200));
        return session;
    }

    static long count(AgroalDataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
