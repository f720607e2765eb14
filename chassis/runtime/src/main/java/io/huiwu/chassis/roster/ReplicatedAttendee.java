package io.huiwu.chassis.roster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An attendee as a service knows them from registration's roster. */
@Schema(name = "RosterEntry", description = "An attendee as this service knows them, copied from registration's roster")
public record ReplicatedAttendee(
        UUID id,
        UUID meetingId,
        @Schema(description = "Family name first") String name,
        @Schema(enumeration = {"FEMALE", "MALE"}) String gender,
        @Schema(description = "ATTENDEE, NON_VOTING, GUEST, STAFF, PRESS, ACCOMPANYING, or a category added later")
        String category,
        String delegation,
        String unit,
        String title,
        @Schema(description = "Protocol rank, 1 is the highest") Integer rank,
        @Schema(description = "For accompanying people (随行): the attendee they accompany") UUID principalId,
        @Schema(description = "The name in pinyin, for search") String pinyin,
        @Schema(description = "The version of the roster entry this copy reflects") long sourceVersion,
        @Schema(description = "When this copy last changed") OffsetDateTime updatedAt) {

    static ReplicatedAttendee of(RosterSnapshot entry, OffsetDateTime updatedAt) {
        return new ReplicatedAttendee(entry.attendeeId(), entry.meetingId(), entry.name(), entry.gender(),
                entry.category(), entry.delegation(), entry.unit(), entry.title(), entry.rank(), entry.principalId(),
                entry.pinyin(), entry.version(), updatedAt);
    }
}
