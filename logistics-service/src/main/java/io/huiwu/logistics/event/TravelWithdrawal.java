package io.huiwu.logistics.event;

import java.util.UUID;

/**
 * What logistics reads from travel-withdrawn: a report taken back. Without a direction, both of the person's.
 *
 * @param direction ARRIVAL, DEPARTURE, or null for both
 */
public record TravelWithdrawal(UUID meetingId, UUID attendeeId, String direction, Long version) {
}
