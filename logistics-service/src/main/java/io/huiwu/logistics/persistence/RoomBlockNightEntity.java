package io.huiwu.logistics.persistence;

import io.huiwu.logistics.domain.RoomType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** The rooms of one type a hotel holds on one night. */
@Entity
@Table(name = "room_block_night")
public class RoomBlockNightEntity {

    @Id
    public UUID id;

    @Column(name = "hotel_id", nullable = false)
    public UUID hotelId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public LocalDate night;

    @Enumerated(EnumType.STRING)
    @Column(name = "room_type", nullable = false)
    public RoomType roomType;

    @Column(nullable = false)
    public int rooms;
}
