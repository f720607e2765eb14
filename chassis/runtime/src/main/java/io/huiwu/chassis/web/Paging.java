package io.huiwu.chassis.web;

/** The limits every list endpoint applies to {@code page} and {@code size}. */
public final class Paging {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    private Paging() {
    }
}
