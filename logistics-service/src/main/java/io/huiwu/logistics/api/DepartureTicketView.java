package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.transport.TicketMode;
import io.huiwu.logistics.domain.transport.TicketStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "DepartureTicket", description = "A return ticket booked for a departing person (返程票)")
public record DepartureTicketView(UUID id, UUID meetingId, UUID attendeeId, String name, @Nullable String delegation,
        TicketMode mode, String number, OffsetDateTime departsAt, String station, String seatClass,
        TicketStatus status, @Nullable String ticketNumber, @Nullable String note, @Nullable String createdBy,
        OffsetDateTime createdAt, @Nullable String updatedBy, OffsetDateTime updatedAt, long version) {
}
