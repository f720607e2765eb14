package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.TravelRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "travel_report")
public class TravelReportEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TravelRules.TravelDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TravelRules.TravelMode mode;

    public String number;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** Station or airport. */
    @Column(nullable = false)
    public String place;

    @Column(nullable = false)
    public int companions;

    public String note;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;

    @Version
    public long version;
}
