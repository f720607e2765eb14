package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A vehicle taking one group of departing people to their station (送站). Its riders are {@link SendOffRiderEntity}. */
@Entity
@Table(name = "send_off")
public class SendOffEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "group_key", nullable = false)
    public String groupKey;

    /** The station or airport. */
    @Column(nullable = false)
    public String place;

    @Column(name = "first_departure", nullable = false)
    public OffsetDateTime firstDeparture;

    @Column(name = "last_departure", nullable = false)
    public OffsetDateTime lastDeparture;

    /** When the vehicle leaves the hotel. */
    @Column(name = "leave_at", nullable = false)
    public OffsetDateTime leaveAt;

    @Column(name = "hotel_id")
    public UUID hotelId;

    public String hotel;

    @Column(name = "vehicle_id", nullable = false)
    public UUID vehicleId;

    @Column(name = "scheduled_at", nullable = false)
    public OffsetDateTime scheduledAt;

    @Version
    public long version;
}
