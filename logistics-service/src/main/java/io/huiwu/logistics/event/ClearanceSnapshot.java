package io.huiwu.logistics.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What logistics reads from attendee-cleared and attendee-clearance-blocked on documents.clearance: whether the
 * person still holds numbered copies that must come back, as of {@code clearedAt} or {@code checkedAt}.
 *
 * @param due the copies still due (blocked only)
 */
public record ClearanceSnapshot(UUID meetingId, UUID attendeeId, UUID recallId, OffsetDateTime clearedAt,
        OffsetDateTime checkedAt, List<DueCopy> due) {

    /** A copy still due: which document, its copy number (份号), and whether it was issued or loaned. */
    public record DueCopy(UUID copyId, UUID documentId, String document, String copyNumber, String state) {
    }
}
