package io.huiwu.documents.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.domain.LedgerAction;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.LedgerEntryEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes what happens to numbered copies on topic {@value #TOPIC}, keyed by copy id, through the outbox.
 * registration reads {@code material-issued} for its readiness check (its {@code Arrangements.Material}); a loan
 * publishes nothing, since a temporary reader's copy is no attendee's material.
 */
@ApplicationScoped
public class CopyEvents {

    public static final String TOPIC = "documents.copy";
    public static final String ISSUED = "material-issued";
    public static final String RETURNED = "material-returned";
    public static final String TRANSFERRED = "material-transferred";
    public static final String MISSING = "material-missing";
    public static final String FOUND = "material-found";
    public static final String DESTROYED = "material-destroyed";
    public static final String HANDED_OVER = "material-handed-over";

    private static final Map<LedgerAction, String> TYPES = Map.of(
            LedgerAction.ISSUED, ISSUED,
            LedgerAction.RETURNED, RETURNED,
            LedgerAction.TRANSFERRED, TRANSFERRED,
            LedgerAction.MISSING, MISSING,
            LedgerAction.FOUND, FOUND,
            LedgerAction.DESTROYED, DESTROYED,
            LedgerAction.HANDED_OVER, HANDED_OVER);

    private final Outbox outbox;

    public CopyEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The data of every event on documents.copy. Schemas: {@code CopyIssued} (material-issued) and
     * {@code CopyMovement} in {@code asyncapi/asyncapi.yaml}.
     *
     * @param holderId     the person the entry concerns: the new holder (issued, transferred), the one who gave it
     *                     back (returned), the last holder (missing, found), the one whose unit took it (handed
     *                     over); null for a destruction
     * @param fromHolderId a transfer's previous holder
     * @param lastKnown    material-missing: the entry before it, the last that was known of the copy
     * @param unit         material-handed-over: the holder's unit that took the copy
     * @param receiptNumber material-handed-over: the number of the receipt (移交清单) the unit signed
     */
    public record CopyMovement(UUID meetingId, UUID copyId, UUID documentId, String document, String copyNumber,
            Classification secretLevel, UUID holderId, UUID fromHolderId, String receivedBy, String actor,
            String authorisedBy, OffsetDateTime happenedAt, OffsetDateTime recordedAt, int entry,
            @JsonInclude(JsonInclude.Include.NON_NULL) LastKnown lastKnown,
            @JsonInclude(JsonInclude.Include.NON_NULL) String unit,
            @JsonInclude(JsonInclude.Include.NON_NULL) String receiptNumber) {
    }

    /** A ledger entry as material-missing repeats it: the last that was known of the copy. */
    public record LastKnown(int entry, LedgerAction action, UUID holderId, String receivedBy, String actor,
            OffsetDateTime happenedAt) {

        public static LastKnown of(LedgerEntryEntity entry) {
            return entry == null ? null : new LastKnown(entry.seq, entry.action, entry.holderId, entry.receivedBy,
                    entry.actor, entry.happenedAt);
        }
    }

    /** Publishes the event of a ledger entry, if its kind has one; lastKnown is the entry before a MISSING. */
    public void recorded(DocumentEntity document, CopyEntity copy, LedgerEntryEntity entry, UUID personConcerned,
            LedgerEntryEntity lastKnown) {
        String type = TYPES.get(entry.action);
        if (type == null) {
            return;
        }
        outbox.publish(TOPIC, type, copy.id.toString(), movement(document, copy, entry, personConcerned, lastKnown));
    }

    /**
     * Publishes the events of many returns (each copy's RETURNED entry and whom it concerns) with one batched
     * statement, as {@link #recorded} would one by one.
     */
    public void returned(List<Returned> returns) {
        outbox.publishAll(TOPIC, RETURNED, returns.stream().map(returned -> new Outbox.Pending(
                returned.copy().id.toString(), movement(returned.document(), returned.copy(), returned.entry(),
                        returned.holderId(), null))).toList());
    }

    /** A return to publish: the copy after it, its document, its ledger entry and who gave the copy back. */
    public record Returned(DocumentEntity document, CopyEntity copy, LedgerEntryEntity entry, UUID holderId) {
    }

    private static CopyMovement movement(DocumentEntity document, CopyEntity copy, LedgerEntryEntity entry,
            UUID personConcerned, LedgerEntryEntity lastKnown) {
        return new CopyMovement(copy.meetingId, copy.id, document.id, document.title, copy.copyNumber,
                document.classification, personConcerned, entry.fromHolderId, entry.receivedBy, entry.actor,
                entry.authorisedBy, entry.happenedAt, entry.recordedAt, entry.seq, LastKnown.of(lastKnown),
                entry.unit, entry.receiptNumber);
    }
}
