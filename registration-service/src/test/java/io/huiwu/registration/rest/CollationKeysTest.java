package io.huiwu.registration.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.service.CollationKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys made from older name data are made again, and every entry is published again at the version it had. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class CollationKeysTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CollationKeys collationKeys;

    @Test
    void keysFromOlderNameDataAreMadeAgainAndPublishedWithoutANewVersion() throws SQLException {
        String meeting = Fixtures.meeting("排序数据更新会议");
        String zeng = Fixtures.attendee(meeting, "曾国藩");
        Fixtures.attendee(meeting, "张三");
        // keys as older name data might have left them: 曾 read céng, and ordered otherwise
        execute("update attendee set pinyin = 'cengguofan', pinyin_initials = 'cgf', pinyin_key = '\\xff'::bytea,"
                + " stroke_key = '\\x00'::bytea where id = ?::uuid", zeng);
        execute("update collation_info set version = 'names-older' where name = 'name-collation'", null);
        String list = "/api/v1/meetings/" + meeting + "/attendees";
        given().auth().oauth2(Fixtures.organizer()).when().get(list + "?sort=pinyin")
                .then().body("items.name", contains("张三", "曾国藩"));
        given().auth().oauth2(Fixtures.organizer()).when().get(list + "?sort=strokes")
                .then().body("items.name", contains("曾国藩", "张三"));
        given().auth().oauth2(Fixtures.organizer()).when().get(list + "?q=zgf").then().body("total", equalTo(0));

        assertTrue(collationKeys.rekeyIfChanged() >= 2);

        given().auth().oauth2(Fixtures.organizer()).when().get(list + "?sort=pinyin")
                .then().body("items.name", contains("曾国藩", "张三"));
        given().auth().oauth2(Fixtures.organizer()).when().get(list + "?q=zgf")
                .then().body("items.name", contains("曾国藩"));
        given().auth().oauth2(Fixtures.organizer()).when().get(list + "?sort=strokes")
                .then().body("items.name", contains("张三", "曾国藩"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select stroke_key, pinyin, version from attendee where id = ?::uuid")) {
            query.setString(1, zeng);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertArrayEquals(NameCollation.strokeKey("曾国藩"), row.getBytes(1));
                assertEquals("zengguofan", row.getString(2));
                assertEquals(0, row.getLong(3), "new keys are not a new version of the entry");
            }
        }
        // the same version published again with the new keys, for the other services' copies
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> {
            List<TopicEvents.Event> events = TopicEvents.inTestCluster().matching("registration.attendee",
                    e -> e.subject().equals(zeng) && e.type().equals("attendee-updated"));
            assertEquals(1, events.size());
            assertEquals(0, events.get(0).data().path("version").asLong());
            assertEquals(NameCollation.version(), events.get(0).data().path("collationVersion").asText());
            assertEquals("zengguofan", events.get(0).data().path("pinyin").asText());
        });
        assertEquals(0, collationKeys.rekeyIfChanged(), "nothing to do while the data stays the same");
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            statement.executeUpdate();
        }
    }
}
