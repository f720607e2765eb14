package io.huiwu.documents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/**
 * {@code huiwu.documents.recall.*}: the deadline of the recall that opens by itself at CLOSING, and how often copies
 * not back by a deadline are marked missing.
 */
@ConfigMapping(prefix = "huiwu.documents.recall")
public interface RecallConfig {

    /** Hours after the meeting's end (the end of its last day) that copies may still come back. */
    @WithDefault("0")
    int hoursAfterEnd();

    /** Hours from the phase change when the meeting's end is unknown or already past. */
    @WithDefault("24")
    int hoursWhenEndPassed();

    /** The zone the meeting's days are counted in. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /**
     * How often copies not back by a passed recall deadline are marked missing ({@code MissingCopies}); {@code off}
     * leaves it to the on-demand check.
     */
    @WithDefault("60s")
    String missingCheckEvery();
}
