package io.huiwu.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person signed up to an activity: confirmed, or waiting for a place in the order they signed up. */
@Entity
@Table(name = "activity_sign_up")
public class SignUpEntity {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String WAITING = "WAITING";

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    /** The attendee's name on the roster when they signed up. */
    @Column(nullable = false)
    public String name;

    /** {@link #CONFIRMED} or {@link #WAITING}. */
    @Column(nullable = false)
    public String status;

    /** 1, 2, 3... in the order people signed up to the activity; the waiting list follows it. */
    @Column(nullable = false)
    public long ordinal;

    @Column(name = "signed_up_at", nullable = false)
    public OffsetDateTime signedUpAt;

    @Column(name = "signed_up_by", nullable = false)
    public String signedUpBy;

    /** When the place was given: at the sign-up, or when someone ahead withdrew. */
    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;
}
