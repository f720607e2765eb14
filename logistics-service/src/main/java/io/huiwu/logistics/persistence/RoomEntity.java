package io.huiwu.logistics.persistence;

import io.huiwu.logistics.domain.RoomType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A room on a floor: its number is unique in its hotel. */
@Entity
@Table(name = "room")
public class RoomEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "hotel_id", nullable = false)
    public UUID hotelId;

    @Column(name = "floor_id", nullable = false)
    public UUID floorId;

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoomType type;

    @Column(nullable = false)
    public int beds;

    public String phone;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
