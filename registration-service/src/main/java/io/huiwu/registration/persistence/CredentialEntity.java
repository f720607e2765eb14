package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.CredentialStatus;
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
@Table(name = "credential")
public class CredentialEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "type_id", nullable = false)
    public UUID typeId;

    /** The person holding it; null for a vehicle pass. */
    @Column(name = "attendee_id")
    public UUID attendeeId;

    /** The vehicle holding it; null for a person's credential. */
    @Column(name = "vehicle_id")
    public UUID vehicleId;

    @Column(nullable = false)
    public int serial;

    /** Prefix and serial: CX0012. */
    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CredentialStatus status;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_reason")
    public String revokedReason;

    /**
     * The Ed25519 signature of the credential's QR code by the meeting's key; null for a credential issued with the
     * older HMAC code.
     */
    public byte[] signature;

    /** The credential this one was issued to replace. */
    public UUID replaces;

    /** 核发: when the printed card was handed over, null until it is. */
    @Column(name = "handed_over_at")
    public OffsetDateTime handedOverAt;

    @Column(name = "handed_over_by")
    public String handedOverBy;

    /** Who took the card: the holder, or someone for them (a liaison, the driver). */
    @Column(name = "received_by")
    public String receivedBy;

    @Version
    public long version;
}
