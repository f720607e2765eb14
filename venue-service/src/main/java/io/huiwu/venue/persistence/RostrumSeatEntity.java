package io.huiwu.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** One seat of a rostrum: who sits there, with their rank and why. */
@Entity
@Table(name = "rostrum_seat")
@IdClass(RostrumSeatEntity.Key.class)
public class RostrumSeatEntity {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    /** 1 is the front row. */
    @Id
    @Column(name = "row_no")
    public int row;

    /** From the audience's left, from 1. */
    @Id
    public int position;

    @Column(name = "axis_offset", nullable = false)
    public int axisOffset;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    /** The name as the roster gave it when the rostrum was arranged. */
    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int rank;

    @Column(nullable = false)
    public boolean pinned;

    @Column(nullable = false)
    public String rule;

    public record Key(UUID sessionId, int row, int position) implements Serializable {
        public Key() {
            this(null, 0, 0);
        }
    }
}
