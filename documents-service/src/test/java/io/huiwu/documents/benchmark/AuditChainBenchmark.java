package io.huiwu.documents.benchmark;

import io.huiwu.documents.domain.AuditChain;
import io.huiwu.documents.service.AuditLog;
import io.huiwu.localstack.Database;
import io.huiwu.localstack.FreePorts;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.io.InputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Not a test (its name keeps it out of {@code verify}): how long verifying one meeting's audit chain of a million
 * entries takes, on an embedded PostgreSQL server of its own. Writes its figures to
 * {@code target/benchmarks/audit-verify.txt}; see docs/benchmarks.md. Run with
 * {@code -Dtest=AuditChainBenchmark -Daudit.entries=1000000}.
 */
class AuditChainBenchmark {

    @Test
    void verifyAMillionEntryChain() throws Exception {
        int entries = Integer.getInteger("audit.entries", 1_000_000);
        int runs = Integer.getInteger("audit.runs", 3);
        Path dir = Files.createTempDirectory("huiwu-audit-benchmark");
        int port = FreePorts.one();
        List<String> report = new ArrayList<>();
        try (Database database = Database.embedded(dir.resolve("data"), port)) {
            database.recreateDatabase("audit_benchmark");
            try (Connection connection = DriverManager.getConnection(database.url("audit_benchmark"),
                    database.user(), database.password())) {
                try (InputStream migration = getClass().getResourceAsStream("/db/migration/V7__audit_log.sql");
                        Statement statement = connection.createStatement()) {
                    statement.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
                }
                UUID meeting = UUID.randomUUID();
                long loadStarted = System.nanoTime();
                load(connection, meeting, entries);
                report.add(String.format("chain of %,d entries written (hashing and COPY) in %.1f s", entries,
                        (System.nanoTime() - loadStarted) / 1e9));
                try (Statement statement = connection.createStatement()) {
                    statement.execute("vacuum analyze audit_entry");
                }
                long backend;
                try (Statement statement = connection.createStatement();
                        var row = statement.executeQuery("select pg_backend_pid()")) {
                    row.next();
                    backend = row.getLong(1);
                }
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                for (int run = 1; run <= runs; run++) {
                    double serverBefore = cpuSeconds(backend);
                    long cpuBefore = threads.getCurrentThreadCpuTime();
                    long started = System.nanoTime();
                    AuditChain.Verifier verifier = AuditLog.verify(connection, meeting);
                    double seconds = (System.nanoTime() - started) / 1e9;
                    double javaCpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
                    double serverCpu = cpuSeconds(backend) - serverBefore;
                    if (verifier.broken() != null || verifier.checked() != entries) {
                        throw new IllegalStateException("the chain did not verify: " + verifier.broken());
                    }
                    report.add(String.format("run %d: %,d entries verified in %.2f s (%,.0f entries/s); CPU: verifier"
                            + " thread %.2f s, PostgreSQL backend %.2f s; load average %.1f", run,
                            verifier.checked(), seconds, verifier.checked() / seconds, javaCpu, serverCpu,
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
                }
            }
        }
        Path out = Path.of("target/benchmarks/audit-verify.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    /** The CPU time (user and system) a process has used, from /proc; NaN where there is none. */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** A valid chain, hashed as the service hashes it, loaded with COPY in batches of 100,000. */
    private static void load(Connection connection, UUID meeting, int entries) throws Exception {
        MessageDigest sha256 = AuditChain.sha256();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(30, ChronoUnit.DAYS);
        String previous = AuditChain.GENESIS;
        StringBuilder batch = new StringBuilder();
        UUID document = UUID.randomUUID();
        for (int seq = 1; seq <= entries; seq++) {
            Instant at = start.plus(seq * 1000L, ChronoUnit.MICROS);
            UUID copy = new UUID(document.getMostSignificantBits(), seq % 2000);
            String detail = AuditLog.canonicalDetail(Map.of("entry", seq % 7 + 1, "copyNumber",
                    String.format("%06d", seq % 2000 + 1), "state", "ISSUED", "receivedBy", "王晓红",
                    "holderId", copy.toString(), "happenedAt", at.toString()));
            String hash = AuditChain.hash(sha256, meeting, seq, at, "材料组张敏", "device:材料组平板-03",
                    "COPY_ISSUED", document, copy, detail, previous);
            batch.append(meeting).append('\t').append(seq).append('\t').append(at).append('\t').append("材料组张敏")
                    .append('\t').append("device:材料组平板-03").append('\t').append("COPY_ISSUED").append('\t')
                    .append(document).append('\t').append(copy).append('\t')
                    .append(detail.replace("\\", "\\\\")).append('\t').append(previous).append('\t')
                    .append(hash).append('\n');
            previous = hash;
            if (seq % 100_000 == 0 || seq == entries) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy audit_entry (meeting_id, seq,"
                        + " recorded_at, actor, origin, action, document_id, copy_id, detail, prev_hash, hash)"
                        + " from stdin", new StringReader(batch.toString()));
                batch.setLength(0);
            }
        }
    }
}
