package io.huiwu.registration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of an entry's history: a change or a verification, with the entry as it then stood. */
@Entity
@Table(name = "attendee_history")
public class AttendeeHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendee_history_ids")
    @SequenceGenerator(name = "attendee_history_ids", sequenceName = "attendee_history_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** The entry as JSON. */
    @Column(nullable = false)
    public String snapshot;
}
