package io.huiwu.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A speaker of a session at its place in the order: an attendee, or a guest named in words. */
@Entity
@Table(name = "session_speaker")
public class SpeakerEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    /** From 1, with no gap. */
    @Column(nullable = false)
    public int position;

    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Column(name = "guest_name")
    public String guestName;

    /** The attendee's name on the roster when they were scheduled, or the guest's. */
    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public int minutes;

    /** 0 when scheduled, one more with each change of the speaker or of their place. */
    @Column(nullable = false)
    public long version;
}
