package io.huiwu.documents.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person's pickup (接站) as the attendee guide shows it: where and when the vehicle meets them, their train or
 * flight, the vehicle, its driver, the member of staff in charge and their seat.
 *
 * @param at        the wave's first arrival, when the vehicle is there
 * @param place     the station or airport
 * @param arrivalAt the person's own train or flight's arrival
 * @param number    the person's train or flight number
 * @param seat      their seat in the vehicle (1 is the first), with its position (REAR_RIGHT... or SEAT_n)
 * @param status    SCHEDULED or COMPLETED
 */
public record PickupView(UUID pickupId, UUID meetingId, UUID attendeeId, OffsetDateTime at, String place,
        String wave, String hotel, OffsetDateTime arrivalAt, String number, String plate, String kind,
        String driver, String staffInCharge, int seat, String position, int companions, String status,
        OffsetDateTime completedAt) {
}
