package io.huiwu.logistics.persistence;

import io.huiwu.logistics.domain.StayStatus;
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

/** A person's stay at a hotel: the bed it holds (or held, when cancelled), the nights and the hotel's confirmation. */
@Entity
@Table(name = "stay")
public class StayEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(name = "hotel_id", nullable = false)
    public UUID hotelId;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(nullable = false)
    public int bed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StayStatus status;

    /** The first night. */
    public LocalDate arrival;

    /** The day the guest leaves (the morning after the last night). */
    public LocalDate departure;

    /** Where the arrival comes from: STAFF (kept), TRAVEL or MEETING (defaults, moved when these change). */
    @Column(name = "arrival_source")
    public String arrivalSource;

    /** Where the departure comes from, as {@link #arrivalSource}. */
    @Column(name = "departure_source")
    public String departureSource;

    public String requests;

    @Column(name = "confirmation_number")
    public String confirmationNumber;

    /** When the key was handed over (at the desk's check-in, or by hand). */
    @Column(name = "arrived_at")
    public OffsetDateTime arrivedAt;

    /** The desk, or the member of staff, who handed the key over. */
    @Column(name = "key_handed_by")
    public String keyHandedBy;

    /** Handed over by hand: an annulled check-in does not take it back. */
    @Column(name = "key_by_hand", nullable = false)
    public boolean keyByHand;

    /** The check-in at the desk that made the stay ARRIVED. */
    @Column(name = "checkin_scan_id")
    public UUID checkinScanId;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
