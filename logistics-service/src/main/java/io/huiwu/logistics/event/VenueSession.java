package io.huiwu.logistics.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What logistics reads from venue's session-scheduled, session-changed and session-cancelled (its {@code Session}):
 * the session as it stands after the change. Only SITE_VISIT sessions are kept. Categories are roster category names
 * (the voting members when none); delegations and discussion groups, when given, narrow who takes part. The tests
 * check this type against venue's AsyncAPI document.
 */
public record VenueSession(UUID sessionId, UUID meetingId, Long version, String kind, String name,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String place, List<String> categories,
        List<String> delegations, List<UUID> groupIds, Boolean cancelled) {

    public static final String SITE_VISIT = "SITE_VISIT";
}
