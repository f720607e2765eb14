package io.huiwu.logistics.event;

import java.util.List;
import java.util.UUID;

/**
 * What lodging reads from registration's roster entry (the snapshot of {@code attendee-registered} and its siblings,
 * kept whole by the chassis's roster replica): who they are, their gender, category, delegation and grade. Enumerations
 * are read as strings so that a new value upstream does not stop the planner. The tests check this type against
 * {@code AttendeeSnapshot} in registration's AsyncAPI document.
 *
 * @param gradeLevel 1 for the highest grade (国家级正职) to 10; null when the roster gives none
 * @param principalId for accompanying people (随行): whom they accompany
 * @param accessibilityNeeds what the hotel must prepare (wheelchair, hearing); printed on the rooming list
 * @param diet registration's diet codes, for the hotel's breakfast; absent from older events
 */
public record LodgingSnapshot(UUID attendeeId, UUID meetingId, String name, String gender, String category,
        String delegation, Integer gradeLevel, Integer rank, UUID principalId, String accessibilityNeeds,
        List<String> diet) {
}
