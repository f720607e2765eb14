package io.huiwu.registration.api;

import io.huiwu.registration.domain.AbsenceReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "AbsenceRequest", description = "A leave (请假): for a period (from and to), for named sessions, or"
        + " both")
public record AbsenceRequest(
        @NotNull UUID attendeeId,
        @Schema(description = "Start of the leave, with to") OffsetDateTime from,
        @Schema(description = "End of the leave (exclusive), with from") OffsetDateTime to,
        @Schema(description = "Sessions the leave is for") @Size(max = 100) List<@NotNull UUID> sessionIds,
        @NotNull AbsenceReason reasonKind,
        @Schema(description = "The reason in words; stays in registration, never published") @Size(max = 500)
        String reason,
        @Schema(description = "Who approved the leave (批准人)", examples = "大会秘书处") @NotBlank @Size(max = 100)
        String approvedBy) {
}
