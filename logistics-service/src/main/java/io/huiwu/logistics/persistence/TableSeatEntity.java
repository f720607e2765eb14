package io.huiwu.logistics.persistence;

import io.huiwu.logistics.domain.dining.TablePlanning;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's seat at a table for one meal; pinned when given by hand, with the rule that put them there. */
@Entity
@Table(name = "table_seat")
public class TableSeatEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "meal_id", nullable = false)
    public UUID mealId;

    @Column(name = "table_id", nullable = false)
    public UUID tableId;

    @Column(nullable = false)
    public int seat;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(nullable = false)
    public boolean pinned;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TablePlanning.Rule rule;

    @Column(name = "rule_key")
    public String ruleKey;

    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Version
    public long version;
}
