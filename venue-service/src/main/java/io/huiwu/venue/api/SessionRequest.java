package io.huiwu.venue.api;

import io.huiwu.venue.domain.SessionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SessionRequest", description = "A session of the schedule (日程) and who takes part in it")
public record SessionRequest(
        @NotNull SessionKind kind,
        @Schema(examples = "第一次全体会议") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Within the meeting's days (Beijing time)") @NotNull OffsetDateTime startsAt,
        @Schema(description = "After startsAt, within the meeting's days") @NotNull OffsetDateTime endsAt,
        @Schema(description = "The hall or room; held by one session at a time", examples = "人民大会堂大礼堂")
        @Size(max = 100) String place,
        @Schema(description = "A hall or room of the meeting's venues; the place is its name when place is absent")
        UUID spaceId,
        @Schema(description = "Roster categories that take part (ATTENDEE, NON_VOTING...); none for the voting"
                + " members") @Size(max = 20)
        List<@NotNull @Pattern(regexp = "[A-Z][A-Z_]{0,19}") String> categories,
        @Schema(description = "Only these delegations, named as on the roster; none for all") @Size(max = 200)
        List<@NotBlank @Size(max = 100) String> delegations,
        @Schema(description = "Only the members of these discussion groups; none for all") @Size(max = 200)
        List<@NotNull UUID> groupIds,
        @Schema(description = "Whether a seat pass (座次证) is needed to enter; false when absent")
        Boolean seatPassRequired,
        @Schema(description = "The places of an ACTIVITY that takes sign-ups (those beyond wait); no limit when"
                + " absent; only for an ACTIVITY (400 naming capacity otherwise)") @Min(1) @Max(100000)
        Integer capacity,
        @Schema(description = "The agenda in order; a change makes a new version of it (临时动议 included)")
        @Size(max = 100) List<@NotNull @Valid AgendaItemRequest> agenda) {
}
