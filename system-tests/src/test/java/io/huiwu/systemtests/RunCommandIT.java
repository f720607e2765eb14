package io.huiwu.systemtests;

import io.huiwu.localstack.FreePorts;
import io.huiwu.localstack.LocalTokens;
import io.huiwu.localstack.ServiceSpec;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./run --demo} as a newcomer uses it: once, and again the next morning on the same data folder. The second
 * run finds the demo and leaves it, and neither ends in a stack trace. While the first run is up, each service is
 * asked, through its API, for its part of the demo.
 */
class RunCommandIT {

    private static final Path ROOT = Path.of(System.getProperty("huiwu.root", "..")).toAbsolutePath().normalize();

    @Test
    void theDemoIsLoadedOnceAndASecondRunLeavesIt() throws Exception {
        Path data = Path.of("target", "run-twice").toAbsolutePath();
        RunningStack.deleteRecursively(data);
        int ports = FreePorts.range(16);

        List<String> first = runUntilReady(data, ports, () -> theServicesHoldTheDemo(data));
        assertTrue(first.stream().anyMatch(line -> line.contains("Demo roster: 300 people")), String.join("\n", first));
        String meeting = Files.readString(data.resolve("demo-meeting")).strip();

        List<String> second = runUntilReady(data, ports, () -> { });
        assertTrue(second.stream().anyMatch(line -> line.contains(meeting) && line.contains("loaded before")),
                String.join("\n", second));
        assertFalse(second.stream().anyMatch(line -> line.contains("Loading the demo")), String.join("\n", second));
        assertEquals(meeting, Files.readString(data.resolve("demo-meeting")).strip());
    }

    /**
     * What a newcomer finds in each service after ./run --demo: the plenary's hall seated and its rostrum arranged,
     * the rooms assigned and the banquet's tables planned, the secret documents out, one delegation's returned and
     * one copy missing.
     */
    private static void theServicesHoldTheDemo(Path data) throws Exception {
        String meeting = Files.readString(data.resolve("demo-meeting")).strip();
        Properties urls = new Properties();
        try (var reader = Files.newBufferedReader(data.resolve("addresses.properties"))) {
            urls.load(reader);
        }
        LocalTokens tokens = LocalTokens.inFolder(data.resolve("keys"));
        String venue = urls.getProperty(ServiceSpec.VENUE.name()) + "/api/v1/meetings/" + meeting;
        String logistics = urls.getProperty(ServiceSpec.LOGISTICS.name()) + "/api/v1/meetings/" + meeting;
        String documents = urls.getProperty(ServiceSpec.DOCUMENTS.name()) + "/api/v1/meetings/" + meeting;
        String organizer = tokens.staff("local-organizer", Duration.ofMinutes(30));

        // venue: a plenary whose hall is seated by delegation and whose rostrum holds the leaders
        String plenary = given().auth().oauth2(organizer).when().get(venue + "/sessions?kind=PLENARY").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].name", equalTo("第一次全体会议"))
                .extract().path("items[0].id");
        given().auth().oauth2(organizer).when().get(venue + "/sessions?kind=GROUP").then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(organizer).when().get(venue + "/sessions/" + plenary + "/hall-seating").then()
                .statusCode(200).body("applied", equalTo(true)).body("seated", equalTo(300))
                .body("seats.findAll { it.rule == 'LEADER' }.size()", greaterThanOrEqualTo(10));
        given().auth().oauth2(organizer).when().get(venue + "/sessions/" + plenary + "/rostrum").then()
                .statusCode(200).body("rows", hasSize(2));
        given().auth().oauth2(organizer).when().get(venue + "/sessions/" + plenary + "/name-cards.pdf").then()
                .statusCode(200).contentType("application/pdf");

