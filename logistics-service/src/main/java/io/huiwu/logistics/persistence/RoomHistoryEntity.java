package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of a person's bed, kept for good. */
@Entity
@Table(name = "room_assignment_history")
public class RoomHistoryEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(nullable = false)
    public String change;

    @Column(nullable = false)
    public String hotel;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(nullable = false)
    public String room;

    @Column(nullable = false)
    public int bed;

    /** The stay's nights after the change, when known. */
    public LocalDate arrival;

    public LocalDate departure;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    /** The order of the changes (the database's sequence). */
    @Column(insertable = false, updatable = false)
    public Long seq;
}
