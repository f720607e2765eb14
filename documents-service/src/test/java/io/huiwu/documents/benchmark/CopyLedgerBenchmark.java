package io.huiwu.documents.benchmark;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Not a test (its name keeps it out of {@code verify}): "who holds what now" and a batch return, through the API, on
 * a meeting of 5,000 holders with 20 documents each (100,000 copies out). The holders and copies are written with
 * SQL (a roster entry cloned from one registered through the roster's event; each copy registered and issued in its
 * ledger), the documents through the API. Figures in {@code target/benchmarks/copies.txt}; see docs/benchmarks.md.
 * Run with {@code -Dtest=CopyLedgerBenchmark}.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class CopyLedgerBenchmark {

    private static final int HOLDERS = Integer.getInteger("copies.holders", 5000);
    private static final int DOCUMENTS = Integer.getInteger("copies.documents", 20);
    private static final int DELEGATIONS = 50;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void whoHoldsWhatNowAndABatchReturn() throws Exception {
        UUID meeting = UUID.randomUUID();
        String organizer = TestTokens.role("organizer");
        TestGrants.grant(meeting, "organizer");
        String base = "/api/v1/meetings/" + meeting;
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base + "/documents").then().statusCode(200));
        UUID first = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, first, 1, "王晓红", "ACTIVE")
                .put("category", "ATTENDEE").put("delegation", "代表团01"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base + "/attendees/" + first).then().statusCode(200));
        List<UUID> documents = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            documents.add(UUID.fromString(given().auth().oauth2(organizer).contentType("application/json")
                    .body(Map.of("title", "会议文件" + (d + 1), "issuingBody", "大会秘书处", "pages", 8,
                            "secretLevel", "CONFIDENTIAL", "termYears", 10))
                    .post(base + "/documents").then().statusCode(201).extract().path("id")));
        }
        List<String> report = new ArrayList<>();
        long loadStarted = System.nanoTime();
        List<UUID> holders = load(meeting, first, documents);
        report.add(String.format("%,d holders x %d documents (%,d copies out) written in %.1f s", HOLDERS,
                DOCUMENTS, HOLDERS * DOCUMENTS, (System.nanoTime() - loadStarted) / 1e9));
        given().auth().oauth2(organizer).contentType("application/json")
                .body(Map.of("deadline", OffsetDateTime.now().plusDays(1).toString()))
                .post(base + "/recalls").then().statusCode(201);

        // who holds what now: one person's copies still out, and the whole meeting's tally by delegation
        report.add(timed("one holder's copies (GET .../recalls/outstanding?holderId=), 20 each", 20, 100, i ->
                given().auth().oauth2(organizer).queryParam("holderId", holders.get(i * 37 % HOLDERS).toString())
                        .queryParam("size", 100).get(base + "/recalls/outstanding").then().statusCode(200)));
        report.add(timed("one person's clearance (GET .../recalls/clearance/{id})", 20, 100, i ->
                given().auth().oauth2(organizer).get(base + "/recalls/clearance/" + holders.get(i * 53 % HOLDERS))
                        .then().statusCode(200)));
        report.add(timed("the meeting's tally by delegation (GET .../recalls/outstanding/by-delegation)", 5, 30,
                i -> given().auth().oauth2(organizer).get(base + "/recalls/outstanding/by-delegation").then()
                        .statusCode(200)));
        report.add(timed("one delegation's copies, first page of 500 (GET .../recalls/outstanding?delegation=)",
                5, 30, i -> given().auth().oauth2(organizer).queryParam("delegation", delegation(i % DELEGATIONS))
                        .queryParam("size", 500).get(base + "/recalls/outstanding").then().statusCode(200)));

        // a batch return of 500 copies: 25 people's 20 each, each run other people's
        List<UUID> copies = copiesOf(meeting);
        int batch = 500;
        report.add(timed("batch return of 500 copies (POST .../recalls/returns)", 2, 10, i -> {
            List<String> ids = copies.subList(i * batch, (i + 1) * batch).stream().map(UUID::toString).toList();
            given().auth().oauth2(organizer).contentType("application/json")
                    .body(Map.of("copyIds", ids, "receivedBy", "材料组张敏")).post(base + "/recalls/returns").then()
                    .statusCode(200);
        }));
        report.add(String.format("load average %.1f on %d cores", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors()));
        Path out = Path.of("target/benchmarks/copies.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    /** Runs {@code call} warm-up then timed times (each with its index); the median, p90 and slowest. */
    private static String timed(String what, int warmUp, int runs, IntConsumer call) {
        for (int i = 0; i < warmUp; i++) {
            call.accept(i);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.accept(warmUp + i);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return String.format("%s: median %.1f ms, p90 %.1f ms, slowest %.1f ms (%d runs after %d to warm up)", what,
                millis[runs / 2], millis[(int) Math.ceil(runs * 0.9) - 1], millis[runs - 1], runs, warmUp);
    }

    private static String delegation(int n) {
        return String.format("代表团%02d", n + 1);
    }

    /** Clones the registered person into HOLDERS people, then registers and issues every copy with SQL. */
    private List<UUID> load(UUID meeting, UUID first, List<UUID> documents) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("create temporary table bench_holder on commit drop as select gen_random_uuid() id, n"
                        + " from generate_series(2, " + HOLDERS + ") n");
                sql.execute("insert into roster_attendee (id, meeting_id, version, withdrawn, name, category,"
                        + " delegation, rank, stroke_key, pinyin_key, snapshot, updated_at)"
                        + " select h.id, r.meeting_id, 1, false, '代表' || h.n, r.category,"
                        + " '代表团' || lpad(((h.n - 1) % " + DELEGATIONS + " + 1)::text, 2, '0'), r.rank,"
                        + " r.stroke_key, r.pinyin_key, jsonb_set(jsonb_set(jsonb_set(r.snapshot, '{attendeeId}',"
                        + " to_jsonb(h.id::text)), '{name}', to_jsonb('代表' || h.n)), '{delegation}',"
                        + " to_jsonb('代表团' || lpad(((h.n - 1) % " + DELEGATIONS + " + 1)::text, 2, '0'))),"
                        + " r.updated_at from bench_holder h, roster_attendee r where r.id = '" + first + "'");
                for (int d = 0; d < documents.size(); d++) {
                    UUID document = documents.get(d);
                    sql.execute("create temporary table bench_copy on commit drop as select gen_random_uuid() id,"
                            + " a.id holder, row_number() over (order by a.id) n from roster_attendee a"
                            + " where a.meeting_id = '" + meeting + "'");
                    sql.execute("insert into document_copy (id, document_id, meeting_id, copy_number, batch, state,"
                            + " holder_id, entries, version) select id, '" + document + "', '" + meeting
                            + "', lpad(n::text, 6, '0'), 1, 'ISSUED', holder, 2, 0 from bench_copy");
                    sql.execute("insert into copy_ledger_entry (id, copy_id, meeting_id, seq, action, holder_id,"
                            + " received_by, actor, happened_at, recorded_at) select gen_random_uuid(), id, '"
                            + meeting + "'::uuid, 1, 'REGISTERED', null::uuid, null, 'test-organizer', now(), now()"
                            + " from bench_copy union all select gen_random_uuid(), id, '" + meeting
                            + "'::uuid, 2, 'ISSUED', holder, '签收', 'test-organizer', now(), now() from bench_copy");
                    sql.execute("drop table bench_copy");
                }
            }
            connection.commit();
            try (Statement sql = connection.createStatement()) {
                connection.setAutoCommit(true);
                sql.execute("analyze document_copy");
                sql.execute("analyze copy_ledger_entry");
                sql.execute("analyze roster_attendee");
            }
            List<UUID> holders = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id from roster_attendee where meeting_id = ? order by id")) {
                select.setObject(1, meeting);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        holders.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return holders;
        }
    }

    /** The meeting's copies, a holder's 20 together, holder after holder. */
    private List<UUID> copiesOf(UUID meeting) throws SQLException {
        List<UUID> copies = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                .prepareStatement("select id from document_copy where meeting_id = ? order by holder_id, id")) {
            select.setObject(1, meeting);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    copies.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return copies;
    }
}
