package io.huiwu.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "BulkVerificationRequest",
        description = "Entries the caller has checked against the source documents, each with the version read")
public record BulkVerificationRequest(
        @Schema(description = "At most 500 (a page of the roster); each attendee once")
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Entry> entries) {

    @Schema(name = "BulkVerificationEntry")
    public record Entry(
            @NotNull UUID attendeeId,
            @Schema(description = "The version read (the entry's ETag without quotes); only the current one can be"
                    + " verified") @NotNull @Min(0) Long version) {
    }
}
