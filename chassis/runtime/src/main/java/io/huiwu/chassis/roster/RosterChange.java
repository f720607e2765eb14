package io.huiwu.chassis.roster;

import java.util.UUID;

/**
 * Fired (synchronously, in the consumer's transaction) each time the roster copy takes an entry: a service that must
 * act when someone is registered or withdraws observes it, and what it does commits or rolls back with the copy.
 * An entry the copy refused (older than the one it holds) fires nothing.
 *
 * @param withdrawn whether the entry, as now held, is withdrawn
 */
public record RosterChange(UUID meetingId, UUID attendeeId, long version, boolean withdrawn) {
}
