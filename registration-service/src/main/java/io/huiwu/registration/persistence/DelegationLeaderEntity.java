package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.DelegationRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** One of a delegation's leaders (团长, 副团长) or its liaison (联络员). */
@Entity
@Table(name = "delegation_leader")
@IdClass(DelegationLeaderEntity.Key.class)
public class DelegationLeaderEntity {

    @Id
    @Column(name = "delegation_id")
    public UUID delegationId;

    @Id
    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DelegationRole role;

    public record Key(UUID delegationId, UUID attendeeId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
