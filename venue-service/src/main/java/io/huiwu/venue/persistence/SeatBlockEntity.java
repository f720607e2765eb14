package io.huiwu.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A seat of a hall taken out of use, with why. */
@Entity
@Table(name = "seat_block")
@IdClass(SeatBlockEntity.Key.class)
public class SeatBlockEntity {

    @Id
    @Column(name = "hall_id")
    public UUID hallId;

    @Id
    @Column(name = "seat_id")
    public String seatId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "blocked_at", nullable = false)
    public OffsetDateTime blockedAt;

    public record Key(UUID hallId, String seatId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
