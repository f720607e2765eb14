package io.huiwu.registration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "attendee_verification")
public class AttendeeVerificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(name = "attendee_version", nullable = false)
    public long attendeeVersion;

    @Column(nullable = false)
    public String verifier;

    @Column(name = "verified_at", nullable = false)
    public OffsetDateTime verifiedAt;
}
