package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "FileLimit", description = "The largest file the meeting accepts; byDefault when the organiser has"
        + " not set it")
public record FileLimitView(UUID meetingId, long maxBytes, boolean byDefault, String setBy, OffsetDateTime setAt) {
}
