package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's bed in a room; pinned when placed by hand. */
@Entity
@Table(name = "room_assignment")
public class RoomAssignmentEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(nullable = false)
    public int bed;

    @Column(nullable = false)
    public boolean pinned;

    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Version
    public long version;
}
