package io.huiwu.logistics.persistence;

import io.huiwu.logistics.domain.dining.Diet;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A table of a dining hall, where it stands on the hall plan, and the diet it is set aside for, if any. */
@Entity
@Table(name = "dining_table")
public class DiningTableEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "hall_id", nullable = false)
    public UUID hallId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public int capacity;

    @Column(nullable = false)
    public int x;

    @Column(nullable = false)
    public int y;

    @Column(nullable = false)
    public boolean main;

    @Enumerated(EnumType.STRING)
    public Diet diet;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
