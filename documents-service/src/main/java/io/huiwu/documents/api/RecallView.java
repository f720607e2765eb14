package io.huiwu.documents.api;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RecallView(UUID id, UUID meetingId, OffsetDateTime deadline, String note, String openedBy,
        OffsetDateTime openedAt, long outstandingCopies) {
}
