package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.AbsenceReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A leave (请假) for a period or for named sessions. Withdrawn, never deleted. */
@Entity
@Table(name = "absence")
public class AbsenceEntity {

    public enum Status {
        REPORTED, WITHDRAWN
    }

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(name = "from_at")
    public OffsetDateTime from;

    @Column(name = "to_at")
    public OffsetDateTime to;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "session_ids", nullable = false)
    public UUID[] sessionIds;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_kind", nullable = false)
    public AbsenceReason reasonKind;

    public String reason;

    @Column(name = "approved_by", nullable = false)
    public String approvedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Version
    public long version;
}
