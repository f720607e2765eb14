package io.huiwu.registration.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the dining staff must know about a person's meals (DOMAIN.md, living: tables and table cards). A person has
 * any number of these; none means no special diet.
 */
public enum Diet {
    /** 清真: halal food, at a halal table. */
    HALAL("清真"),
    /** 素食: no meat or fish. */
    VEGETARIAN("素食", "素"),
    /** 纯素: no animal products at all. */
    VEGAN("纯素", "全素"),
    NO_PORK("不吃猪肉", "忌猪肉"),
    NO_BEEF("不吃牛肉", "忌牛肉"),
    NO_SEAFOOD("不吃海鲜", "忌海鲜", "海鲜过敏"),
    /** 糖尿病餐: low sugar. */
    DIABETIC("糖尿病餐", "低糖", "糖尿病");

    private final String label;
    private final List<String> shortNames;

    Diet(String label, String... shortNames) {
        this.label = label;
        this.shortNames = List.of(shortNames);
    }

    public String label() {
        return label;
    }

    /** One diet as written on a sheet: its Chinese name (清真, 不吃猪肉), a usual short one, or its code. */
    public static Optional<Diet> parse(String text) {
        String value = text.strip();
        for (Diet diet : values()) {
            if (diet.label.equals(value) || diet.shortNames.contains(value)
                    || diet.name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(diet);
            }
        }
        return Optional.empty();
    }

    /** Diets in their declared order, without repeats; empty for none. */
    public static Set<Diet> sorted(java.util.Collection<Diet> diets) {
        return diets == null || diets.isEmpty() ? EnumSet.noneOf(Diet.class) : EnumSet.copyOf(diets);
    }
}
