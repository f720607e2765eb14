package io.huiwu.logistics.domain;

/**
 * The kinds of hotel room a meeting books (DOMAIN.md, Lodging): a single (单人间), a twin (标准间, the usual room,
 * shared by two people of the same gender) and a suite (套间, only from a grade the organiser sets).
 */
public enum RoomType {
    /** 单人间: one bed. */
    SINGLE,
    /** 标准间: two beds or more. */
    TWIN,
    /** 套间. */
    SUITE;

    /** The most beds a room of any type may have. */
    public static final int MAX_BEDS = 4;

    /** Whether a room of this type may have that many beds: a single has one, a twin at least two. */
    public boolean fits(int beds) {
        if (beds < 1 || beds > MAX_BEDS) {
            return false;
        }
        return switch (this) {
            case SINGLE -> beds == 1;
            case TWIN -> beds >= 2;
            case SUITE -> true;
        };
    }
}
