package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The organiser's lodging policy for a meeting. */
@Entity
@Table(name = "lodging_setting")
public class LodgingSettingEntity {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    /** Guests arrive the day before the meeting's first day (报到 the evening before). */
    @Column(name = "arrive_day_before", nullable = false)
    public boolean arriveDayBefore;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
