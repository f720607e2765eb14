package io.huiwu.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of a seat's holder; rows are only ever added. */
@Entity
@Table(name = "seat_assignment_history")
public class SeatHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "hall_id", nullable = false)
    public UUID hallId;

    @Column(name = "seat_id", nullable = false)
    public String seatId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(nullable = false)
    public String action;

    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Column(name = "previous_attendee_id")
    public UUID previousAttendeeId;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
