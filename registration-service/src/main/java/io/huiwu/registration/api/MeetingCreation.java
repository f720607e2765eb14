package io.huiwu.registration.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MeetingCreation",
        description = "A new meeting, created by an administrator, with the organizer who will run it")
public record MeetingCreation(
        @Schema(examples = "省十四届人大三次会议") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "2026-01-20") @NotNull LocalDate startDate,
        @Schema(examples = "2026-01-24", description = "Not before startDate") @NotNull LocalDate endDate,
        @Schema(description = "How many distinct members of staff verify each roster entry: 2 (default) or 3")
        @Min(2) @Max(3) Integer requiredVerifications,
        @Schema(description = "The token subject of the meeting's first organizer; they name the rest of the staff")
        @NotNull @Pattern(regexp = StaffGrantRequest.SUBJECT, message = "{huiwu.subject}")
        String organizer,
        @Schema(description = "How staff lists name the first organizer")
        @Size(max = 100) @Pattern(regexp = "^[^\\p{Cc}]*$", message = "{huiwu.no-control-characters}")
        String organizerName) {

    public MeetingRequest meeting() {
        return new MeetingRequest(name, startDate, endDate, requiredVerifications);
    }
}
