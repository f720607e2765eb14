package io.huiwu.venue.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The days of a meeting as registration publishes them (first and last day, inclusive). Meetings keep Beijing
 * time, so a session belongs to the meeting when it starts on or after the first day's midnight and ends by the
 * midnight after the last day, in that zone.
 */
public record MeetingDays(LocalDate firstDay, LocalDate lastDay) {

    /** The zone the meeting's dates are read in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public OffsetDateTime opens() {
        return firstDay.atStartOfDay(ZONE).toOffsetDateTime();
    }

    public OffsetDateTime closes() {
        return lastDay.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** Whether the whole of {@code [start, end)} lies within the meeting's days. */
    public boolean contain(OffsetDateTime start, OffsetDateTime end) {
        return !start.isBefore(opens()) && !end.isAfter(closes());
    }
}
