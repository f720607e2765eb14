package io.huiwu.documents.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.documents.api.AttendeeClearanceView;
import io.huiwu.documents.persistence.RecallEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Publishes {@code recall-opened}, {@code attendee-cleared} and {@code attendee-clearance-blocked} on topic
 * {@value #TOPIC}, keyed by meeting id, through the outbox.
 */
@ApplicationScoped
public class ClearanceEvents {

    public static final String TOPIC = "documents.clearance";
    public static final String RECALL_OPENED = "recall-opened";
    public static final String CLEARED = "attendee-cleared";
    public static final String BLOCKED = "attendee-clearance-blocked";

    private final Outbox outbox;

    public ClearanceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of recall-opened. Schema: {@code RecallOpened} in {@code asyncapi/asyncapi.yaml}. */
    public record RecallOpened(UUID recallId, UUID meetingId, OffsetDateTime deadline, String note, String openedBy,
            OffsetDateTime openedAt, long outstandingCopies) {
    }

    /** The data of attendee-cleared. Schema: {@code AttendeeCleared}. */
    public record AttendeeCleared(UUID meetingId, UUID attendeeId, String name, String delegation, UUID recallId,
            OffsetDateTime clearedAt) {
    }

    /** The data of attendee-clearance-blocked. Schema: {@code AttendeeClearanceBlocked}. */
    public record AttendeeClearanceBlocked(UUID meetingId, UUID attendeeId, String name, String delegation,
            UUID recallId, String checkedBy, OffsetDateTime checkedAt, List<DueCopy> due) {
    }

    /** A copy still due back. */
    public record DueCopy(UUID copyId, UUID documentId, String document, String copyNumber, String state) {
    }

    public void cleared(UUID meetingId, AttendeeClearanceView person, OffsetDateTime at) {
        outbox.publish(TOPIC, CLEARED, meetingId.toString(), new AttendeeCleared(meetingId, person.attendeeId(),
                person.name(), person.delegation(), person.recallId(), at));
    }

    public void blocked(UUID meetingId, AttendeeClearanceView person, String checkedBy, OffsetDateTime at) {
        outbox.publish(TOPIC, BLOCKED, meetingId.toString(), new AttendeeClearanceBlocked(meetingId,
                person.attendeeId(), person.name(), person.delegation(), person.recallId(), checkedBy, at,
                person.due().stream().map(c -> new DueCopy(c.copyId(), c.documentId(), c.document(),
                        c.copyNumber(), c.state().name())).toList()));
    }

    public void recallOpened(RecallEntity recall, long outstandingCopies) {
        outbox.publish(TOPIC, RECALL_OPENED, recall.meetingId.toString(), new RecallOpened(recall.id,
                recall.meetingId, recall.deadline, recall.note, recall.openedBy, recall.openedAt, outstandingCopies));
    }
}
