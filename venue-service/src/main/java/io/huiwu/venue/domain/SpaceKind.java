package io.huiwu.venue.domain;

/** What a space of a venue is: a hall (会场, with a seat map) or a room (会议室, by capacity). */
public enum SpaceKind {
    HALL,
    ROOM
}
