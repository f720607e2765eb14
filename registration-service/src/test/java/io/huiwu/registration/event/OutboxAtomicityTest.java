package io.huiwu.registration.event;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The change and its event are one transaction: when recording the event fails, the change is not saved either,
 * and nothing reaches the topic.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class OutboxAtomicityTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void removeTrigger() throws Exception {
        execute("drop trigger if exists refuse_marked_events on outbox_event");
    }

    @Test
    void aFailedEventRollsBackTheChange() throws Exception {
        execute("create or replace function refuse_marked() returns trigger language plpgsql as $$"
                + " begin if new.payload like '%原子性标记%' then raise exception 'refused for the test'; end if;"
                + " return new; end $$");
        execute("create trigger refuse_marked_events before insert on outbox_event for each row"
                + " execute function refuse_marked()");
        String meeting = io.huiwu.registration.rest.Fixtures.meeting("原子性测试会议");

        given().auth().oauth2(TestTokens.role("organizer")).contentType(ContentType.JSON)
                .body("{\"name\":\"原子性标记\",\"gender\":\"MALE\",\"category\":\"GUEST\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body(not(containsString("refused for the test")));

        assertEquals(0, count("select count(*) from attendee where name = '原子性标记'"));
        assertEquals(0, count("select count(*) from outbox_event where payload like '%原子性标记%'"));
        assertEquals(0, count("select count(*) from outbox_published where payload like '%原子性标记%'"));
        assertTrue(TopicEvents.inTestCluster().matching("registration.attendee",
                e -> e.data().path("name").asText().equals("原子性标记")).isEmpty());
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
