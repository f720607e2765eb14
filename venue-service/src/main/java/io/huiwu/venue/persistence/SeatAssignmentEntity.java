package io.huiwu.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A seat of a hall held by a person, in a session's seating or (no session) the meeting's standing layout. */
@Entity
@Table(name = "seat_assignment")
public class SeatAssignmentEntity {

    @Id
    public UUID id;

    @Column(name = "hall_id", nullable = false)
    public UUID hallId;

    @Column(name = "seat_id", nullable = false)
    public String seatId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;
}
