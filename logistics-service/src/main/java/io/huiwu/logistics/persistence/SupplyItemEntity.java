package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An item of the meeting's supplies (会议用品) with what is in stock. The stock is changed only by one conditional
 * statement per movement ({@code SupplyRepositories.Items#move}), never through this entity, so two desks handing
 * out the last one cannot both succeed.
 */
@Entity
@Table(name = "supply_item")
public class SupplyItemEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    @Column(name = "unit_cost", nullable = false)
    public BigDecimal unitCost;

    @Column(nullable = false, updatable = false)
    public int stock;

    @Column(name = "budget_line_id")
    public UUID budgetLineId;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
