package io.huiwu.documents.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A hold on a document: while it is in place (not released) none of its copies is destroyed. */
@Entity
@Table(name = "document_hold")
public class HoldEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "placed_by", nullable = false)
    public String placedBy;

    @Column(name = "placed_at", nullable = false)
    public OffsetDateTime placedAt;

    @Column(name = "released_by")
    public String releasedBy;

    @Column(name = "released_at")
    public OffsetDateTime releasedAt;

    @Version
    public long version;
}
