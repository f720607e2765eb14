package io.huiwu.documents.persistence;

import io.huiwu.documents.domain.LedgerAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a copy's ledger; written once, never changed (the table refuses UPDATE and DELETE). */
@Entity
@Immutable
@Table(name = "copy_ledger_entry")
public class LedgerEntryEntity {

    @Id
    public UUID id;

    @Column(name = "copy_id", nullable = false)
    public UUID copyId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    /** Position in the copy's ledger, from 1. */
    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerAction action;

    @Column(name = "holder_id")
    public UUID holderId;

    @Column(name = "from_holder_id")
    public UUID fromHolderId;

    /** Who signed for the copy: the holder's signature on issue, the staff member who took it back on return. */
    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    public String approval;

    /** Destruction: the two supervisors, one a line. */
    public String supervisors;

    public String note;

    /** A hand-over: the holder's unit that received the copy. */
    public String unit;

    /** A hand-over: the number of the receipt (移交清单) the unit signed. */
    @Column(name = "receipt_number")
    public String receiptNumber;

    @Column(nullable = false)
    public String actor;

    @Column(name = "authorised_by")
    public String authorisedBy;

    @Column(name = "happened_at", nullable = false)
    public OffsetDateTime happenedAt;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
