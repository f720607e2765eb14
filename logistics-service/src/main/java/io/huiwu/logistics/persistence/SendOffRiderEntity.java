package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Someone in a send-off: seat, train or flight, and the rule that put them there. */
@Entity
@Table(name = "send_off_rider")
public class SendOffRiderEntity {

    @Id
    public UUID id;

    @Column(name = "send_off_id", nullable = false)
    public UUID sendOffId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(nullable = false)
    public int seat;

    @Column(nullable = false)
    public String position;

    @Column(nullable = false)
    public int companions;

    @Column(name = "departs_at", nullable = false)
    public OffsetDateTime departsAt;

    @Column(nullable = false)
    public String mode;

    public String number;

    /** The open ticket the trip was read from; null for the departure registration reported. */
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(nullable = false)
    public String rule;

    @Column(name = "rule_key", nullable = false)
    public String ruleKey;

    @Column(nullable = false)
    public String explanation;

    @Column(name = "explanation_zh", nullable = false)
    public String explanationZh;
}
