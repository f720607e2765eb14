package io.huiwu.documents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code huiwu.documents.files.*}: the size of a document's file a meeting accepts when its organiser has not set
 * one, and the most an organiser may set (the HTTP body limit, {@code quarkus.http.limits.max-body-size}, is above
 * it).
 */
@ConfigMapping(prefix = "huiwu.documents.files")
public interface FileConfig {

    /** 20 MiB. */
    @WithDefault("20971520")
    long defaultMaxBytes();

    /** 100 MiB. */
    @WithDefault("104857600")
    long highestMaxBytes();
}
