package io.huiwu.logistics.persistence;

import io.huiwu.logistics.domain.transport.TicketMode;
import io.huiwu.logistics.domain.transport.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A return ticket booked for a departing person (返程票); at most one per person is not cancelled. */
@Entity
@Table(name = "departure_ticket")
public class DepartureTicketEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "attendee_id", nullable = false)
    public UUID attendeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketMode mode;

    /** The train or flight number. */
    @Column(nullable = false)
    public String number;

    @Column(name = "departs_at", nullable = false)
    public OffsetDateTime departsAt;

    /** The station or airport it leaves from. */
    @Column(nullable = false)
    public String station;

    @Column(name = "seat_class", nullable = false)
    public String seatClass;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketStatus status;

    @Column(name = "ticket_number")
    public String ticketNumber;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
