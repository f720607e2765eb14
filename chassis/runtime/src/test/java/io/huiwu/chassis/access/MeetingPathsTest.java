package io.huiwu.chassis.access;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingPathsTest {

    private static final UUID MEETING = UUID.fromString("2f1c9b7e-8d3a-4e5f-9a1b-0c2d3e4f5a6b");

    @Test
    void everyPathUnderAMeetingNamesIt() {
        assertEquals(Optional.of(MEETING), MeetingPaths.meetingOf("/api/v1/meetings/" + MEETING));
        assertEquals(Optional.of(MEETING), MeetingPaths.meetingOf("/api/v1/meetings/" + MEETING + "/attendees/x"));
        assertEquals(Optional.of(MEETING), MeetingPaths.meetingOf("/api/v1/meetings/" + MEETING + ";v=1/staff"));
        assertTrue(MeetingPaths.isUnderMeeting("/api/v1/meetings/not-a-uuid/attendees"));
        assertEquals(Optional.empty(), MeetingPaths.meetingOf("/api/v1/meetings/not-a-uuid/attendees"));
    }

    @Test
    void pathsOutsideAMeetingNameNone() {
        assertEquals(Optional.empty(), MeetingPaths.meetingOf("/api/v1/meetings"));
        assertEquals(Optional.empty(), MeetingPaths.meetingOf("/api/v1/meetings/"));
        assertEquals(Optional.empty(), MeetingPaths.meetingOf("/q/health"));
        assertEquals(Optional.empty(), MeetingPaths.meetingOf(null));
        assertFalse(MeetingPaths.isUnderMeeting("/api/v1/meetings"));
        assertTrue(MeetingPaths.isApi("/api/v1/anything"));
        assertFalse(MeetingPaths.isApi("/q/openapi"));
    }
}
