package io.huiwu.registration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A vehicle of a meeting as logistics registered it (vehicle-registered); the holder of a vehicle pass. */
@Entity
@Table(name = "vehicle")
public class VehicleEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    /** 车牌号: 陕A·12345. */
    @Column(nullable = false)
    public String plate;

    /** As logistics names it (car, bus...). */
    public String kind;

    /** The driver's name. */
    public String driver;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;
}
