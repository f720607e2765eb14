package io.huiwu.venue.persistence;

import io.huiwu.venue.domain.SessionKind;
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

/** A session of the schedule (日程). */
@Entity
@Table(name = "venue_session")
public class SessionEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    /** The hall or room; two sessions that are not cancelled never hold one place at overlapping times. */
    public String place;

    /** The hall or room of the meeting's venues, when the session names one. */
    @Column(name = "space_id")
    public UUID spaceId;

    /** The roster categories that take part; empty for the voting members. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] categories;

    /** Only these delegations take part (named as on the roster); empty for all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] delegations;

    /** Only the members of these discussion groups take part; empty for all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "group_ids", nullable = false)
    public UUID[] groupIds;

    @Column(name = "seat_pass_required", nullable = false)
    public boolean seatPassRequired;

    /** The places of an activity that takes sign-ups; null for no limit (and for other kinds of session). */
    public Integer capacity;

    /** The version of the agenda in force (rows of agenda_item with this version). */
    @Column(name = "agenda_version", nullable = false)
    public int agendaVersion;

    @Column(nullable = false)
    public boolean cancelled;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
