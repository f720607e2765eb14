package io.huiwu.documents.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes what the meeting's materials staff put out on topic {@value #TOPIC}, keyed by meeting id, through the
 * outbox: {@code minutes-recorded} (a session's minutes marked final).
 */
@ApplicationScoped
public class PublicationEvents {

    public static final String TOPIC = "documents.publication";
    public static final String MINUTES_RECORDED = "minutes-recorded";

    private final Outbox outbox;

    public PublicationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of minutes-recorded. Schema: {@code MinutesRecorded} in {@code asyncapi/asyncapi.yaml}. */
    public record MinutesRecorded(UUID meetingId, UUID sessionId, String session, String sessionKind,
            OffsetDateTime startsAt, int version, UUID documentId, int recordings, String finalisedBy,
            OffsetDateTime finalisedAt) {
    }

    public void minutesRecorded(MinutesRecorded minutes) {
        outbox.publish(TOPIC, MINUTES_RECORDED, minutes.meetingId().toString(), minutes);
    }
}
