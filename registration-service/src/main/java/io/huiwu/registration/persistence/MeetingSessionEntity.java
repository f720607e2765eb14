package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.SessionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A session as venue-service scheduled it, with the door list registration keeps for it. */
@Entity
@Table(name = "meeting_session")
public class MeetingSessionEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    /** Venue's version of the session. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    public String place;

    /** The categories that take part, comma-separated. */
    @Column(nullable = false)
    public String categories;

    /** Only these delegations take part; empty for all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] delegations;

    /** Only the members of these discussion groups take part; empty for all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "group_ids", nullable = false)
    public UUID[] groupIds;

    @Column(nullable = false)
    public boolean cancelled;

    @Column(name = "list_id", nullable = false)
    public UUID listId;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
