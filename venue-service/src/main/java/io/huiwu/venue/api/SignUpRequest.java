package io.huiwu.venue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "SignUpRequest", description = "A sign-up to an activity (文化生活报名)")
public record SignUpRequest(
        @Schema(description = "An active attendee of the meeting; an attendee signing up themself may leave it out")
        UUID attendeeId) {
}
