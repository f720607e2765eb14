package io.huiwu.registration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A finalised version of a meeting's roster (定稿): who finalised it and when; never altered afterwards. */
@Entity
@Table(name = "roster_finalisation")
@IdClass(RosterFinalisationEntity.Key.class)
public class RosterFinalisationEntity {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    /** 1, 2, 3... per meeting. */
    @Id
    public int version;

    public String note;

    @Column(name = "finalised_by", nullable = false)
    public String finalisedBy;

    @Column(name = "finalised_at", nullable = false)
    public OffsetDateTime finalisedAt;

    /** How many entries it holds. */
    @Column(nullable = false)
    public int entries;

    /** The name collation the entries' sort keys were made with. */
    @Column(name = "collation_version", nullable = false)
    public String collationVersion;

    public record Key(UUID meetingId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
