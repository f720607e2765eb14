package io.huiwu.logistics.domain.dining;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the kitchen must know about a person's meals, as registration's roster records it (its {@code diet}). Halal
 * (清真), vegetarian and vegan food is cooked and served apart, so those diets have tables of their own when the hall
 * sets some aside; the others are served to the person at any table.
 */
public enum Diet {
    /** 清真. */
    HALAL("清真"),
    /** 素食. */
    VEGETARIAN("素食"),
    /** 纯素. */
    VEGAN("纯素"),
    NO_PORK("不吃猪肉"),
    NO_BEEF("不吃牛肉"),
    NO_SEAFOOD("不吃海鲜"),
    /** 糖尿病餐. */
    DIABETIC("糖尿病餐");

    private final String label;

    Diet(String label) {
        this.label = label;
    }

    /** The Chinese name, as printed on cards. */
    public String label() {
        return label;
    }

    /** Whether this diet is served at tables of its own (清真桌, 素食桌). */
    public boolean hasOwnTables() {
        return this == HALAL || this == VEGETARIAN || this == VEGAN;
    }

    /**
     * The kind of table a person with these diets sits at, if any: halal first (a halal kitchen is separate from
     * everything else), then vegan, then vegetarian.
     */
    public static Optional<Diet> tableOf(Set<Diet> diets) {
        for (Diet diet : new Diet[] {HALAL, VEGAN, VEGETARIAN}) {
            if (diets.contains(diet)) {
                return Optional.of(diet);
            }
        }
        return Optional.empty();
    }

    /** Diets read from the roster's codes; a code this service does not know is left out rather than refused. */
    public static Set<Diet> read(Collection<String> codes) {
        Set<Diet> diets = EnumSet.noneOf(Diet.class);
        if (codes != null) {
            for (String code : codes) {
                parse(code).ifPresent(diets::add);
            }
        }
        return diets;
    }

    private static Optional<Diet> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Diet diet : values()) {
            if (diet.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(diet);
            }
        }
        return Optional.empty();
    }
}
