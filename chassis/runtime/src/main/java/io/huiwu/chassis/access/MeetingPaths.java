package io.huiwu.chassis.access;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which meeting a request path is about. Every operation under {@code /api/v1/meetings/{meetingId}/...} is
 * checked against the caller's grants in that meeting, whatever its resource method says, so none can forget it.
 */
public final class MeetingPaths {

    private static final Pattern MEETING = Pattern.compile("^/api/v1/meetings/([^/;?]+)(?:[/;?].*)?$");

    private MeetingPaths() {
    }

    /** True for every path of the API (and nothing of {@code /q/}: health, metrics, API documents). */
    public static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api"));
    }

    /**
     * The meeting a path is about: empty for paths outside a meeting, and for a segment that is not a UUID (such a
     * path names no meeting; it answers 404 like any other unknown path).
     */
    public static Optional<UUID> meetingOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        Matcher matcher = MEETING.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(matcher.group(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the path is under a meeting, whether or not its id segment is a UUID. */
    public static boolean isUnderMeeting(String path) {
        return path != null && MEETING.matcher(path).matches();
    }
}
