package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.CredentialHolder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

@Entity
@Table(name = "credential_type")
public class CredentialTypeEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String name;

    /** #RRGGBB */
    @Column(nullable = false)
    public String colour;

    @Column(nullable = false)
    public String prefix;

    /** The categories it is issued to, comma-separated; empty for a vehicle type. */
    @Column(nullable = false)
    public String categories;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CredentialHolder holder = CredentialHolder.PERSON;

    /** 座次证: the card prints the holder's seat. */
    @Column(name = "seat_pass", nullable = false)
    public boolean seatPass;

    @Column(name = "next_serial", nullable = false)
    public int nextSerial = 1;

    @Version
    public long version;
}
