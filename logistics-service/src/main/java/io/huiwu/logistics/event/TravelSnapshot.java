package io.huiwu.logistics.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What logistics reads from registration's travel-reported (its {@code TravelReport}): an arrival or departure as
 * last reported. The tests check this type against registration's AsyncAPI document.
 *
 * @param direction ARRIVAL or DEPARTURE
 * @param mode TRAIN, FLIGHT, CAR or OTHER
 * @param number the train or flight number, null for the other modes
 * @param place the station or airport
 */
public record TravelSnapshot(UUID reportId, UUID meetingId, UUID attendeeId, String direction, String mode,
        String number, OffsetDateTime at, String place, Integer companions, Long version) {
}
