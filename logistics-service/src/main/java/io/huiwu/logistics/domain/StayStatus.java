package io.huiwu.logistics.domain;

/** Where a stay stands: booked with the hotel, cancelled (its bed given up, reinstatable), or the guest arrived. */
public enum StayStatus {
    BOOKED,
    CANCELLED,
    ARRIVED
}
