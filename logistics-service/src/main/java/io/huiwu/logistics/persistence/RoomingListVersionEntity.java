package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A rooming list as it was sent to the hotel, and the change request it made against the one before. */
@Entity
@Table(name = "rooming_list_version")
public class RoomingListVersionEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "hotel_id", nullable = false)
    public UUID hotelId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String kind;

    /** The rows as sent: attendee id to the value of each field. */
    @Column(nullable = false)
    public String entries;

    public String changes;

    @Column(name = "sent_by")
    public String sentBy;

    @Column(name = "sent_at", nullable = false)
    public OffsetDateTime sentAt;
}
