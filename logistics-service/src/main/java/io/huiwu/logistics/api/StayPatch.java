package io.huiwu.logistics.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.LocalDate;

@Schema(name = "StayPatch", description = "Changes to a stay: only the fields given change, the rest stay as they are")
public record StayPatch(
        @Schema(description = "The first night", examples = "2027-03-04") @Nullable LocalDate arrival,
        @Schema(description = "The day the guest leaves, after the arrival", examples = "2027-03-11")
        @Nullable LocalDate departure,
        @Schema(description = "What the hotel should know (extra bed, low floor, quiet room)")
        @Size(max = 500) @Nullable String requests) {
}
