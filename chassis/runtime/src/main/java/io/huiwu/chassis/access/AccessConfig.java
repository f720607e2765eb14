package io.huiwu.chassis.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of per-meeting access ({@code huiwu.access.*}). */
@ConfigMapping(prefix = "huiwu.access")
public interface AccessConfig {

    /**
     * True in the one service that owns grants (registration): it writes them itself and keeps no replica. Read at
     * build time by {@link AccessGrantReplica}.
     */
    @WithDefault("false")
    boolean owner();

    /** The topic grants travel on; registration publishes it, every other service keeps a replica from it. */
    @WithDefault("registration.access")
    String topic();

    /**
     * How long a meeting's grants for one caller are answered from memory before they are read again. The service
     * instance that records a change forgets its copy at once; other instances of the same service see it after
     * at most this long.
     */
    @WithDefault("2s")
    Duration cacheTtl();

    /** The most callers and meetings kept in memory at once. */
    @WithDefault("20000")
    int cacheSize();
}
