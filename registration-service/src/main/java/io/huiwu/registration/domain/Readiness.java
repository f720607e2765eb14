package io.huiwu.registration.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The readiness check (会务检查): before the meeting, for each person, what is still missing. Each check applies to
 * the people who need it: everyone needs a final roster entry, a credential and a kit; all but staff a bed and a
 * table; those seated in the hall a seat and their materials; those who reported arriving by train or plane a
 * pickup.
 */
public final class Readiness {

    public enum Check {
        /** The entry's current version has its verifications (核对). */
        VERIFIED("roster entry verified", "名册已核对"),
        CREDENTIAL("credential issued", "已制发证件"),
        BED("bed assigned", "已安排住宿"),
        TABLE("dining table assigned", "已安排桌次"),
        SEAT("seat assigned", "已安排座位"),
        PICKUP("pickup scheduled", "已安排接站"),
        MATERIALS("materials issued", "已发放文件材料"),
        KIT("meeting kit issued", "已发放会议用品");

        private final String english;
        private final String chinese;

        Check(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }

        public String english() {
            return english;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** What other services arrange, as registration records it from their events. */
    public enum Arranged {
        BED, TABLE, SEAT, PICKUP, MATERIAL, KIT
    }

    /** A person lacking something, by delegation (null for people without one). */
    public record Lacking(String delegation, List<Check> missing) {
    }

    /** How many people of a delegation lack something, and how many lack each check. */
    public record Shortfall(String delegation, int people, Map<Check, Integer> missing) {

        public int missing(Check check) {
            return missing.getOrDefault(check, 0);
        }

        /** Every missing thing of every person. */
        public int total() {
            return missing.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final Set<Category> SEATED = EnumSet.of(Category.ATTENDEE, Category.NON_VOTING, Category.GUEST);
    private static final Set<Category> GIVEN_MATERIALS = EnumSet.of(Category.ATTENDEE, Category.NON_VOTING);

    private Readiness() {
    }

    /**
     * The delegations worst off first (the 会务检查 summary lists them for the organisers to chase): most people
     * lacking something, then most things missing in all, then by name; people without a delegation are one group
     * (null), placed like any other.
     */
    public static List<Shortfall> worstDelegations(List<Lacking> lacking) {
        Map<String, Map<Check, Integer>> missing = new LinkedHashMap<>();
        Map<String, Integer> people = new LinkedHashMap<>();
        for (Lacking person : lacking) {
            if (person.missing().isEmpty()) {
                continue;
            }
            people.merge(person.delegation(), 1, Integer::sum);
            Map<Check, Integer> counts = missing.computeIfAbsent(person.delegation(), d -> new EnumMap<>(Check.class));
            person.missing().forEach(check -> counts.merge(check, 1, Integer::sum));
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        people.forEach((delegation, count) -> shortfalls.add(new Shortfall(delegation, count,
                Map.copyOf(missing.get(delegation)))));
        shortfalls.sort(Comparator.comparingInt(Shortfall::people).reversed()
                .thenComparing(Comparator.comparingInt(Shortfall::total).reversed())
                .thenComparing(Shortfall::delegation, Comparator.nullsLast(Comparator.naturalOrder())));
        return shortfalls;
    }

    /** Whether a check applies to someone of this category (and, for pickups, who reported arriving by rail or air). */
    public static boolean applies(Check check, Category category, boolean arrivesByTrainOrPlane) {
        return switch (check) {
            case VERIFIED, CREDENTIAL, KIT -> true;
            case BED, TABLE -> category != Category.STAFF;
            case SEAT -> SEATED.contains(category);
            case MATERIALS -> GIVEN_MATERIALS.contains(category);
            case PICKUP -> arrivesByTrainOrPlane;
        };
    }
}
