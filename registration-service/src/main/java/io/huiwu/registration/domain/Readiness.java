package io.huiwu.registration.domain;

import java.util.EnumSet;
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

    private static final Set<Category> SEATED = EnumSet.of(Category.ATTENDEE, Category.NON_VOTING, Category.GUEST);
    private static final Set<Category> GIVEN_MATERIALS = EnumSet.of(Category.ATTENDEE, Category.NON_VOTING);

    private Readiness() {
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
