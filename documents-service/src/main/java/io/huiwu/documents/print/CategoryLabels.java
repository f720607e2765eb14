package io.huiwu.documents.print;

import java.util.Map;

/**
 * How a roster category is written where people read it (a bulletin's distribution line): the labels
 * registration-service writes on its exported sheets ({@code RosterColumns.label}). A code it does not know is
 * printed as it is.
 */
public final class CategoryLabels {

    private static final Map<String, String> LABELS = Map.of(
            "ATTENDEE", "出席",
            "NON_VOTING", "列席",
            "GUEST", "特邀",
            "STAFF", "工作人员",
            "PRESS", "记者",
            "ACCOMPANYING", "随行");

    private CategoryLabels() {
    }

    public static String label(String category) {
        return LABELS.getOrDefault(category, category);
    }
}
