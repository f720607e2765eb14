package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A hotel's contracted block for the meeting (预订房间数): its terms; the rooms per night are its nights' rows. */
@Entity
@Table(name = "room_block")
public class RoomBlockEntity {

    @Id
    @Column(name = "hotel_id")
    public UUID hotelId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    /** After this day the hotel may let the rooms still unused go (cut-off). */
    @Column(name = "release_date")
    public LocalDate releaseDate;

    @Column(name = "rate_note")
    public String rateNote;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
