package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A building of a hotel (主楼, 贵宾楼). */
@Entity
@Table(name = "building")
public class BuildingEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "hotel_id", nullable = false)
    public UUID hotelId;

    @Column(nullable = false)
    public String name;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
