package io.huiwu.logistics.domain.supplies;

import java.util.List;

/** The roster categories a kit can be for (registration's categories of people). */
public final class KitCategories {

    public static final List<String> KNOWN = List.of("ATTENDEE", "NON_VOTING", "GUEST", "STAFF", "PRESS",
            "ACCOMPANYING");

    private KitCategories() {
    }
}
