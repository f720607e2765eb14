package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.Category;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** An entry of a finalised roster as it was when the roster was finalised. */
@Entity
@Table(name = "roster_finalisation_entry")
@IdClass(RosterFinalisationEntryEntity.Key.class)
public class RosterFinalisationEntryEntity {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    /** The finalised version it belongs to. */
    @Id
    public int version;

    @Id
    @Column(name = "attendee_id")
    public UUID attendeeId;

    /** The version of the entry that was verified and finalised. */
    @Column(name = "attendee_version", nullable = false)
    public long attendeeVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    public String delegation;

    @Column(name = "stroke_key", nullable = false)
    public byte[] strokeKey;

    @Column(name = "pinyin_key", nullable = false)
    public byte[] pinyinKey;

    /** The entry as JSON ({@code RosterEntryView}). */
    @Column(nullable = false)
    public String snapshot;

    public record Key(UUID meetingId, int version, UUID attendeeId) implements Serializable {
        public Key() {
            this(null, 0, null);
        }
    }
}
