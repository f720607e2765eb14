package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CheckInListKind;
import io.huiwu.registration.domain.CheckInRules;
import io.huiwu.registration.domain.PersonName;
import io.huiwu.registration.mapping.CredentialMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * All the SQL of check-in: points, scans, where people stand, registered devices and what devices download. This is
 * the service's hot path, so it is plain JDBC on the transaction's connection rather than Hibernate; columns are
 * read by name. The rules themselves ({@link CheckInRules}) are decided in the domain: where a statement moves a
 * holder atomically, it is given the rule's outcome for each state it may find, never the rule.
 */
@ApplicationScoped
public class CheckInStore {

    /** A check-in point's name and rules. */
    public record Point(UUID id, String name, CheckInListKind kind, CheckInRules.Point rules, boolean allowOnBehalf,
            UUID sessionId) {
    }

    /** The person a scan or a manual check-in is about. */
    public record Person(UUID id, String name, Category category, String delegation, String unit, String title,
            AttendeeStatus status) {
    }

    /** A scanned credential; its holder may be no person (a vehicle pass). */
    public record Credential(UUID id, UUID holderId, String number, UUID typeId, String typeName, String colour,
            boolean revoked, byte[] signature) {
    }

    /** A registered check-in device. */
    public record Device(UUID id, UUID meetingId, String name, Set<UUID> listIds, OffsetDateTime registeredAt,
            String registeredBy, OffsetDateTime revokedAt, String revokedBy, String revokeReason,
            OffsetDateTime lastSeenAt, long version) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** What one redeem needs, read in one round trip: the point, the credential, its holder, the device. */
    public record Redeem(Point point, Credential credential, Person person, Device device) {
    }

    /** A scan to record. */
    public record Scan(UUID id, UUID meetingId, String nonce, UUID listId, UUID attendeeId, UUID credentialId,
            CheckInRules.CheckInDirection direction, String result, OffsetDateTime scannedAt,
            OffsetDateTime receivedAt, boolean offline, String conflict, Device device, String operator,
            String method) {
    }

    /** A recorded scan as the record of scans shows it. */
    public record Recorded(UUID id, String nonce, UUID listId, String listName, UUID attendeeId, String attendeeName,
            Category category, String delegation, String unit, String title, UUID credentialId,
            String credentialNumber, String typeName, String colour, CheckInRules.CheckInDirection direction,
            String result, String conflict, String method, boolean offline, UUID deviceId, String device,
            String operator,
            OffsetDateTime scannedAt, OffsetDateTime receivedAt, OffsetDateTime annulledAt, String annulledBy,
            String annulReason) {
    }

    /** Where someone stands on a point, with the times a replay of their scans gives. */
    public record Standing(UUID listId, UUID attendeeId, CheckInRules.Presence presence, OffsetDateTime firstEntryAt,
            OffsetDateTime lastChangeAt) {
    }

    /** An admitted, not annulled move through a point. */
    public record Move(CheckInRules.CheckInDirection direction, OffsetDateTime at) {
    }

    /** A person found at the desk. */
    public record Found(UUID id, String name, String pinyin, Category category, String delegation, String unit,
            String title) {
    }

    /** A credential of someone found at the desk. */
    public record FoundCredential(UUID attendeeId, UUID id, String number, String typeName, String status) {
    }

    /** Where someone found at the desk stands on a point. */
    public record FoundPresence(UUID attendeeId, UUID listId, String listName, boolean inside, int entries) {
    }

    /** A credential as a device downloads it. */
    public record SyncedCredential(UUID id, String number, UUID typeId, String status, UUID holderId,
            String holderName, Category category, String delegation, String unit, String title,
            AttendeeStatus holderStatus, byte[] signature) {
    }

    /** A credential type as a device downloads it. */
    public record SyncedType(UUID id, String name, String colour) {
    }

