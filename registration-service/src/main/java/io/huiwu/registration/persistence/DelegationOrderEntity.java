package io.huiwu.registration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A delegation's place in the order the organiser agreed, when there is one. */
@Entity
@Table(name = "delegation_order")
@IdClass(DelegationOrderEntity.Key.class)
public class DelegationOrderEntity {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Id
    public String name;

    @Column(nullable = false)
    public int position;

    public record Key(UUID meetingId, String name) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
