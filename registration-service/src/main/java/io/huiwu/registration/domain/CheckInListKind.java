package io.huiwu.registration.domain;

/** What a check-in point is: the registration desk (报到处), a door of a hall or session, the dining hall, other. */
public enum CheckInListKind {
    DESK, DOOR, DINING, OTHER
}
