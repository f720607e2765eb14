package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AcknowledgementRequest", description = "Who acknowledges the current version of a notice; an"
        + " attendee's own token needs no body")
public record AcknowledgementRequest(@Schema(description = "Staff recording it for an attendee") UUID attendeeId) {
}
