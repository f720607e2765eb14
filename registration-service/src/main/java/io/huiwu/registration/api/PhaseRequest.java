package io.huiwu.registration.api;

import io.huiwu.registration.domain.MeetingPhase;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PhaseRequest", description = "The phase the meeting moves to: the next one after its current phase")
public record PhaseRequest(@NotNull MeetingPhase phase) {
}