    private static final String POINT_COLUMNS = "l.id as list_id, l.name as list_name, l.kind as list_kind,"
            + " l.categories as list_categories, l.opens_at, l.closes_at, l.allow_reentry, l.track_exit,"
            + " l.allow_on_behalf, l.credential_types, l.session_id as list_session_id";
    private static final String DEVICE_COLUMNS = "d.id as device_id, d.meeting_id as device_meeting_id,"
            + " d.name as device_name, d.list_ids, d.registered_at, d.registered_by, d.revoked_at, d.revoked_by,"
            + " d.revoke_reason, d.last_seen_at, d.version as device_version";
    /**
     * The point, the scanned credential (by id) or the person named (by id), their holder, and the device (by the
     * hash of its token), in one round trip; what is unknown comes back as nulls.
     */
    private static final String REDEEM = "select " + POINT_COLUMNS + ", c.id as credential_id,"
            + " c.attendee_id as holder_id, c.number, c.type_id, c.status as credential_status, c.signature,"
            + " t.name as type_name, t.colour, a.id as attendee_id, a.name as attendee_name, a.category, a.delegation,"
            + " a.unit, a.title, a.status as attendee_status, " + DEVICE_COLUMNS
            + " from checkin_list l left join credential c on c.id = ? and c.meeting_id = l.meeting_id"
            + " left join credential_type t on t.id = c.type_id"
            + " left join attendee a on a.id = coalesce(c.attendee_id, ?) and a.meeting_id = l.meeting_id"
            + " left join checkin_device d on d.token_hash = ? and d.meeting_id = l.meeting_id"
            + " where l.id = ? and l.meeting_id = ?";
    private static final String SCAN_COLUMNS = "(id, meeting_id, nonce, list_id, attendee_id, credential_id, direction,"
            + " result, scanned_at, received_at, offline, conflict, device_id, device, operator, method)";
    /**
     * Enters the holder and records the scan in one statement. The presence row is written if the holder was never
     * here, or if the rule's outcome for the state found (inside, or outside) allows it; the scan's result says
     * whether it happened. A nonce seen before inserts no scan, and the caller rolls back.
     */
    private static final String ENTER_AND_RECORD = "with moved as (insert into checkin_presence as p (list_id,"
            + " attendee_id, inside, entries, first_entry_at, last_change_at) values (?, ?, true, 1, ?, ?)"
            + " on conflict (list_id, attendee_id) do update set inside = true, entries = p.entries + 1,"
            + " last_change_at = excluded.last_change_at where case when p.inside then ? else ? end"
            + " returning entries)"
            + " insert into checkin_scan " + SCAN_COLUMNS + " select ?, ?, ?, ?, ?, ?, 'ENTRY',"
            + " case when exists (select 1 from moved) then 'ok' else ? end, ?, ?, false, null, ?, ?, ?, ?"
            + " on conflict (meeting_id, nonce) do nothing returning result";
    /** Lets the holder out and records the scan in one statement, as {@link #ENTER_AND_RECORD} does. */
    private static final String LEAVE_AND_RECORD = "with moved as (update checkin_presence p set inside = false,"
            + " last_change_at = ? where list_id = ? and attendee_id = ? and case when p.inside then ? else ? end"
            + " returning entries)"
            + " insert into checkin_scan " + SCAN_COLUMNS + " select ?, ?, ?, ?, ?, ?, 'EXIT',"
            + " case when exists (select 1 from moved) then 'ok' else ? end, ?, ?, false, null, ?, ?, ?, ?"
            + " on conflict (meeting_id, nonce) do nothing returning result";
    private static final String RECORD = "insert into checkin_scan " + SCAN_COLUMNS
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (meeting_id, nonce) do nothing";
    private static final String FORCE_ENTER = "insert into checkin_presence as p (list_id, attendee_id, inside,"
            + " entries, first_entry_at, last_change_at) values (?, ?, true, 1, ?, ?) on conflict (list_id,"
            + " attendee_id) do update set inside = true, entries = p.entries + 1,"
            + " last_change_at = greatest(p.last_change_at, excluded.last_change_at)";
    private static final String LEAVE = "update checkin_presence set inside = false, last_change_at = ?"
            + " where list_id = ? and attendee_id = ? and inside";
    private static final String PRESENCE_FOR_UPDATE = "select inside, entries from checkin_presence"
            + " where list_id = ? and attendee_id = ? for update";
    private static final String RECORDED_COLUMNS = "s.id as scan_id, s.nonce, s.list_id, l.name as list_name,"
            + " s.attendee_id, a.name as attendee_name, a.category, a.delegation, a.unit, a.title, s.credential_id,"
            + " c.number, t.name as type_name, t.colour, s.direction, s.result, s.conflict, s.method, s.offline,"
            + " s.device_id, s.device, s.operator, s.scanned_at, s.received_at, s.annulled_at, s.annulled_by,"
            + " s.annul_reason";
    private static final String RECORDED_FROM = " from checkin_scan s join checkin_list l on l.id = s.list_id"
            + " left join attendee a on a.id = s.attendee_id left join credential c on c.id = s.credential_id"
            + " left join credential_type t on t.id = c.type_id";
    private static final String SYNC_CREDENTIALS = "select c.id, c.number, c.type_id, c.status, c.signature,"
            + " a.id as holder_id, a.name, a.category, a.delegation, a.unit, a.title, a.status as holder_status"
            + " from credential c left join attendee a on a.id = c.attendee_id where c.meeting_id = ?";

