package io.huiwu.chassis.testing;

import java.time.Duration;

/**
 * How long a test waits for what happens asynchronously: an event published, a copy updated, a consumer caught up.
 * Generous, because a loaded two-core machine can take seconds where an idle one takes milliseconds; an await returns
 * as soon as its condition holds, so a long deadline costs nothing when things work.
 */
public final class TestWaits {

    /** The deadline of every await on something asynchronous. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);

    private TestWaits() {
    }
}
