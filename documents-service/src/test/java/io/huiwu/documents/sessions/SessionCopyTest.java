package io.huiwu.documents.sessions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.documents.event.VenueSessions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** venue's schedule, kept by documents: newest version only, each event applied once, cancelled kept. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SessionCopyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theReaderTypeReadsOnlyWhatVenuePublishes() {
        SessionFixture.SESSION.assertReaderFits(VenueSessions.VenueSession.class);
    }

    @Test
    void eachSessionIsKeptAtItsNewestVersionAndEachEventAppliedOnce() {
        SessionFixture fixture = new SessionFixture();
        UUID group = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        SessionFixture.send(first, "session-scheduled", fixture.session(session, 1, "GROUP", "第一组分组讨论",
                SessionFixture.DAY_ONE, List.of(group)));
        // the same event id again, even carrying a higher version, is not applied a second time
        SessionFixture.send(first, "session-changed", fixture.session(session, 5, "GROUP", "重放的事件",
                SessionFixture.DAY_ONE, List.of(group)));
        String moved = SessionFixture.publish("session-changed", fixture.session(session, 2, "GROUP",
                "第一组分组讨论（改期）", SessionFixture.DAY_ONE.plusDays(1), List.of(group)));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(fixture.organizer)
                .get(fixture.base() + "/sessions/" + session).then().statusCode(200)
                .body("version", equalTo(2)).body("name", equalTo("第一组分组讨论（改期）")));
        assertEquals(1, SessionFixture.count(dataSource, "select count(*) from inbox_event where event_id = '"
                + first + "'"));
        assertEquals(1, SessionFixture.count(dataSource, "select count(*) from inbox_event where event_id = '"
                + moved + "'"));

        // an older version changes nothing
        String stale = SessionFixture.publish("session-changed", fixture.session(session, 1, "PLENARY", "旧版本",
                SessionFixture.DAY_ONE, List.of()));
        await().atMost(TestWaits.DEADLINE).until(() -> SessionFixture.count(dataSource, "select count(*) from"
                + " inbox_event where event_id = '" + stale + "'") == 1);
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/sessions/" + session).then()
                .statusCode(200).body("version", equalTo(2)).body("kind", equalTo("GROUP"))
                .body("groupIds", equalTo(List.of(group.toString()))).body("cancelled", equalTo(false));

        // a cancelled session is kept, marked cancelled
        ObjectNode cancelled = fixture.session(session, 3, "GROUP", "第一组分组讨论（改期）",
                SessionFixture.DAY_ONE.plusDays(1), List.of(group)).put("cancelled", true);
        SessionFixture.publish("session-cancelled", cancelled);
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(fixture.organizer)
                .get(fixture.base() + "/sessions").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].sessionId", equalTo(session.toString())).body("items[0].version", equalTo(3))
                .body("items[0].cancelled", equalTo(true)));
        assertEquals(1, SessionFixture.count(dataSource, "select count(*) from session_copy where session_id = '"
                + session + "' and cancelled and version = 3"));
    }

    @Test
    void anotherMeetingsSessionIsNotFound() {
        SessionFixture fixture = new SessionFixture();
        SessionFixture other = new SessionFixture();
        UUID theirs = other.scheduled("PLENARY", "第一次全体会议", SessionFixture.DAY_ONE, List.of());
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/sessions/" + theirs).then()
                .statusCode(404).contentType("application/problem+json");
    }
}
