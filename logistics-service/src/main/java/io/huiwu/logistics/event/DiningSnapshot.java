package io.huiwu.logistics.event;

import java.util.List;
import java.util.UUID;

/**
 * What dining reads from registration's roster entry (the snapshot the chassis's roster replica keeps whole): who
 * they are, their delegation and protocol rank, and their diets. Diets are read as codes, so that a new one upstream
 * does not stop the planner; {@code diet} is null in entries published before registration carried it. The tests
 * check this type against {@code AttendeeSnapshot} in registration's AsyncAPI document.
 *
 * @param rank protocol rank, 1 the highest; null when the roster gives none
 */
public record DiningSnapshot(UUID attendeeId, UUID meetingId, String name, String category, String delegation,
        String unit, String title, Integer rank, List<String> diet) {
}
