package io.huiwu.documents.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "recall")
public class RecallEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public OffsetDateTime deadline;

    public String note;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    /** The meeting phase whose start opened it; null when opened by hand. */
    @Column(name = "opened_at_phase")
    public String openedAtPhase;
}
