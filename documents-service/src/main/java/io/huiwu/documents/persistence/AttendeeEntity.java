package io.huiwu.documents.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An attendee as this service knows them, copied from registration's events; never edited here. */
@Entity
@Table(name = "attendee")
public class AttendeeEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String gender;

    @Column(nullable = false)
    public String category;

    public String delegation;

    public String unit;

    public String title;

    @Column(name = "rank")
    public Integer rank;

    @Column(nullable = false)
    public boolean withdrawn;

    /** The version of the entry at registration; an event with a version not above it is stale. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
