package io.huiwu.venue.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "SpeakerOrderRequest", description = "The session's whole order of speakers: each of them once, the"
        + " first to speak first")
public record SpeakerOrderRequest(@NotNull @Size(max = 500) List<@NotNull UUID> speakerIds) {
}
