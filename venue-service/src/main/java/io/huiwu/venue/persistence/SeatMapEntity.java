package io.huiwu.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A version of a hall's seat map: the draft (no number) or a published one (numbered from 1). */
@Entity
@Table(name = "seat_map")
public class SeatMapEntity {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    @Id
    public UUID id;

    @Column(name = "hall_id", nullable = false)
    public UUID hallId;

    /** 1, 2, 3... once published; null for the draft. */
    public Integer number;

    @Column(nullable = false)
    public String status;

    /** The grid spec as JSON, as it was given; null for a map given as a document. */
    public String spec;

    /** The whole map as JSON, as it was given; null for a map made from a grid spec. */
    public String document;

    @Column(name = "seat_count", nullable = false)
    public int seatCount;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
