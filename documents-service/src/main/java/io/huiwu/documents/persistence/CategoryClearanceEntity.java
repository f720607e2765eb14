package io.huiwu.documents.persistence;

import io.huiwu.documents.domain.Classification;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The clearance the organiser set for a category of person in a meeting. */
@Entity
@Table(name = "category_clearance")
public class CategoryClearanceEntity {

    @Embeddable
    public record Key(@Column(name = "meeting_id") UUID meetingId, @Column(name = "category") String category)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification clearance;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public OffsetDateTime setAt;

    @Version
    public long version;
}
