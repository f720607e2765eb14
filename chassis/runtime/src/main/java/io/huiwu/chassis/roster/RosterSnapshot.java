package io.huiwu.chassis.roster;

import java.util.UUID;

/**
 * What the roster replica reads from registration's {@code attendee-registered}, {@code attendee-updated},
 * {@code attendee-withdrawn} and {@code attendee-verified} (topic {@code registration.attendee}): the entry as it
 * stands after the change, with its version and how far that version is verified. Enumerations are read as strings
 * so that a new category upstream does not stop a consumer. The producer's schema is in registration-service's
 * AsyncAPI document; each consuming service's tests check that this type fits it.
 *
 * @param strokeKey       registration's sort key for surname-stroke order (姓氏笔画), hex; equal keys sort equal
 * @param pinyinKey       registration's sort key for pinyin order, hex
 * @param collationVersion the collation both keys were made with; keys of different versions do not compare
 * @param verification    where this version stands in verification: UNVERIFIED, PARTIAL, VERIFIED, or OVERRIDDEN
 *                        (an organizer let it pass with a reason); null in events from before the field
 */
public record RosterSnapshot(
        UUID attendeeId,
        UUID meetingId,
        long version,
        String name,
        String gender,
        String category,
        String delegation,
        String unit,
        String title,
        Integer rank,
        String status,
        UUID principalId,
        String pinyin,
        String strokeKey,
        String pinyinKey,
        String collationVersion,
        String verification) {

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }
}
