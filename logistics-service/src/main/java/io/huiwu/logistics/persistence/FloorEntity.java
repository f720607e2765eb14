package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A floor of a building; its level orders floors and measures how far apart two rooms are. */
@Entity
@Table(name = "floor")
public class FloorEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    @Column(nullable = false)
    public int level;

    public String name;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
