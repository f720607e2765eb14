package io.huiwu.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of registration-service that an issue names, measured against the packaged services started the way
 * {@code ./run} starts them (PostgreSQL, Kafka and all four services on this machine):
 * <ul>
 * <li>redeem throughput and latency at 32 concurrent clients, driven by wrk, and pgbench running the same SQL as a
 * redeem on the same database, for the ratio between the two;</li>
 * <li>an upload of 5,000 offline scans in one call;</li>
 * <li>an import of 5,000 roster rows, from the upload to the job's success.</li>
 * </ul>
 * Needs wrk and pgbench on the PATH ({@code apt-get install wrk postgresql-client}). Writes
 * {@code target/benchmarks/check-in.txt}. See docs/benchmarks.md.
 */
@Tag("benchmark")
class CheckInBenchmarkIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PEOPLE = 5000;

    private LocalStack stack;
    private String organizer;
    private String registrar;
    /** The token of the registered device every scan comes from. */
    private String device;

    @Test
    void checkInFigures() throws Exception {
        stack = RunningStack.get();
        organizer = RunningStack.token("organizer");
        registrar = RunningStack.token("registrar");
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        StringBuilder report = new StringBuilder("Check-in benchmarks (" + OffsetDateTime.now() + ")\n");

        String meeting = RunningStack.meeting("压测会议");

        // import: 5,000 rows, timed from the upload to the job's success
        long importMillis = importRoster(meeting, PEOPLE);
        report.append(String.format("Import of %d roster rows (CSV), upload to SUCCEEDED: %d ms%n", PEOPLE,
                importMillis));

        RunningStack.verifyAll(meeting);
        String type = post("/api/v1/meetings/" + meeting + "/credential-types", "{\"name\":\"出席证\",\"colour\":"
                + "\"#C8102E\",\"prefix\":\"CX\",\"categories\":[\"ATTENDEE\"]}", organizer).path("id").asText();
        post("/api/v1/meetings/" + meeting + "/credential-types/" + type + "/issue-all", "", organizer);
        List<String> payloads = new ArrayList<>();
        List<String> credentialIds = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode credentials = get("/api/v1/meetings/" + meeting + "/credentials?size=500&page=" + page,
                    organizer).path("items");
            if (credentials.isEmpty()) {
                break;
            }
            for (JsonNode credential : credentials) {
                payloads.add(credential.path("payload").asText());
                credentialIds.add(credential.path("id").asText());
            }
        }
        String dining = list(meeting, "餐厅", "DINING", true, false);
        String desk = list(meeting, "报到处", "DESK", false, false);
        String warmUp = list(meeting, "热身", "OTHER", true, false);
        // every scan below comes from a registered device, which the service checks with each one
        device = post("/api/v1/meetings/" + meeting + "/checkin/devices", "{\"name\":\"bench\",\"listIds\":[\""
                + dining + "\",\"" + desk + "\",\"" + warmUp + "\"]}", organizer).path("token").asText();

        // a device's download: everything (5,000 credentials), then what changed since (here nothing)
        report.append(syncFigures(meeting));

        // offline upload: 5,000 scans in one call (after a warm-up upload of 1,000 on another list)
        offlineUpload(meeting, warmUp, payloads.subList(0, 1000));
        long offlineMillis = offlineUpload(meeting, desk, payloads);
        report.append(String.format("Offline upload of %d scans in one call: %d ms%n", payloads.size(),
                offlineMillis));

        // redeem under load: wrk with 32 connections on a list that admits again (every scan is an admission).
        // The JIT needs a few minutes of load on two busy cores before the figures settle.
        Path payloadFile = out.resolve("payloads.txt");
        Files.write(payloadFile, payloads);
        Path script = out.resolve("redeem.lua");
        Files.writeString(script, luaScript(payloadFile, meeting, dining));
        run(List.of("wrk", "-t2", "-c32", "-d180s", "-s", script.toString(), stack.url(ServiceSpec.REGISTRATION)),
                240);
        String wrk = run(List.of("wrk", "-t2", "-c32", "-d60s", "--latency", "-s", script.toString(),
                stack.url(ServiceSpec.REGISTRATION)), 120);
        Files.writeString(out.resolve("wrk.txt"), wrk);
        double httpRate = number(wrk, "Requests/sec:\\s+([0-9.]+)");
        report.append("Redeem, 32 clients as fast as they can, 60 s after 180 s warm-up: ").append(wrkFigures(wrk));

        // the same SQL with pgbench, on the same database: 32 clients, and as many as the service's pool
        double pgRate = pgbench(meeting, dining, credentialIds, out, 32);
        report.append(String.format("pgbench, the SQL of one redeem per transaction, 32 clients: %.0f tps; HTTP"
                + " redeem reaches %.2f of it%n", pgRate, httpRate / pgRate));
        double pgPoolRate = pgbench(meeting, dining, credentialIds, out, 6);
        report.append(String.format("pgbench, the same, 6 clients (the service's pool): %.0f tps; HTTP redeem reaches"
                + " %.2f of it%n", pgPoolRate, httpRate / pgPoolRate));

        // the same 32 connections at a steady half of pgbench's best rate: the latency a door sees at that rate
        int steadyRate = (int) Math.round(Math.max(pgRate, pgPoolRate) / 2);
        Path paced = out.resolve("redeem-paced.lua");
        Files.writeString(paced, luaScript(payloadFile, meeting, dining) + pacing(2, steadyRate));
        String steady = run(List.of("wrk", "-t2", "-c32", "-d60s", "--latency", "-s", paced.toString(),
                stack.url(ServiceSpec.REGISTRATION)), 120);
        Files.writeString(out.resolve("wrk-paced.txt"), steady);
        report.append("Redeem, 32 clients paced to ").append(steadyRate)
                .append("/s (half of pgbench's best) for 60 s: ").append(wrkFigures(steady));

        Files.writeString(out.resolve("check-in.txt"), report);
        System.out.println(report);
    }

    private long importRoster(String meeting, int rows) throws Exception {
        StringBuilder csv = new StringBuilder("姓名,性别,类别,代表团,排序\n");
        String[] family = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳", "司马"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "建国", "海燕"};
        for (int i = 0; i < rows; i++) {
            csv.append(family[i % family.length]).append(given[(i / 7) % given.length])
                    .append(given[(i / 3) % given.length]).append(',').append(i % 3 == 0 ? "女" : "男")
                    .append(",出席,第").append(i % 35).append("代表团,").append(i + 1).append('\n');
        }
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                        stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings/" + meeting + "/attendee-imports"))
                .header("Authorization", "Bearer " + organizer).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        String job = JSON.readTree(response.body()).path("id").asText();
        while (true) {
            JsonNode state = get("/api/v1/meetings/" + meeting + "/attendee-imports/" + job, organizer);
            String status = state.path("status").asText();
            if (status.equals("SUCCEEDED")) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (status.equals("FAILED")) {
                throw new IllegalStateException("import failed: " + state);
            }
            Thread.sleep(50);
        }
    }

    /**
     * A registered device's download: the whole meeting (every credential with its holder), then the changes since
     * the cursor it got. Each 30 times after 10 to warm up; the median and the slowest, timed from the client.
     */
    private String syncFigures(String meeting) throws Exception {
        String path = "/api/v1/meetings/" + meeting + "/checkin/devices/sync";
        List<Long> full = new ArrayList<>();
        List<Long> changes = new ArrayList<>();
        String cursor = null;
        int credentials = 0;
        for (int i = 0; i < 40; i++) {
            long start = System.nanoTime();
            JsonNode all = syncRequest(path);
            long firstMillis = (System.nanoTime() - start) / 1_000_000;
            cursor = all.path("cursor").asText();
            credentials = all.path("credentials").size();
            start = System.nanoTime();
            syncRequest(path + "?since=" + cursor);
            long sinceMillis = (System.nanoTime() - start) / 1_000_000;
            if (i >= 10) {
                full.add(firstMillis);
                changes.add(sinceMillis);
            }
        }
        full.sort(null);
        changes.sort(null);
        return String.format("Device download of everything (%d credentials): median %d ms, slowest %d ms;"
                + " of the changes since its cursor: median %d ms, slowest %d ms%n", credentials,
                full.get(full.size() / 2), full.get(full.size() - 1), changes.get(changes.size() / 2),
                changes.get(changes.size() - 1));
    }

    private JsonNode syncRequest(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(ServiceSpec.REGISTRATION)
                + path)).header("Authorization", "Bearer " + registrar).header("X-Device-Token", device).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private long offlineUpload(String meeting, String list, List<String> payloads) throws Exception {
        StringBuilder body = new StringBuilder("{\"scans\":[");
        OffsetDateTime at = OffsetDateTime.now().minusHours(2);
        for (int i = 0; i < payloads.size(); i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"listId\":\"").append(list).append("\",\"secret\":\"").append(payloads.get(i))
                    .append("\",\"nonce\":\"").append(UUID.randomUUID()).append("\",\"offline\":true,")
                    .append("\"scannedAt\":\"").append(at.plusSeconds(i)).append("\"}");
        }
        body.append("]}");
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                        stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings/" + meeting + "/checkin/offline-scans"))
                .header("Authorization", "Bearer " + registrar).header("Content-Type", "application/json")
                .header("X-Device-Token", device)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200 || answer.path("recorded").asInt() != payloads.size()) {
            throw new IllegalStateException("offline upload answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return millis;
    }

    private double pgbench(String meeting, String list, List<String> credentialIds, Path out, int clients)
            throws Exception {
        String url = stack.database().url("registration");
        String port = url.replaceAll(".*://[^:]+:(\\d+)/.*", "$1");
        List<String> psql = List.of("psql", "-h", "localhost", "-p", port, "-U", stack.database().user(), "-q",
                "-d", "registration", "-c");
        StringBuilder setup = new StringBuilder("drop table if exists bench_credential;"
                + " create table bench_credential (n integer primary key, id uuid not null, attendee_id uuid not null);"
                + " insert into bench_credential select row_number() over (order by id), id, attendee_id"
                + " from credential where meeting_id = '" + meeting + "';");
        runWithPassword(concat(psql, setup.toString()), 60);
        String sql = """
                \\set n random(1, %d)
                BEGIN;
                SELECT l.id, l.name, l.kind, l.categories, l.opens_at, l.closes_at, l.allow_reentry, l.track_exit,
                  l.allow_on_behalf, l.credential_types, c.id, c.attendee_id, c.number, c.type_id, c.status,
                  c.signature, t.name, t.colour, a.id, a.name, a.category, a.delegation, a.unit, a.title, a.status,
                  d.id, d.meeting_id, d.name, d.list_ids, d.registered_at, d.registered_by, d.revoked_at,
                  d.revoked_by, d.revoke_reason, d.last_seen_at, d.version
                  FROM checkin_list l LEFT JOIN credential c ON c.id = (SELECT id FROM bench_credential WHERE n = :n)
                  AND c.meeting_id = l.meeting_id LEFT JOIN credential_type t ON t.id = c.type_id
                  LEFT JOIN attendee a ON a.id = coalesce(c.attendee_id, null) AND a.meeting_id = l.meeting_id
                  LEFT JOIN checkin_device d ON d.token_hash = '\\x%s'::bytea
                  AND d.meeting_id = l.meeting_id WHERE l.id = '%s' AND l.meeting_id = '%s';
                WITH moved AS (INSERT INTO checkin_presence AS p (list_id, attendee_id, inside, entries,
                  first_entry_at, last_change_at) VALUES ('%s', (SELECT attendee_id FROM bench_credential WHERE n = :n),
                  true, 1, now(), now()) ON CONFLICT (list_id, attendee_id) DO UPDATE SET inside = true,
                  entries = p.entries + 1, last_change_at = excluded.last_change_at
                  WHERE CASE WHEN p.inside THEN true ELSE true END RETURNING entries)
                INSERT INTO checkin_scan (id, meeting_id, nonce, list_id, attendee_id, credential_id, direction, result,
                  scanned_at, received_at, offline, conflict, device_id, device, operator, method)
                  SELECT gen_random_uuid(), '%s', gen_random_uuid()::text, '%s',
                  (SELECT attendee_id FROM bench_credential WHERE n = :n),
                  (SELECT id FROM bench_credential WHERE n = :n),
                  'ENTRY', CASE WHEN EXISTS (SELECT 1 FROM moved) THEN 'ok' ELSE 'already_redeemed' END, now(), now(),
                  false, null, (SELECT id FROM checkin_device WHERE meeting_id = '%s' AND name = 'bench'), 'bench',
                  'pgbench', 'SCAN' ON CONFLICT (meeting_id, nonce) DO NOTHING RETURNING result;
                INSERT INTO outbox_event (id, topic, message_key, event_type, payload) VALUES (gen_random_uuid(),
                  'bench.discard', 'k', 'attendee-checked-in', repeat('x', 420));
                END;
                """.formatted(credentialIds.size(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(device.getBytes(StandardCharsets.UTF_8))), list, meeting, list, meeting, list, meeting);
        Path script = out.resolve("redeem.pgbench.sql");
        Files.writeString(script, sql);
        String result = runWithPassword(List.of("pgbench", "-M", "prepared", "-h", "localhost", "-p", port, "-U",
                stack.database().user(), "-n", "-c", String.valueOf(clients), "-j", "2", "-T", "30", "-f",
                script.toString(), "registration"), 120);
        Files.writeString(out.resolve("pgbench-" + clients + ".txt"), result);
        return number(result, "tps = ([0-9.]+)");
    }

    private String list(String meeting, String name, String kind, boolean reentry, boolean exits) throws Exception {
        return post("/api/v1/meetings/" + meeting + "/checkin/lists", "{\"name\":\"" + name + "\",\"kind\":\"" + kind
                + "\",\"categories\":[\"ATTENDEE\"],\"allowReentry\":" + reentry + ",\"trackExit\":" + exits + "}",
                organizer).path("id").asText();
    }

    private String luaScript(Path payloads, String meeting, String list) {
        return """
                local payloads = {}
                for line in io.lines("%s") do payloads[#payloads + 1] = line end
                local counter = 0
                local thread_id = 0
                function setup(thread)
                  thread:set("id", thread_id)
                  thread_id = thread_id + 1
                end
                function init(args)
                  math.randomseed(os.time() + id)
                end
                request = function()
                  counter = counter + 1
                  local body = '{"listId":"%s","secret":"' .. payloads[math.random(#payloads)] ..
                    '","nonce":"w' .. id .. '-' .. counter .. '-' .. math.random(1000000000) .. '"}'
                  return wrk.format("POST", "/api/v1/meetings/%s/checkin/redeem",
                    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer %s",
                     ["X-Device-Token"] = "%s"}, body)
                end
                """.formatted(payloads.toAbsolutePath(), list, meeting, registrarToken(), device);
    }

    /**
     * The rate, latency percentiles and failed responses of a wrk run with --latency, as one report line. The
     * percentiles are read from the lines of the latency distribution only: elsewhere a figure such as "+/- Stdev
     * 71.50%" ends a line and would be taken for the 50th percentile.
     */
    private static String wrkFigures(String wrk) {
        int from = wrk.indexOf("Latency Distribution");
        String distribution = from < 0 ? "" : wrk.substring(from);
        return String.format("%.0f check-ins/s, p50 %s, p90 %s, p99 %s, non-2xx %s%n",
                number(wrk, "Requests/sec:\\s+([0-9.]+)"), text(distribution, "(?m)^\\s+50%\\s+(\\S+)$"),
                text(distribution, "(?m)^\\s+90%\\s+(\\S+)$"), text(distribution, "(?m)^\\s+99%\\s+(\\S+)$"),
                wrk.contains("Non-2xx") ? text(wrk, "Non-2xx or 3xx responses: (\\d+)") : "0");
    }

    /**
     * Makes each wrk thread send on a fixed schedule, {@code rate / threads} requests a second spread over its
     * connections, instead of as fast as responses come back. wrk measures each request from when it is sent.
     */
    private static String pacing(int threads, int rate) {
        return """
                local ffi = require("ffi")
                ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } hw_timespec;
                  int clock_gettime(int, hw_timespec*); ]]
                local clock = ffi.new("hw_timespec")
                local function now_ms()
                  ffi.C.clock_gettime(1, clock)
                  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
                end
                local interval = 1000 * %d / %d
                local next_at = nil
                delay = function()
                  if next_at == nil then next_at = now_ms() end
                  next_at = next_at + interval
                  local wait = next_at - now_ms()
                  if wait < 0 then return 0 end
                  return wait
                end
                """.formatted(threads, rate);
    }

    private static String registrarToken() {
        try {
            return RunningStack.token("registrar");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(String path, String body, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(ServiceSpec.REGISTRATION)
                        + path)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(ServiceSpec.REGISTRATION)
                + path)).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private String runWithPassword(List<String> command, int timeoutSeconds) throws Exception {
        return run(command, timeoutSeconds, Map.of("PGPASSWORD", stack.database().password()));
    }

    private static String run(List<String> command, int timeoutSeconds) throws Exception {
        return run(command, timeoutSeconds, Map.of());
    }

    private static String run(List<String> command, int timeoutSeconds, Map<String, String> environment)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " is not installed: apt-get install wrk postgresql-client",
                    e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    private static double number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + regex + " in:\n" + text);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static String text(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : "?";
    }
}