    // ---- redeem ----

    /** Everything one redeem reads, or empty if the point is not one of the meeting's. */
    public Optional<Redeem> redeem(Connection connection, UUID meetingId, UUID listId, UUID credentialId,
            UUID attendeeId, byte[] deviceTokenHash) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(REDEEM)) {
            query.setObject(1, credentialId, Types.OTHER);
            query.setObject(2, attendeeId, Types.OTHER);
            query.setBytes(3, deviceTokenHash);
            query.setObject(4, listId);
            query.setObject(5, meetingId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Credential credential = row.getObject("credential_id") == null ? null : new Credential(
                        row.getObject("credential_id", UUID.class), row.getObject("holder_id", UUID.class),
                        row.getString("number"), row.getObject("type_id", UUID.class), row.getString("type_name"),
                        row.getString("colour"), "REVOKED".equals(row.getString("credential_status")),
                        row.getBytes("signature"));
                Person person = row.getObject("attendee_id") == null ? null : person(row);
                Device device = row.getObject("device_id") == null ? null : device(row);
                return Optional.of(new Redeem(point(row), credential, person, device));
            }
        }
    }

    /**
     * Moves the holder through the point if the rule's outcomes allow, atomically, and records the scan: its
     * result ("ok" or the outcome's refusal), or nothing if the nonce was recorded before.
     */
    public Optional<String> moveAndRecord(Connection connection, Scan scan, CheckInRules.Outcomes outcomes)
            throws SQLException {
        boolean entry = scan.direction() == CheckInRules.CheckInDirection.ENTRY;
        try (PreparedStatement statement = connection.prepareStatement(entry ? ENTER_AND_RECORD : LEAVE_AND_RECORD)) {
            int i = 1;
            if (entry) {
                statement.setObject(i++, scan.listId());
                statement.setObject(i++, scan.attendeeId());
                statement.setObject(i++, scan.scannedAt());
                statement.setObject(i++, scan.scannedAt());
            } else {
                statement.setObject(i++, scan.scannedAt());
                statement.setObject(i++, scan.listId());
                statement.setObject(i++, scan.attendeeId());
            }
            statement.setBoolean(i++, outcomes.allowedWhenInside());
            statement.setBoolean(i++, outcomes.allowedWhenOutside());
            statement.setObject(i++, scan.id());
            statement.setObject(i++, scan.meetingId());
            statement.setString(i++, scan.nonce());
            statement.setObject(i++, scan.listId());
            statement.setObject(i++, scan.attendeeId());
            statement.setObject(i++, scan.credentialId(), Types.OTHER);
            statement.setString(i++, outcomes.refusal().code());
            statement.setObject(i++, scan.scannedAt());
            statement.setObject(i++, scan.receivedAt());
            statement.setObject(i++, scan.device() == null ? null : scan.device().id(), Types.OTHER);
            statement.setString(i++, scan.device() == null ? null : scan.device().name());
            statement.setString(i++, scan.operator());
            statement.setString(i, scan.method());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getString("result")) : Optional.empty();
            }
        }
    }

    /** Records a scan as it is; false if its nonce was recorded before. */
    public boolean record(Connection connection, Scan scan) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
            bindScan(insert, scan);
            return insert.executeUpdate() == 1;
        }
    }

    /** Locks where someone stands on a point; null if they were never there. */
    public CheckInRules.Presence lockPresence(Connection connection, UUID listId, UUID attendeeId)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(PRESENCE_FOR_UPDATE)) {
            lock.setObject(1, listId);
            lock.setObject(2, attendeeId);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() ? new CheckInRules.Presence(row.getBoolean("inside"), row.getInt("entries")) : null;
            }
        }
    }

    /** Records an entry that already happened (offline), whatever the presence was. */
    public void forceEnter(Connection connection, UUID listId, UUID attendeeId, OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement enter = connection.prepareStatement(FORCE_ENTER)) {
            enter.setObject(1, listId);
            enter.setObject(2, attendeeId);
            enter.setObject(3, at);
            enter.setObject(4, at);
            enter.executeUpdate();
        }
    }

    /** Records an exit that already happened (offline). */
    public void forceLeave(Connection connection, UUID listId, UUID attendeeId, OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement leave = connection.prepareStatement(LEAVE)) {
            leave.setObject(1, at);
            leave.setObject(2, listId);
            leave.setObject(3, attendeeId);
            leave.executeUpdate();
        }
    }

    /** The scan recorded under a nonce. */
    public Optional<Recorded> byNonce(Connection connection, UUID meetingId, String nonce) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select " + RECORDED_COLUMNS + RECORDED_FROM
                + " where s.meeting_id = ? and s.nonce = ?")) {
            query.setObject(1, meetingId);
            query.setString(2, nonce);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(recorded(row)) : Optional.empty();
            }
        }
    }

    // ---- offline uploads ----

    /** The meeting's points among these ids. */
    public Map<UUID, Point> points(Connection connection, UUID meetingId, Collection<UUID> ids) throws SQLException {
        Map<UUID, Point> points = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select " + POINT_COLUMNS
                + " from checkin_list l where l.meeting_id = ? and l.id = any(?)")) {
            query.setObject(1, meetingId);
            query.setArray(2, uuids(connection, ids));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Point point = point(row);
                    points.put(point.id(), point);
                }
            }
        }
        return points;
    }

    /** The scans already recorded under these nonces, by nonce. */
    public Map<String, Recorded> byNonces(Connection connection, UUID meetingId, Collection<String> nonces)
            throws SQLException {
        Map<String, Recorded> recorded = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select " + RECORDED_COLUMNS + RECORDED_FROM
                + " where s.meeting_id = ? and s.nonce = any(?)")) {
            query.setObject(1, meetingId);
            query.setArray(2, connection.createArrayOf("varchar", nonces.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Recorded scan = recorded(row);
                    recorded.put(scan.nonce(), scan);
                }
            }
        }
        return recorded;
    }

    /** The meeting's credentials among these ids. */
    public Map<UUID, Credential> credentials(Connection connection, UUID meetingId, Collection<UUID> ids)
            throws SQLException {
        Map<UUID, Credential> credentials = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select c.id, c.attendee_id, c.number, c.type_id,"
                + " c.status, c.signature, t.name as type_name, t.colour from credential c"
                + " join credential_type t on t.id = c.type_id where c.meeting_id = ? and c.id = any(?)")) {
            query.setObject(1, meetingId);
            query.setArray(2, uuids(connection, ids));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject("id", UUID.class);
                    credentials.put(id, new Credential(id, row.getObject("attendee_id", UUID.class),
                            row.getString("number"), row.getObject("type_id", UUID.class), row.getString("type_name"),
                            row.getString("colour"), "REVOKED".equals(row.getString("status")),
                            row.getBytes("signature")));
                }
            }
        }
        return credentials;
    }

    /** The meeting's attendees among these ids. */
    public Map<UUID, Person> people(Connection connection, UUID meetingId, Collection<UUID> ids) throws SQLException {
        Map<UUID, Person> people = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select a.id as attendee_id, a.name as"
                + " attendee_name, a.category, a.delegation, a.unit, a.title, a.status as attendee_status"
                + " from attendee a where a.meeting_id = ? and a.id = any(?)")) {
            query.setObject(1, meetingId);
            query.setArray(2, uuids(connection, ids));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Person person = person(row);
                    people.put(person.id(), person);
                }
            }
        }
        return people;
    }

    /**
     * Locks the presence rows of these people on these points, in a fixed order (so that two uploads cannot
     * deadlock), and returns them by "list/attendee"; live check-ins of those people wait for the upload.
     */
    public Map<String, CheckInRules.Presence> lockPresence(Connection connection, Collection<UUID> lists,
            Collection<UUID> people) throws SQLException {
        Map<String, CheckInRules.Presence> presence = new HashMap<>();
        if (people.isEmpty()) {
            return presence;
        }
        try (PreparedStatement query = connection.prepareStatement("select list_id, attendee_id, inside, entries"
                + " from checkin_presence where list_id = any(?) and attendee_id = any(?)"
                + " order by list_id, attendee_id for update")) {
            query.setArray(1, uuids(connection, lists));
            query.setArray(2, uuids(connection, people));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    presence.put(presenceKey(row.getObject("list_id", UUID.class),
                            row.getObject("attendee_id", UUID.class)),
                            new CheckInRules.Presence(row.getBoolean("inside"), row.getInt("entries")));
                }
            }
        }
        return presence;
    }

    public static String presenceKey(UUID listId, UUID attendeeId) {
        return listId + "/" + attendeeId;
    }

    /** Records many scans, batched. Nonces must be new (the caller has checked). */
    public void recordAll(Connection connection, List<Scan> scans) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into checkin_scan " + SCAN_COLUMNS
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Scan scan : scans) {
                bindScan(insert, scan);
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Writes where people stand (a new row, or the new presence; the first entry's time is kept). */
    public void writePresence(Connection connection, Collection<Standing> standings) throws SQLException {
        if (standings.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("insert into checkin_presence (list_id,"
                + " attendee_id, inside, entries, first_entry_at, last_change_at) values (?, ?, ?, ?, ?, ?)"
                + " on conflict (list_id, attendee_id) do update set inside = excluded.inside,"
                + " entries = excluded.entries, last_change_at = excluded.last_change_at")) {
            for (Standing standing : standings) {
                bindStanding(upsert, standing);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    // ---- the record of scans ----

    /** Locks a scan of the meeting, for annulling it. */
    public Optional<Recorded> lockScan(Connection connection, UUID meetingId, UUID scanId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select " + RECORDED_COLUMNS + RECORDED_FROM
                + " where s.id = ? and s.meeting_id = ? for update of s")) {
            query.setObject(1, scanId);
            query.setObject(2, meetingId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(recorded(row)) : Optional.empty();
            }
        }
    }

    /** Marks a scan annulled. */
    public void annul(Connection connection, UUID scanId, OffsetDateTime at, String actor, String reason)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update checkin_scan set annulled_at = ?,"
                + " annulled_by = ?, annul_reason = ? where id = ?")) {
            update.setObject(1, at);
            update.setString(2, actor);
            update.setString(3, reason);
            update.setObject(4, scanId);
            update.executeUpdate();
        }
    }

    /** The admitted, not annulled moves of someone through a point, in the order they were made. */
    public List<Move> admittedMoves(Connection connection, UUID listId, UUID attendeeId) throws SQLException {
        List<Move> moves = new ArrayList<>();
        try (PreparedStatement scans = connection.prepareStatement("select direction, scanned_at from checkin_scan"
                + " where list_id = ? and attendee_id = ? and result = 'ok' and annulled_at is null"
                + " order by scanned_at, received_at")) {
            scans.setObject(1, listId);
            scans.setObject(2, attendeeId);
            try (ResultSet row = scans.executeQuery()) {
                while (row.next()) {
                    moves.add(new Move(CheckInRules.CheckInDirection.valueOf(row.getString("direction")),
                            row.getObject("scanned_at", OffsetDateTime.class)));
                }
            }
        }
        return moves;
    }

    /** Replaces where someone stands (null: they were never there). */
    public void replacePresence(Connection connection, UUID listId, UUID attendeeId, Standing standing)
            throws SQLException {
        if (standing == null) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from checkin_presence where list_id = ? and attendee_id = ?")) {
                delete.setObject(1, listId);
                delete.setObject(2, attendeeId);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("insert into checkin_presence (list_id,"
                + " attendee_id, inside, entries, first_entry_at, last_change_at) values (?, ?, ?, ?, ?, ?)"
                + " on conflict (list_id, attendee_id) do update set inside = excluded.inside,"
                + " entries = excluded.entries, first_entry_at = excluded.first_entry_at,"
                + " last_change_at = excluded.last_change_at")) {
            bindStanding(upsert, standing);
            upsert.executeUpdate();
        }
    }

    /** A point of the meeting by id. */
    public Optional<Point> point(Connection connection, UUID meetingId, UUID listId) throws SQLException {
        return Optional.ofNullable(points(connection, meetingId, List.of(listId)).get(listId));
    }

    /** Scans of a meeting, newest first; only conflicts, or only one list or person, when given. */
    public List<Recorded> scans(Connection connection, UUID meetingId, UUID listId, UUID attendeeId,
            boolean conflictsOnly, int limit, long offset) throws SQLException {
        List<Recorded> scans = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select " + RECORDED_COLUMNS + RECORDED_FROM
                + scanFilter(listId, attendeeId, conflictsOnly)
                + " order by s.scanned_at desc, s.id limit ? offset ?")) {
            int i = bindScanFilter(query, meetingId, listId, attendeeId);
            query.setInt(i++, limit);
            query.setLong(i, offset);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    scans.add(recorded(row));
                }
            }
        }
        return scans;
    }

    public long countScans(Connection connection, UUID meetingId, UUID listId, UUID attendeeId,
            boolean conflictsOnly) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) as scans from checkin_scan s"
                + scanFilter(listId, attendeeId, conflictsOnly))) {
            bindScanFilter(query, meetingId, listId, attendeeId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong("scans");
            }
        }
    }

    private static String scanFilter(UUID listId, UUID attendeeId, boolean conflictsOnly) {
        return " where s.meeting_id = ?" + (listId != null ? " and s.list_id = ?" : "")
                + (attendeeId != null ? " and s.attendee_id = ?" : "")
                + (conflictsOnly ? " and s.conflict is not null" : "");
    }

    private static int bindScanFilter(PreparedStatement query, UUID meetingId, UUID listId, UUID attendeeId)
            throws SQLException {
        int i = 1;
        query.setObject(i++, meetingId);
        if (listId != null) {
            query.setObject(i++, listId);
        }
        if (attendeeId != null) {
            query.setObject(i++, attendeeId);
        }
        return i;
    }

    // ---- finding people at the desk ----

    /**
     * Active attendees by a part of the name (middle dots ignored), the start of the pinyin or its initials, or the
     * start of a credential number; at most {@code limit}, in stroke order.
     */
    public List<Found> find(Connection connection, UUID meetingId, String namePart, String latin, String number,
            int limit) throws SQLException {
        String like = "%" + namePart.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<Found> found = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement("select a.id, a.name, a.pinyin, a.category,"
                + " a.delegation, a.unit, a.title from attendee a where a.meeting_id = ? and a.status = 'ACTIVE'"
                + " and (replace(a.name, '" + PersonName.MIDDLE_DOT + "', '') like ? escape '!'"
                + " or (? <> '' and (a.pinyin like ? or a.pinyin_initials like ?))"
                + " or (? <> '' and exists (select 1 from credential c where c.attendee_id = a.id"
                + " and c.number like ?))) order by a.stroke_key limit ?")) {
            find.setObject(1, meetingId);
            find.setString(2, like);
            find.setString(3, latin);
            find.setString(4, latin + "%");
            find.setString(5, latin + "%");
            find.setString(6, number);
            find.setString(7, number + "%");
            find.setInt(8, limit);
            try (ResultSet row = find.executeQuery()) {
                while (row.next()) {
                    found.add(new Found(row.getObject("id", UUID.class), row.getString("name"),
                            row.getString("pinyin"), Category.valueOf(row.getString("category")),
                            row.getString("delegation"), row.getString("unit"), row.getString("title")));
                }
            }
        }
        return found;
    }

    public void credentialsOf(Connection connection, Collection<UUID> attendeeIds, Consumer<FoundCredential> sink)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select c.attendee_id, c.id, c.number,"
                + " t.name as type_name, c.status from credential c join credential_type t on t.id = c.type_id"
                + " where c.attendee_id = any(?) order by c.number")) {
            query.setArray(1, uuids(connection, attendeeIds));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    sink.accept(new FoundCredential(row.getObject("attendee_id", UUID.class),
                            row.getObject("id", UUID.class), row.getString("number"), row.getString("type_name"),
                            row.getString("status")));
                }
            }
        }
    }

    public void presenceOf(Connection connection, Collection<UUID> attendeeIds, Consumer<FoundPresence> sink)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select p.attendee_id, l.id as list_id,"
                + " l.name as list_name, p.inside, p.entries from checkin_presence p"
                + " join checkin_list l on l.id = p.list_id where p.attendee_id = any(?) order by l.name")) {
            query.setArray(1, uuids(connection, attendeeIds));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    sink.accept(new FoundPresence(row.getObject("attendee_id", UUID.class),
                            row.getObject("list_id", UUID.class), row.getString("list_name"),
                            row.getBoolean("inside"), row.getInt("entries")));
                }
            }
        }
    }

    // ---- devices ----

    public void insertDevice(Connection connection, Device device, byte[] tokenHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into checkin_device (id, meeting_id,"
                + " name, list_ids, token_hash, registered_at, registered_by, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setObject(1, device.id());
            insert.setObject(2, device.meetingId());
            insert.setString(3, device.name());
            insert.setArray(4, uuids(connection, device.listIds()));
            insert.setBytes(5, tokenHash);
            insert.setObject(6, device.registeredAt());
            insert.setString(7, device.registeredBy());
            insert.executeUpdate();
        }
    }

    public Optional<Device> device(Connection connection, UUID meetingId, UUID id, boolean lock)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select " + DEVICE_COLUMNS
                + " from checkin_device d where d.id = ? and d.meeting_id = ?" + (lock ? " for update" : ""))) {
            query.setObject(1, id);
            query.setObject(2, meetingId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(device(row)) : Optional.empty();
            }
        }
    }

    public Optional<Device> deviceByToken(Connection connection, UUID meetingId, byte[] tokenHash)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select " + DEVICE_COLUMNS
                + " from checkin_device d where d.token_hash = ? and d.meeting_id = ?")) {
            query.setBytes(1, tokenHash);
            query.setObject(2, meetingId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(device(row)) : Optional.empty();
            }
        }
    }

    public List<Device> devices(Connection connection, UUID meetingId) throws SQLException {
        List<Device> devices = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select " + DEVICE_COLUMNS
                + " from checkin_device d where d.meeting_id = ? order by d.name")) {
            query.setObject(1, meetingId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    devices.add(device(row));
                }
            }
        }
        return devices;
    }

    /** Changes a device's name and lists; false if its version is not the one given. */
    public boolean updateDevice(Connection connection, UUID id, long expectedVersion, String name, Set<UUID> lists)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update checkin_device set name = ?,"
                + " list_ids = ?, version = version + 1 where id = ? and version = ?")) {
            update.setString(1, name);
            update.setArray(2, uuids(connection, lists));
            update.setObject(3, id);
            update.setLong(4, expectedVersion);
            return update.executeUpdate() == 1;
        }
    }

    public void revokeDevice(Connection connection, UUID id, OffsetDateTime at, String actor, String reason)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update checkin_device set revoked_at = ?,"
                + " revoked_by = ?, revoke_reason = ?, version = version + 1 where id = ?")) {
            update.setObject(1, at);
            update.setString(2, actor);
            update.setString(3, reason);
            update.setObject(4, id);
            update.executeUpdate();
        }
    }

    public void deviceSeen(Connection connection, UUID id, OffsetDateTime at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update checkin_device set last_seen_at = ? where id = ?")) {
            update.setObject(1, at);
            update.setObject(2, id);
            update.executeUpdate();
        }
    }

    /** Whether a device name is taken in the meeting by another device. */
    public boolean deviceNameTaken(Connection connection, UUID meetingId, String name, UUID except)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from checkin_device"
                + " where meeting_id = ? and name = ? and id is distinct from ?")) {
            query.setObject(1, meetingId);
            query.setString(2, name);
            query.setObject(3, except, Types.OTHER);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    // ---- what devices download ----

    /**
     * The download cursor: the oldest transaction still running now. Every change made by an older transaction is
     * committed (or rolled back) and visible to what is read next; changes of this one and newer are sent again at
     * the next download.
     */
    public String syncHorizon(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select pg_snapshot_xmin(pg_current_snapshot())::text as horizon");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString("horizon");
        }
    }

    /** The meeting's credentials, all or those changed by transactions from {@code since} on. */
    public void syncCredentials(Connection connection, UUID meetingId, String since, Consumer<SyncedCredential> sink)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SYNC_CREDENTIALS
                + (since == null ? "" : " and c.sync_txid >= ?::xid8") + " order by c.number")) {
            query.setObject(1, meetingId);
            if (since != null) {
                query.setString(2, since);
            }
            query.setFetchSize(1000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    UUID holder = row.getObject("holder_id", UUID.class);
                    sink.accept(new SyncedCredential(row.getObject("id", UUID.class), row.getString("number"),
                            row.getObject("type_id", UUID.class), row.getString("status"), holder,
                            row.getString("name"), holder == null ? null : Category.valueOf(row.getString("category")),
                            row.getString("delegation"), row.getString("unit"), row.getString("title"),
                            holder == null ? null : AttendeeStatus.valueOf(row.getString("holder_status")),
                            row.getBytes("signature")));
                }
            }
        }
    }

    public List<SyncedType> syncTypes(Connection connection, UUID meetingId) throws SQLException {
        List<SyncedType> types = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select id, name, colour from credential_type"
                + " where meeting_id = ? order by name")) {
            query.setObject(1, meetingId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    types.add(new SyncedType(row.getObject("id", UUID.class), row.getString("name"),
                            row.getString("colour")));
                }
            }
        }
        return types;
    }

    // ---- rows ----

    private static Point point(ResultSet row) throws SQLException {
        return new Point(row.getObject("list_id", UUID.class), row.getString("list_name"),
                CheckInListKind.valueOf(row.getString("list_kind")), new CheckInRules.Point(
                        CredentialMapping.categorySet(row.getString("list_categories")),
                        row.getObject("opens_at", OffsetDateTime.class),
                        row.getObject("closes_at", OffsetDateTime.class),
                        row.getBoolean("allow_reentry"), row.getBoolean("track_exit"),
                        credentialTypes(row.getString("credential_types"))),
                row.getBoolean("allow_on_behalf"), row.getObject("list_session_id", UUID.class));
    }

    private static Person person(ResultSet row) throws SQLException {
        return new Person(row.getObject("attendee_id", UUID.class), row.getString("attendee_name"),
                Category.valueOf(row.getString("category")), row.getString("delegation"), row.getString("unit"),
                row.getString("title"), AttendeeStatus.valueOf(row.getString("attendee_status")));
    }

    private static Device device(ResultSet row) throws SQLException {
        UUID[] lists = (UUID[]) row.getArray("list_ids").getArray();
        return new Device(row.getObject("device_id", UUID.class), row.getObject("device_meeting_id", UUID.class),
                row.getString("device_name"), new LinkedHashSet<>(Arrays.asList(lists)),
                row.getObject("registered_at", OffsetDateTime.class), row.getString("registered_by"),
                row.getObject("revoked_at", OffsetDateTime.class), row.getString("revoked_by"),
                row.getString("revoke_reason"), row.getObject("last_seen_at", OffsetDateTime.class),
                row.getLong("device_version"));
    }

    private static Recorded recorded(ResultSet row) throws SQLException {
        String category = row.getString("category");
        return new Recorded(row.getObject("scan_id", UUID.class), row.getString("nonce"),
                row.getObject("list_id", UUID.class), row.getString("list_name"),
                row.getObject("attendee_id", UUID.class), row.getString("attendee_name"),
                category == null ? null : Category.valueOf(category), row.getString("delegation"),
                row.getString("unit"), row.getString("title"), row.getObject("credential_id", UUID.class),
                row.getString("number"), row.getString("type_name"), row.getString("colour"),
                CheckInRules.CheckInDirection.valueOf(row.getString("direction")), row.getString("result"),
                row.getString("conflict"), row.getString("method"), row.getBoolean("offline"),
                row.getObject("device_id", UUID.class), row.getString("device"),
                row.getString("operator"), row.getObject("scanned_at", OffsetDateTime.class),
                row.getObject("received_at", OffsetDateTime.class), row.getObject("annulled_at", OffsetDateTime.class),
                row.getString("annulled_by"), row.getString("annul_reason"));
    }

    /** The credential types a point accepts, kept as comma-separated ids; null accepts any. */
    public static Set<UUID> credentialTypes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<UUID> types = new LinkedHashSet<>();
        for (String id : text.split(",")) {
            types.add(UUID.fromString(id.strip()));
        }
        return types;
    }

    public static String credentialTypesText(Collection<UUID> types) {
        if (types == null || types.isEmpty()) {
            return null;
        }
        return String.join(",", types.stream().map(UUID::toString).sorted().toList());
    }

    private static void bindScan(PreparedStatement insert, Scan scan) throws SQLException {
        insert.setObject(1, scan.id());
        insert.setObject(2, scan.meetingId());
        insert.setString(3, scan.nonce());
        insert.setObject(4, scan.listId());
        insert.setObject(5, scan.attendeeId(), Types.OTHER);
        insert.setObject(6, scan.credentialId(), Types.OTHER);
        insert.setString(7, scan.direction().name());
        insert.setString(8, scan.result());
        insert.setObject(9, scan.scannedAt());
        insert.setObject(10, scan.receivedAt());
        insert.setBoolean(11, scan.offline());
        insert.setString(12, scan.conflict());
        insert.setObject(13, scan.device() == null ? null : scan.device().id(), Types.OTHER);
        insert.setString(14, scan.device() == null ? null : scan.device().name());
        insert.setString(15, scan.operator());
        insert.setString(16, scan.method());
    }

    private static void bindStanding(PreparedStatement upsert, Standing standing) throws SQLException {
        upsert.setObject(1, standing.listId());
        upsert.setObject(2, standing.attendeeId());
        upsert.setBoolean(3, standing.presence().inside());
        upsert.setInt(4, standing.presence().entries());
        upsert.setObject(5, standing.firstEntryAt());
        upsert.setObject(6, standing.lastChangeAt());
    }

    private static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }
}
