package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Someone a pickup meets, their seat and why they ride it. */
@Entity
@Table(name = "pickup_rider")
public class PickupRiderEntity {

    @Id
    public UUID id;

    @Column(name = "pickup_id", nullable = false)
    public UUID pickupId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public int seat;

    @Column(nullable = false)
    public String position;

    @Column(nullable = false)
    public int companions;

    @Column(name = "arrival_at", nullable = false)
    public OffsetDateTime arrivalAt;

    @Column(nullable = false)
    public String mode;

    public String number;

    @Column(nullable = false)
    public String rule;

    @Column(name = "rule_key", nullable = false)
    public String ruleKey;

    @Column(nullable = false)
    public String explanation;

    @Column(name = "explanation_zh", nullable = false)
    public String explanationZh;
}
