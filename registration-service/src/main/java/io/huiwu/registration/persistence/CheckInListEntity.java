package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.CheckInListKind;
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
@Table(name = "checkin_list")
public class CheckInListEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CheckInListKind kind;

    /** The categories that may pass, comma-separated. */
    @Column(nullable = false)
    public String categories;

    @Column(name = "opens_at")
    public OffsetDateTime opensAt;

    @Column(name = "closes_at")
    public OffsetDateTime closesAt;

    @Column(name = "allow_reentry", nullable = false)
    public boolean allowReentry;

    @Column(name = "track_exit", nullable = false)
    public boolean trackExit;

    /** Whether staff may sign someone in on their behalf here (秘书代签). */
    @Column(name = "allow_on_behalf", nullable = false)
    public boolean allowOnBehalf;

    /** The session this is the door list of, kept by registration from venue's schedule; null for others. */
    @Column(name = "session_id")
    public UUID sessionId;

    /** The credential types accepted here, comma-separated ids; null accepts any credential naming a person. */
    @Column(name = "credential_types")
    public String credentialTypes;

    @Version
    public long version;
}
