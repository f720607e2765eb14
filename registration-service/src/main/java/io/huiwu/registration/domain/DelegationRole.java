package io.huiwu.registration.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's role in their delegation (代表团): its leader and deputy leaders take the first row of the delegation's
 * block in the hall (DOMAIN.md, hall), and its liaison is whom the staff call.
 */
public enum DelegationRole {
    /** 团长. */
    LEADER("团长"),
    /** 副团长. */
    DEPUTY_LEADER("副团长"),
    /** 联络员. */
    LIAISON("联络员"),
    /** A member without a post in the delegation (团员). */
    MEMBER("团员", "成员");

    private final String label;
    private final List<String> shortNames;

    DelegationRole(String label, String... shortNames) {
        this.label = label;
        this.shortNames = List.of(shortNames);
    }

    public String label() {
        return label;
    }

    /** The role as written on a sheet: 团长, 副团长, 联络员, 团员 (成员), or its code. */
    public static Optional<DelegationRole> parse(String text) {
        String value = text.strip();
        for (DelegationRole role : values()) {
            if (role.label.equals(value) || role.shortNames.contains(value)
                    || role.name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
