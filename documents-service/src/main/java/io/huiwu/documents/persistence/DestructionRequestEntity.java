package io.huiwu.documents.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A copy's destruction asked for by one supervisor, waiting for a second one to confirm it. */
@Entity
@Table(name = "destruction_request")
public class DestructionRequestEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "copy_id", nullable = false)
    public UUID copyId;

    @Column(nullable = false)
    public String approval;

    public String note;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    /** DESTROYED (confirmed) or WITHDRAWN; null while it waits. */
    public String outcome;

    @Version
    public long version;
}
