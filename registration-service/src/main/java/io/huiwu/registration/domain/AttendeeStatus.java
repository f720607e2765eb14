package io.huiwu.registration.domain;

/** A withdrawn attendee stays on record (nothing in the roster is deleted) but leaves every list. */
public enum AttendeeStatus {
    ACTIVE, WITHDRAWN
}
