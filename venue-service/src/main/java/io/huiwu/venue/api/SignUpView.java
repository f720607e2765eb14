package io.huiwu.venue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SignUp", description = "A person signed up to an activity: confirmed, or waiting for a place")
public record SignUpView(
        UUID id,
        UUID sessionId,
        UUID attendeeId,
        @Schema(description = "The attendee's name on the roster when they signed up") String name,
        @Schema(description = "CONFIRMED (has a place) or WAITING (on the waiting list)") String status,
        @Schema(description = "For a waiting person, their place on the waiting list (1 is promoted first); null"
                + " once confirmed") Integer waitingPosition,
        OffsetDateTime signedUpAt,
        @Schema(description = "Who signed them up: the attendee themself or a member of staff") String signedUpBy,
        @Schema(description = "When the place was given; null while waiting") OffsetDateTime confirmedAt) {

    @Schema(name = "SignUpList", description = "An activity's sign-ups: those with a place and the waiting list, each"
            + " in the order they signed up, with the counts")
    public record Roll(
            UUID sessionId,
            @Schema(description = "Places in all; null for an activity without a limit") Integer capacity,
            int confirmedCount,
            int waitingCount,
            @Schema(description = "Places still free; null for an activity without a limit") Integer freePlaces,
            List<SignUpView> confirmed,
            List<SignUpView> waiting) {
    }
}
