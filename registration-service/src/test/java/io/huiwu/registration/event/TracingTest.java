package io.huiwu.registration.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huiwu.chassis.testing.RecordedSpans;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.registration.rest.Fixtures;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One trace from an HTTP request through the outbox and Kafka to a consumer's transaction: the event carries the
 * request's trace as the CloudEvents {@code traceparent}, the relay's send continues it, and a consumer's span
 * continues the trace an event carries.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class TracingTest {

    private static final String W3C = "00-[0-9a-f]{32}-[0-9a-f]{16}-01";

    @Inject
    RecordedSpans spans;

    @Test
    void theEventOfARequestCarriesItsTraceThroughTheOutboxToKafka() {
        String meeting = Fixtures.meeting("链路追踪测试会议");
        String attendee = Fixtures.attendee(meeting, "欧阳修");
        TopicEvents.Event event = await().atMost(TestWaits.DEADLINE)
                .until(() -> TopicEvents.inTestCluster().matching("registration.attendee",
                        e -> e.subject().equals(attendee)), found -> !found.isEmpty())
                .get(0);
        String traceparent = event.envelope().path("traceparent").asText();
        assertTrue(traceparent.matches(W3C), "the event carries a W3C traceparent: " + event.envelope());
        String traceId = traceparent.split("-")[1];
        String requestSpan = traceparent.split("-")[2];

        SpanData server = await().atMost(TestWaits.DEADLINE)
                .until(() -> spans.matching(span -> span.getSpanId().equals(requestSpan)), found -> !found.isEmpty())
                .get(0);
        assertEquals(SpanKind.SERVER, server.getKind(), "the event was recorded in the request's span");
        assertEquals(traceId, server.getTraceId());
        assertTrue(server.getName().contains("/attendees"), server.getName());

        SpanData publish = await().atMost(TestWaits.DEADLINE)
                .until(() -> spans.matching(span -> span.getKind() == SpanKind.PRODUCER
                        && span.getParentSpanId().equals(requestSpan)), found -> !found.isEmpty())
                .get(0);
        assertEquals("registration.attendee publish", publish.getName());
        assertEquals(traceId, publish.getTraceId(), "the relay's send is in the request's trace");
        assertEquals("00-" + traceId + "-" + publish.getSpanId() + "-01", event.headers().get("traceparent"),
                "the record names the send's span in its traceparent header");
    }

    @Test
    void aConsumerContinuesTheTraceAnEventCarries() throws Exception {
        String meeting = Fixtures.meeting("消费链路测试会议");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String parentSpan = traceId.substring(0, 16);
        UUID session = UUID.randomUUID();
        ObjectNode data = TestEvents.object().put("sessionId", session.toString()).put("meetingId", meeting)
                .put("version", 0).put("kind", "PLENARY").put("name", "第一次全体会议")
                .put("startsAt", "2026-03-02T09:00:00+08:00").put("endsAt", "2026-03-02T11:30:00+08:00")
                .put("place", "人民大会堂");
        data.putArray("categories").add("ATTENDEE");
        data.putArray("delegations");
        data.putArray("groupIds");
        ObjectMapper json = new ObjectMapper();
        ObjectNode envelope = (ObjectNode) json.readTree(TestEvents.envelope(UUID.randomUUID().toString(),
                "/venue-service", "session-scheduled", session.toString(), data));
        envelope.put("traceparent", "00-" + traceId + "-" + parentSpan + "-01");
        TopicEvents.inTestCluster().send("venue.session", session.toString(), json.writeValueAsBytes(envelope));

        List<SpanData> consumed = await().atMost(TestWaits.DEADLINE)
                .until(() -> spans.matching(span -> span.getKind() == SpanKind.CONSUMER
                        && span.getTraceId().equals(traceId)), found -> !found.isEmpty());
        assertEquals(1, consumed.size());
        SpanData span = consumed.get(0);
        assertEquals(parentSpan, span.getParentSpanId(), "the consumer's span is a child of the producer's");
        assertEquals("venue.session process", span.getName());
        assertEquals("session-scheduled", span.getAttributes().get(AttributeKey.stringKey("cloudevents.event_type")));
        assertEquals("registration-service",
                span.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name")));
        assertNotEquals(StatusCode.ERROR, span.getStatus().getStatusCode(), "the event was applied");
    }
}
