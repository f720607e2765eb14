package io.huiwu.documents.persistence;

import io.huiwu.documents.domain.ConfidentialCopy;
import io.huiwu.documents.domain.CopyState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A numbered copy. Its state, holder and due time are the fold of its ledger ({@link ConfidentialCopy}), written in
 * the same transaction as each entry so that "who holds what now" is one indexed read.
 */
@Entity
@Table(name = "document_copy")
public class CopyEntity {

    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "copy_number", nullable = false, columnDefinition = "bpchar")
    public String copyNumber;

    /** 1 for the first batch; later batches were made with an approval. */
    @Column(nullable = false)
    public int batch;

    public String approval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CopyState state;

    @Column(name = "holder_id")
    public UUID holderId;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(nullable = false)
    public int entries;

    @Version
    public long version;

    public ConfidentialCopy fold() {
        return new ConfidentialCopy(state, holderId, entries);
    }
}
