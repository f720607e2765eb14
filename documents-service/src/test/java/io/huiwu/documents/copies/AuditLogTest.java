package io.huiwu.documents.copies;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.documents.domain.AuditChain;
import io.huiwu.documents.service.AuditLog;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meeting's audit log: what it records, that the database keeps it unchanged, and that verify finds a change. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class AuditLogTest {

    private static CopyFixture fixture;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    @BeforeEach
    void meeting() {
        if (fixture == null) {
            fixture = new CopyFixture();
        }
    }

    @Test
    void everyLedgerEntryAndEveryReadOfASecretIsChainedWithWhoWhenAndWhereFrom() {
        UUID wu = fixture.attendee("吴建平", "ATTENDEE");
        String secret = fixture.document("代表建议汇总（机密）", "SECRET", 10);
        String copy = fixture.copies(secret, 2, null).get(1);
        String open = fixture.document("会议指南", null, null);
        fixture.copies(open, 1, null);
        given().auth().oauth2(fixture.organizer).header(AuditLog.DEVICE_HEADER, "desk-tablet-03")
                .contentType("application/json").body(Map.of("holderId", wu.toString(), "receivedBy", "吴建平"))
                .post(fixture.base() + "/copies/" + copy + "/issue").then().statusCode(200);
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/documents/" + secret).then().statusCode(200);
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/documents/" + open).then().statusCode(200);
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/copies/" + copy + "/ledger").then()
                .statusCode(200);

        given().auth().oauth2(fixture.organizer).queryParam("copyId", copy).get(fixture.base() + "/audit").then()
                .statusCode(200).body("total", equalTo(3))
                .body("items.action", equalTo(List.of("COPY_REGISTERED", "COPY_ISSUED", "LEDGER_READ")))
                .body("items[1].actor", equalTo("test-organizer"))
                .body("items[1].origin", equalTo("device:desk-tablet-03"))
                .body("items[1].documentId", equalTo(secret))
                .body("items[1].detail.holderId", equalTo(wu.toString()))
                .body("items[1].detail.copyNumber", equalTo("000002"))
                .body("items[1].detail.receivedBy", equalTo("吴建平"))
                .body("items[1].detail.state", equalTo("ISSUED"))
                .body("items[2].origin", equalTo("address:127.0.0.1"));
        given().auth().oauth2(fixture.organizer).queryParam("documentId", secret).queryParam("size", 2)
                .queryParam("page", 1).get(fixture.base() + "/audit").then().statusCode(200)
                .body("total", equalTo(5)).body("items", hasSize(2))
                .body("items.action", equalTo(List.of("COPY_ISSUED", "DOCUMENT_READ")));
        // the public document's read is not recorded, its copy's registration is
        given().auth().oauth2(fixture.organizer).queryParam("documentId", open).get(fixture.base() + "/audit")
                .then().statusCode(200).body("items.action", equalTo(List.of("COPY_REGISTERED")));
        given().auth().oauth2(fixture.organizer).queryParam("actor", "someone-else").get(fixture.base() + "/audit")
                .then().statusCode(200).body("total", equalTo(0));

        List<String> hashes = given().auth().oauth2(fixture.organizer).queryParam("size", 500)
                .get(fixture.base() + "/audit").then().statusCode(200).extract().path("items.hash");
        List<String> links = given().auth().oauth2(fixture.organizer).queryParam("size", 500)
                .get(fixture.base() + "/audit").then().extract().path("items.prevHash");
        assertEquals("0".repeat(64), links.get(0));
        for (int i = 1; i < links.size(); i++) {
            assertEquals(hashes.get(i - 1), links.get(i));
        }
        given().auth().oauth2(fixture.organizer).post(fixture.base() + "/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("verified", equalTo(hashes.size()))
                .body("lastHash", equalTo(hashes.get(hashes.size() - 1))).body("firstBroken", nullValue());
    }

    @Test
    void noOneUpdatesOrDeletesAnEntryThroughTheServicesConnection() throws Exception {
        UUID meeting = UUID.randomUUID();
        audit.append(meeting, "张敏", "COPY_ISSUED", null, null, Map.of("note", "原样"));
        for (String statement : List.of("update audit_entry set actor = '李四' where meeting_id = '" + meeting + "'",
                "delete from audit_entry where meeting_id = '" + meeting + "'",
                "truncate audit_entry")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(statement));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(1, Rows.count(dataSource, "select count(*) from audit_entry where meeting_id = '" + meeting
                + "' and actor = '张敏'"));
    }

    @Test
    void aChangedEntryIsNamedByVerifyAsAHashMismatch() throws Exception {
        UUID meeting = chainOf(5);
        tamper("update audit_entry set detail = '{\"note\":\"改过\"}' where meeting_id = '" + meeting
                + "' and seq = 3");
        given().auth().oauth2(organizerOf(meeting)).post("/api/v1/meetings/" + meeting + "/audit/verify").then()
                .statusCode(200).body("intact", equalTo(false)).body("verified", equalTo(2))
                .body("lastSeq", equalTo(2)).body("firstBroken.seq", equalTo(3))
                .body("firstBroken.reason", equalTo("HASH_MISMATCH"));
    }

    @Test
    void aRemovedOrRehashedEntryIsNamedByVerifyAsABrokenLink() throws Exception {
        UUID removed = chainOf(4);
        tamper("delete from audit_entry where meeting_id = '" + removed + "' and seq = 2");
        given().auth().oauth2(organizerOf(removed)).post("/api/v1/meetings/" + removed + "/audit/verify").then()
                .statusCode(200).body("intact", equalTo(false)).body("firstBroken.seq", equalTo(3))
                .body("firstBroken.reason", equalTo("BROKEN_LINK"));

        // an entry changed together with its own hash: the entry after it no longer links to it
        UUID rehashed = chainOf(4);
        String detail = "{\"entry\":20}";
        String hash;
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select recorded_at, actor, origin, action, copy_id, prev_hash"
                        + " from audit_entry where meeting_id = '" + rehashed + "' and seq = 2")) {
            rows.next();
            hash = AuditChain.hash(AuditChain.sha256(), rehashed, 2,
                    rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2), rows.getString(3),
                    rows.getString(4), null, rows.getObject(5, UUID.class), detail, rows.getString(6));
        }
        tamper("update audit_entry set detail = '" + detail + "', hash = '" + hash + "' where meeting_id = '"
                + rehashed + "' and seq = 2");
        given().auth().oauth2(organizerOf(rehashed)).post("/api/v1/meetings/" + rehashed + "/audit/verify").then()
                .statusCode(200).body("verified", equalTo(2)).body("firstBroken.seq", equalTo(3))
                .body("firstBroken.reason", equalTo("BROKEN_LINK"));
    }

    @Test
    void appendsMadeAtOnceMakeOneUnbrokenChain() throws Exception {
        UUID meeting = UUID.randomUUID();
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    audit.append(meeting, "staff-" + thread, "COPY_ISSUED", null, null, Map.of("i", i));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(threads * each, Rows.count(dataSource, "select count(distinct prev_hash) from audit_entry"
                + " where meeting_id = '" + meeting + "'"));
        assertEquals(threads * each, Rows.count(dataSource, "select max(seq) from audit_entry where meeting_id = '"
                + meeting + "'"));
        given().auth().oauth2(organizerOf(meeting)).post("/api/v1/meetings/" + meeting + "/audit/verify").then()
                .statusCode(200).body("intact", equalTo(true)).body("verified", equalTo(threads * each));
    }

    private UUID chainOf(int entries) {
        UUID meeting = UUID.randomUUID();
        for (int i = 1; i <= entries; i++) {
            audit.append(meeting, "张敏", "COPY_RETURNED", null, UUID.randomUUID(), Map.of("entry", i));
        }
        return meeting;
    }

    private static String organizerOf(UUID meeting) {
        TestGrants.grant(meeting, "organizer");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(fixture.organizer)
                        .get("/api/v1/meetings/" + meeting + "/audit").then().statusCode(200));
        return fixture.organizer;
    }

    /** A change made past the table's trigger, as a database superuser could. */
    private void tamper(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            try {
                assertEquals(1, statement.executeUpdate(sql));
            } finally {
                statement.execute("set session_replication_role = default");
            }
        }
    }


    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
