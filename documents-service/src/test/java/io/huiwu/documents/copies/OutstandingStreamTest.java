package io.huiwu.documents.copies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The copies still out per delegation as server-sent events: at once, then after each ledger entry. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class OutstandingStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Test
    void theStreamFollowsReturns() throws Exception {
        CopyFixture fixture = new CopyFixture();
        UUID wang = fixture.attendee("王晓红", "ATTENDEE");
        List<String> copies = fixture.copies(fixture.document("选举办法（草案）", "SECRET", 10), 2, null);
        fixture.issue(copies.get(0), wang).statusCode(200);
        fixture.issue(copies.get(1), wang).statusCode(200);

        HttpResponse<Stream<String>> response = open(fixture, fixture.organizer);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Iterator<JsonNode> events = response.body().filter(line -> line.startsWith("data:"))
                .map(OutstandingStreamTest::parse).iterator();
        JsonNode first = events.next();
        assertEquals(2, first.path("copies").asInt());
        assertEquals("长安区代表团", first.path("delegations").get(0).path("delegation").asText());
        assertEquals(1, first.path("delegations").get(0).path("holders").asInt());

        fixture.move(copies.get(0), "return", Map.of("receivedBy", "张敏")).statusCode(200);
        JsonNode next = events.next();
        while (next.path("copies").asInt() == 2) {
            next = events.next();
        }
        assertEquals(1, next.path("copies").asInt());
        assertEquals(1, next.path("delegations").get(0).path("copies").asInt());
        response.body().close();
    }

    @Test
    void aCallerWithoutARoleInTheMeetingIsNotFound() throws Exception {
        CopyFixture fixture = new CopyFixture();
        HttpResponse<Stream<String>> response = open(fixture, TestTokens.role("secretariat"));
        assertEquals(404, response.statusCode());
        response.body().close();
    }

    private HttpResponse<Stream<String>> open(CopyFixture fixture, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/meetings/" + fixture.meeting
                        + "/recalls/outstanding/by-delegation/stream"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line.substring("data:".length()).strip());
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }
}
