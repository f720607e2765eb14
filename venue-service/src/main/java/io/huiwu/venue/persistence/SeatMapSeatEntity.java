package io.huiwu.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A seat of a published seat map. */
@Entity
@Table(name = "seat_map_seat")
@IdClass(SeatMapSeatEntity.Key.class)
public class SeatMapSeatEntity {

    @Id
    @Column(name = "map_id")
    public UUID mapId;

    @Id
    @Column(name = "seat_id")
    public String seatId;

    @Column(nullable = false)
    public int floor;

    @Column(nullable = false)
    public String block;

    @Column(name = "row_no", nullable = false)
    public int row;

    @Column(name = "seat_no", nullable = false)
    public int number;

    @Column(nullable = false)
    public String label;

    public record Key(UUID mapId, String seatId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
