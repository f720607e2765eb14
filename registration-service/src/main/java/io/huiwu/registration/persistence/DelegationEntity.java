package io.huiwu.registration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A delegation (代表团) of a meeting; the roster's entries name it by {@link #name}. */
@Entity
@Table(name = "delegation")
public class DelegationEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String name;

    /** Its place in the agreed order, if the organiser agreed one that lists it. */
    public Integer position;

    @Column(name = "preferred_hotel")
    public String preferredHotel;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
