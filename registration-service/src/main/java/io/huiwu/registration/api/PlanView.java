package io.huiwu.registration.api;

import io.huiwu.registration.domain.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "PlanVersion", description = "A meeting plan as it stood at one version")
public record PlanView(UUID meetingId, int version, PlanStatus status,
        @Schema(enumeration = {"CREATED", "EDITED", "SUBMIT", "APPROVE", "RETURN", "DATES_CHANGED"},
                description = "DATES_CHANGED: the meeting's dates changed after approval") String action, String actor,
        OffsetDateTime at, @Nullable String comment, MeetingPlan plan) {
}
