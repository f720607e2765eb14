package io.huiwu.venue.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.venue.persistence.SpeakerEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Publishes a session's speakers on topic {@value #TOPIC}, keyed by session id so that one session's events keep
 * their order: {@code speaker-scheduled} when a speaker is added, changed or moved to another place in the order
 * (the speaker as they now stand), {@code speaker-removed} when taken off it. Documents writes host scripts from them.
 */
@ApplicationScoped
public class SpeakerEvents {

    public static final String TOPIC = "venue.speakers";
    public static final String SCHEDULED = "speaker-scheduled";
    public static final String REMOVED = "speaker-removed";

    private final Outbox outbox;

    public SpeakerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of both events. Schema: {@code Speaker} in {@code asyncapi/asyncapi.yaml}. */
    public record Speaker(UUID speakerId, UUID meetingId, UUID sessionId, int position, UUID attendeeId,
            String guestName, String name, String topic, int minutes, long version) {
    }

    public void scheduled(SpeakerEntity speaker) {
        outbox.publish(TOPIC, SCHEDULED, speaker.sessionId.toString(), data(speaker));
    }

    public void removed(SpeakerEntity speaker) {
        outbox.publish(TOPIC, REMOVED, speaker.sessionId.toString(), data(speaker));
    }

    private static Speaker data(SpeakerEntity s) {
        return new Speaker(s.id, s.meetingId, s.sessionId, s.position, s.attendeeId, s.guestName, s.name, s.topic,
                s.minutes, s.version);
    }
}
