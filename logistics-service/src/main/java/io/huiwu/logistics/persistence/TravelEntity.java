package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An arrival or departure as registration last reported it (registration.travel). */
@Entity
@Table(name = "travel")
public class TravelEntity {

    /** Arrivals after the same person's departure: kept, flagged, and planned for nothing. */
    public static final String ARRIVAL_AFTER_DEPARTURE = "ARRIVAL_AFTER_DEPARTURE";

    /** registration's report id. */
    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    /** ARRIVAL or DEPARTURE. */
    @Column(nullable = false)
    public String direction;

    /** TRAIN, FLIGHT, CAR or OTHER (registration's words). */
    @Column(nullable = false)
    public String mode;

    public String number;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String place;

    @Column(nullable = false)
    public int companions;

    /** registration's version of the report: an older one changes nothing. */
    @Column(nullable = false)
    public long version;

    public String flag;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
