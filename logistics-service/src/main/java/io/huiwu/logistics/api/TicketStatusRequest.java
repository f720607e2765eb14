package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.transport.TicketStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "TicketStatusRequest", description = "A booking moved forward (REQUESTED, BOOKED, ISSUED) or"
        + " cancelled")
public record TicketStatusRequest(
        @Schema(description = "The status wanted") @NotNull TicketStatus status,
        @Schema(description = "The status the caller last saw: the change is made only if the booking still has"
                + " it (409 naming expectedStatus otherwise)") @Nullable TicketStatus expectedStatus,
        @Schema(description = "The ticket's number; needed to issue unless the booking has one already",
                examples = "E123456789") @Size(max = 40) @Nullable String ticketNumber,
        @Schema(description = "Replaces the note when given") @Size(max = 500) @Nullable String note) {
}
