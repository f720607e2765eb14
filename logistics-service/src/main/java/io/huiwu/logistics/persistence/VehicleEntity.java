package io.huiwu.logistics.persistence;

import io.huiwu.logistics.domain.transport.VehicleKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A vehicle of the meeting, its driver and the staff member in charge of it. */
@Entity
@Table(name = "vehicle")
public class VehicleEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String plate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VehicleKind kind;

    /** Seats for riders, the driver's not counted. */
    @Column(nullable = false)
    public int seats;

    /** Pieces of luggage it carries. */
    @Column(nullable = false)
    public int luggage;

    @Column(name = "driver_name")
    public String driverName;

    /** Personal data: shown to staff of the meeting, never published. */
    @Column(name = "driver_phone")
    public String driverPhone;

    @Column(name = "staff_in_charge")
    public String staffInCharge;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
