package io.huiwu.venue.persistence;

import io.huiwu.venue.domain.RostrumSeating;
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

/** A session's rostrum as last arranged; its seats are rows of rostrum_seat. */
@Entity
@Table(name = "rostrum_arrangement")
public class RostrumEntity {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RostrumSeating.Side side;

    @Enumerated(EnumType.STRING)
    @Column(name = "even_count", nullable = false)
    public RostrumSeating.EvenCount evenCount;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "row_sizes", nullable = false)
    public Integer[] rowSizes;

    @Version
    public long version;

    @Column(name = "arranged_at", nullable = false)
    public OffsetDateTime arrangedAt;
}
