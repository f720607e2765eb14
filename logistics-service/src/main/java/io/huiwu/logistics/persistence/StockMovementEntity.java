package io.huiwu.logistics.persistence;

import io.huiwu.logistics.domain.supplies.StockReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of an item's stock, kept for good: what changed, why, who and when. */
@Entity
@Table(name = "stock_movement")
public class StockMovementEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(nullable = false)
    public int delta;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StockReason reason;

    public String note;

    @Column(name = "kit_issue_id")
    public UUID kitIssueId;

    @Column(nullable = false)
    public String actor;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
