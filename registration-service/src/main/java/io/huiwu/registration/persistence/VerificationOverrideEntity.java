package io.huiwu.registration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An organizer's decision to let one version of an entry pass without its verifications, and why. */
@Entity
@Table(name = "attendee_verification_override")
public class VerificationOverrideEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    /** The version it was given for; an edit makes a new version, which it does not cover. */
    @Column(name = "attendee_version", nullable = false)
    public long attendeeVersion;

    @Column(nullable = false)
    public String reason;

    @Column(name = "overridden_by", nullable = false)
    public String overriddenBy;

    @Column(name = "overridden_at", nullable = false)
    public OffsetDateTime overriddenAt;
}