        // logistics: everyone has a bed, and everyone but the staff a seat at the banquet
        given().auth().oauth2(organizer).when().get(logistics + "/lodging/assignments?size=1").then()
                .statusCode(200).body("total", equalTo(300));
        String banquet = given().auth().oauth2(organizer).when().get(logistics + "/meals").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].service", equalTo("BANQUET")).extract().path("items[0].id");
        given().auth().oauth2(organizer).when().get(logistics + "/meals/" + banquet + "/seats?size=1").then()
                .statusCode(200).body("total", equalTo(285));
        given().auth().oauth2(organizer).when().get(logistics + "/meals/" + banquet + "/table-cards").then()
                .statusCode(200).contentType("application/pdf");
        // logistics: the 48 reported arrivals met at the station and the airport
        given().auth().oauth2(organizer).when().get(logistics + "/travel?direction=ARRIVAL&size=1").then()
                .statusCode(200).body("total", equalTo(48));
        given().auth().oauth2(organizer).when().get(logistics + "/pickups?size=100").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(4))
                .body("items.collectMany { it.riders }.size()", equalTo(48));
        given().auth().oauth2(organizer).when().get(logistics + "/pickups/sheet.pdf").then()
                .statusCode(200).contentType("application/pdf");

        // documents: 260 + 270 copies out, 长安区代表团's 53 back and one of 雁塔区代表团's missing
        given().auth().oauth2(organizer).when().get(documents + "/recalls").then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(organizer).when().get(documents + "/recalls/outstanding?size=1").then()
                .statusCode(200).body("total", equalTo(476));
        given().auth().oauth2(organizer).when().get(documents + "/recalls/outstanding?size=1&delegation=长安区代表团")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(organizer).when().get(documents + "/recalls/missing").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].delegation", equalTo("雁塔区代表团"));
        String returned = given().auth().oauth2(organizer)
                .when().get(documents + "/attendees?size=1&delegation=长安区代表团&category=ATTENDEE").then()
                .statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(organizer).when().get(documents + "/recalls/clearance/" + returned).then()
                .statusCode(200).body("cleared", equalTo(true));
        String stillOut = given().auth().oauth2(organizer)
                .when().get(documents + "/attendees?size=1&delegation=碑林区代表团&category=ATTENDEE").then()
                .statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(organizer).when().get(documents + "/recalls/clearance/" + stillOut).then()
                .statusCode(200).body("cleared", equalTo(false)).body("due", hasSize(2));
    }

    /** What to check while the stack runs. */
    private interface WhileUp {
        void check() throws Exception;
    }

    /**
     * Starts ./run --demo, waits until it says the stack is ready, runs {@code whileUp}, then stops it; returns
     * everything it printed.
     */
    private static List<String> runUntilReady(Path data, int ports, WhileUp whileUp) throws Exception {
        Process run = new ProcessBuilder("./run", "--demo", "--data", data.toString(), "--ports",
                Integer.toString(ports)).directory(ROOT.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Throwable failed = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.contains("All four services are ready")) {
                    break;
                }
            }
            if (lines.stream().anyMatch(l -> l.contains("All four services are ready"))) {
                try {
                    whileUp.check();
                } catch (Exception | AssertionError e) {
                    failed = e;
                }
            }
            Process stop = new ProcessBuilder("./run", "stop", "--data", data.toString()).directory(ROOT.toFile())
                    .redirectErrorStream(true).start();
            assertTrue(stop.waitFor(120, TimeUnit.SECONDS), "./run stop returned");
            assertTrue(run.waitFor(120, TimeUnit.SECONDS), "./run ended after ./run stop");
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } finally {
            run.destroyForcibly();
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("All four services are ready")),
                "the stack became ready:\n" + String.join("\n", lines));
        if (failed != null) {
            throw new AssertionError("the services hold the demo; ./run printed:\n" + String.join("\n", lines),
                    failed);
        }
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("\tat ") || line.contains("Exception in thread")),
                "no stack trace:\n" + String.join("\n", lines));
        return lines;
    }
}
