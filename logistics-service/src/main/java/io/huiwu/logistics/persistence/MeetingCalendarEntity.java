package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting's first and last days as registration last published them (meeting-updated), with its version. */
@Entity
@Table(name = "meeting_calendar")
public class MeetingCalendarEntity {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** registration's version of the meeting: an older one changes nothing. */
    @Column(nullable = false)
    public long version;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
