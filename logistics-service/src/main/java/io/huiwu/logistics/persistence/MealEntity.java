package io.huiwu.logistics.persistence;

import io.huiwu.logistics.domain.dining.MealKind;
import io.huiwu.logistics.domain.dining.MealService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A meal served in a hall on a day. */
@Entity
@Table(name = "meal")
public class MealEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "hall_id", nullable = false)
    public UUID hallId;

    @Column(nullable = false)
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MealKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MealService service;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
