package io.huiwu.registration.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * The order of a printed roster (名册, DOMAIN.md: Names, Hall): delegations in the meeting's order of delegations
 * (the order the organiser agreed, delegations it does not list after it by the strokes of their names; by strokes
 * alone when none was agreed), people without a delegation after all delegations; within each, people by name, by
 * surname strokes (姓氏笔画) or by pinyin, as the stored sort keys of {@link NameCollation} order them.
 */
public final class RosterOrder {

    private RosterOrder() {
    }

    /** How people are ordered within a delegation. */
    public enum NameOrder { STROKES, PINYIN }

    /**
     * Delegations by their agreed positions, then the others by strokes; null (no delegation) last.
     *
     * @param agreed the agreed position of each delegation the organiser listed (1 first); empty when none
     */
    public static Comparator<String> delegations(Map<String, Integer> agreed) {
        Comparator<String> byPosition = Comparator.comparing(name -> agreed.getOrDefault(name, Integer.MAX_VALUE));
        return Comparator.nullsLast(byPosition.thenComparing(NameCollation.byStrokes()));
    }

    /** Sort keys compare bytewise, as unsigned bytes. */
    public static Comparator<byte[]> keys() {
        return Arrays::compareUnsigned;
    }
}
