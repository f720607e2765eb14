package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A vehicle sent to meet one wave of arrivals (接站). Its riders are {@link PickupRiderEntity}. */
@Entity
@Table(name = "pickup")
public class PickupEntity {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String COMPLETED = "COMPLETED";

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "wave_key", nullable = false)
    public String waveKey;

    @Column(nullable = false)
    public String place;

    @Column(name = "wave_start", nullable = false)
    public OffsetDateTime waveStart;

    @Column(name = "wave_last", nullable = false)
    public OffsetDateTime waveLast;

    @Column(name = "hotel_id")
    public UUID hotelId;

    public String hotel;

    @Column(name = "vehicle_id", nullable = false)
    public UUID vehicleId;

    @Column(nullable = false)
    public String status;

    @Column(name = "window_minutes", nullable = false)
    public int windowMinutes;

    @Column(name = "scheduled_at", nullable = false)
    public OffsetDateTime scheduledAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Version
    public long version;
}
