package io.huiwu.venue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Speaker", description = "A speaker of a session at their place in the order")
public record SpeakerView(
        UUID id,
        UUID sessionId,
        @Schema(description = "1 speaks first") int position,
        @Schema(description = "Null for a guest") UUID attendeeId,
        @Schema(description = "Null for an attendee") String guestName,
        @Schema(description = "The attendee's name on the roster, or the guest's") String name,
        String topic,
        int minutes,
        long version) {

    @Schema(name = "SpeakerList", description = "A session's speakers in order, with the minutes they take in all")
    public record Order(UUID sessionId, int totalMinutes, List<SpeakerView> speakers) {
    }
}
