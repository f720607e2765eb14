package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.transport.TicketMode;
import io.huiwu.logistics.domain.transport.TicketStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "DepartureTicketRequest", description = "A return ticket booked for a departing person (返程票)")
public record DepartureTicketRequest(
        @Schema(description = "The person travelling; active on the roster") @NotNull UUID attendeeId,
        @Schema(description = "TRAIN or FLIGHT") @NotNull TicketMode mode,
        @Schema(description = "Train or flight number", examples = "G88") @NotBlank @Size(max = 20) String number,
        @Schema(description = "When it leaves; not before the person's reported arrival",
                examples = "2027-01-18T14:00:00+08:00") @NotNull OffsetDateTime departsAt,
        @Schema(description = "The station or airport it leaves from", examples = "北京西站")
        @NotBlank @Size(max = 200) String station,
        @Schema(description = "Seat class as the ticket reads", examples = "二等座") @NotBlank @Size(max = 40)
        String seatClass,
        @Schema(description = "REQUESTED (when left out), BOOKED or ISSUED; a new booking cannot be CANCELLED")
        @Nullable TicketStatus status,
        @Schema(description = "The ticket's number, once issued", examples = "E123456789") @Size(max = 40)
        @Nullable String ticketNumber,
        @Schema(examples = "靠窗") @Size(max = 500) @Nullable String note) {
}
