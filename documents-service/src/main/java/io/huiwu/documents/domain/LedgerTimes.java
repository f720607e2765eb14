package io.huiwu.documents.domain;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When a ledger entry happened, kept apart from when it was recorded (FOLIO's returnDate and systemReturnDate): a
 * return scanned offline is recorded later with the time it happened. It cannot have happened in the future; a
 * minute of clock difference between a scanning device and the server is allowed.
 */
public final class LedgerTimes {

    /** How far ahead of the server's clock a device's time may be. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private LedgerTimes() {
    }

    /** The time an entry happened: the one given, or now. */
    public static OffsetDateTime happenedAt(OffsetDateTime given, OffsetDateTime now) {
        return given == null ? now : given;
    }

    public static boolean isInTheFuture(OffsetDateTime given, OffsetDateTime now) {
        return given != null && given.isAfter(now.plus(CLOCK_SKEW));
    }
}
