package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A kit handed to a person: at most once per kit and person. */
@Entity
@Table(name = "kit_issue")
public class KitIssueEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "kit_id", nullable = false)
    public UUID kitId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;
}
