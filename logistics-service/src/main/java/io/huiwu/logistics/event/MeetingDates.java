package io.huiwu.logistics.event;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What logistics reads from registration's meeting-updated (its {@code MeetingSnapshot}): the meeting's first and
 * last days, by which stays take their default nights. The tests check this type against registration's AsyncAPI
 * document.
 */
public record MeetingDates(UUID meetingId, Long version, LocalDate startDate, LocalDate endDate) {
}
