package io.huiwu.documents.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.documents.persistence.RecallEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Publishes {@code recall-opened} on topic {@value #TOPIC}, keyed by meeting id, through the outbox. */
@ApplicationScoped
public class ClearanceEvents {

    public static final String TOPIC = "documents.clearance";
    public static final String RECALL_OPENED = "recall-opened";

    private final Outbox outbox;

    public ClearanceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of recall-opened. Schema: {@code RecallOpened} in {@code asyncapi/asyncapi.yaml}. */
    public record RecallOpened(UUID recallId, UUID meetingId, OffsetDateTime deadline, String note, String openedBy,
            OffsetDateTime openedAt, long outstandingCopies) {
    }

    public void recallOpened(RecallEntity recall, long outstandingCopies) {
        outbox.publish(TOPIC, RECALL_OPENED, recall.meetingId.toString(), new RecallOpened(recall.id,
                recall.meetingId, recall.deadline, recall.note, recall.openedBy, recall.openedAt, outstandingCopies));
    }
}
