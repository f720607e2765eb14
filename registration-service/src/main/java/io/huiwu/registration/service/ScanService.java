package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.registration.api.ScanView;
import io.huiwu.registration.api.SearchHitView;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.domain.PersonName;
import io.huiwu.registration.domain.CheckInRules;
import io.huiwu.registration.event.CheckInEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The record of scans: reading it, annulling a check-in made by mistake, and finding people at the desk. */
@ApplicationScoped
public class ScanService {

    /** How long the device that scanned may take back its own check-in. */
    public static final Duration ANNUL_WINDOW = Duration.ofMinutes(15);

    private static final String SCAN_COLUMNS = "s.id, s.nonce, s.list_id, s.attendee_id, a.name, s.credential_id,"
            + " s.direction, s.result, s.conflict, s.method, s.offline, s.device, s.operator, s.scanned_at,"
            + " s.received_at, s.annulled_at, s.annulled_by, s.annul_reason";

    private final AgroalDataSource dataSource;
    private final CheckInEvents events;
    private final CheckInSignals signals;
    private final MeetingService meetings;

    public ScanService(AgroalDataSource dataSource, CheckInEvents events, CheckInSignals signals,
            MeetingService meetings) {
        this.dataSource = dataSource;
        this.events = events;
        this.signals = signals;
        this.meetings = meetings;
    }

    /**
     * Takes back an admitted scan: the device that made it may within {@link #ANNUL_WINDOW}, an organizer at any
     * time. The scan stays on record with who annulled it and why; the holder's presence is worked out again
     * from the scans that remain.
     */
    @Transactional
    public ScanView annul(UUID meetingId, UUID scanId, String reason, String device, String actor,
            boolean organizer) {
        meetings.require(meetingId);
        try (Connection connection = dataSource.getConnection()) {
            ScanView scan;
            try (PreparedStatement query = connection.prepareStatement("select " + SCAN_COLUMNS
                    + " from checkin_scan s left join attendee a on a.id = s.attendee_id"
                    + " where s.id = ? and s.meeting_id = ? for update of s")) {
                query.setObject(1, scanId);
                query.setObject(2, meetingId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw ProblemException.notFound(RecordNames.SCAN, scanId);
                    }
                    scan = scan(row);
                }
            }
            if (scan.annulledAt() != null) {
                throw ProblemException.conflict(Message.of("This check-in was already annulled by {0}",
                        "该签到已由 {0} 撤销", scan.annulledBy()));
            }
            if (!"ok".equals(scan.result())) {
                throw ProblemException.conflict(Message.of(
                        "Only an admitted scan can be annulled; this one was refused ({0})",
                        "只能撤销已放行的签到；该次签到被拒绝（{0}）", scan.result()));
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            boolean ownRecent = device != null && device.equals(scan.device())
                    && !now.isAfter(scan.receivedAt().plus(ANNUL_WINDOW));
            if (!organizer && !ownRecent) {
                throw new ProblemException(ProblemType.FORBIDDEN, Message.of(
                        "Only the device that made the scan may annul it, within {0} minutes; after that ask an"
                                + " organizer", "只有扫码的设备可在 {0} 分钟内撤销；超时请联系组织者",
                        ANNUL_WINDOW.toMinutes()));
            }
            try (PreparedStatement update = connection.prepareStatement("update checkin_scan set annulled_at = ?,"
                    + " annulled_by = ?, annul_reason = ? where id = ?")) {
                update.setObject(1, now);
                update.setString(2, actor);
                update.setString(3, reason.strip());
                update.setObject(4, scanId);
                update.executeUpdate();
            }
            replayPresence(connection, scan.listId(), scan.attendeeId());
            signals.changedOnCommit(scan.listId());
            if (scan.direction() == CheckInRules.CheckInDirection.ENTRY) {
                try (PreparedStatement list = connection.prepareStatement(
                        "select name, kind from checkin_list where id = ?")) {
                    list.setObject(1, scan.listId());
                    try (ResultSet row = list.executeQuery()) {
                        row.next();
                        events.annulled(new CheckInEvents.CheckIn(scanId, meetingId, scan.attendeeId(), scan.listId(),
                                row.getString(1), row.getString(2), scan.scannedAt(), scan.method(), scan.offline()));
                    }
                }
            }
            return new ScanView(scan.id(), scan.nonce(), scan.listId(), scan.attendeeId(), scan.attendeeName(),
                    scan.credentialId(), scan.direction(), scan.result(), scan.conflict(), scan.method(),
                    scan.offline(), scan.device(), scan.operator(), scan.scannedAt(), scan.receivedAt(), now, actor,
                    reason.strip());
        } catch (SQLException e) {
            throw new IllegalStateException("could not annul the scan", e);
        }
    }

    /** Scans of a meeting, newest first; only conflicts, or only one list or person, on request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ScanView> list(UUID meetingId, UUID listId, UUID attendeeId, boolean conflictsOnly, int page,
            int size) {
        meetings.require(meetingId);
        StringBuilder where = new StringBuilder(" from checkin_scan s left join attendee a on a.id = s.attendee_id"
                + " where s.meeting_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(meetingId));
        if (listId != null) {
            where.append(" and s.list_id = ?");
            parameters.add(listId);
        }
        if (attendeeId != null) {
            where.append(" and s.attendee_id = ?");
            parameters.add(attendeeId);
        }
        if (conflictsOnly) {
            where.append(" and s.conflict is not null");
        }
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = prepare(connection, "select count(*)" + where, parameters);
                    ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
            List<ScanView> items = new ArrayList<>();
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(size);
            paged.add((long) page * size);
            try (PreparedStatement query = prepare(connection, "select " + SCAN_COLUMNS + where
                    + " order by s.scanned_at desc, s.id limit ? offset ?", paged);
                    ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    items.add(scan(row));
                }
            }
            return new PageResult<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the scans", e);
        }
    }

    /**
     * Finds people for a manual check-in at the desk: by any part of the name, the start of its pinyin or pinyin
     * initials, or the start of a credential number. At most 500, with their credentials and where they stand.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SearchHitView> search(UUID meetingId, String text) {
        meetings.require(meetingId);
        String query = text.strip();
        NameCollation.Search search = NameCollation.search(query);
        String latin = search.latin();
        String number = query.toUpperCase().replaceAll("[^A-Z0-9]", "");
        String like = "%" + search.name().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        Map<UUID, SearchHitView> hits = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement find = connection.prepareStatement("select a.id, a.name, a.pinyin, a.category,"
                    + " a.delegation, a.unit, a.title from attendee a where a.meeting_id = ? and a.status = 'ACTIVE'"
                    + " and (replace(a.name, '" + PersonName.MIDDLE_DOT + "', '') like ? escape '!'"
                    + " or (? <> '' and (a.pinyin like ? or a.pinyin_initials like ?))"
                    + " or (? <> '' and exists (select 1 from credential c where c.attendee_id = a.id"
                    + " and c.number like ?))) order by a.stroke_key limit 500")) {
                find.setObject(1, meetingId);
                find.setString(2, like);
                find.setString(3, latin);
                find.setString(4, latin + "%");
                find.setString(5, latin + "%");
                find.setString(6, number);
                find.setString(7, number + "%");
                try (ResultSet row = find.executeQuery()) {
                    while (row.next()) {
                        UUID id = row.getObject(1, UUID.class);
                        hits.put(id, new SearchHitView(id, row.getString(2), row.getString(3),
                                Category.valueOf(row.getString(4)), row.getString(5), row.getString(6),
                                row.getString(7), new ArrayList<>(), new ArrayList<>()));
                    }
                }
            }
            if (hits.isEmpty()) {
                return List.of();
            }
            var ids = connection.createArrayOf("uuid", hits.keySet().toArray());
            try (PreparedStatement credentials = connection.prepareStatement("select c.attendee_id, c.id, c.number,"
                    + " t.name, c.status from credential c join credential_type t on t.id = c.type_id"
                    + " where c.attendee_id = any(?) order by c.number")) {
                credentials.setArray(1, ids);
                try (ResultSet row = credentials.executeQuery()) {
                    while (row.next()) {
                        hits.get(row.getObject(1, UUID.class)).credentials().add(new SearchHitView.Pass(
                                row.getObject(2, UUID.class), row.getString(3), row.getString(4), row.getString(5)));
                    }
                }
            }
            try (PreparedStatement presence = connection.prepareStatement("select p.attendee_id, l.id, l.name,"
                    + " p.inside, p.entries from checkin_presence p join checkin_list l on l.id = p.list_id"
                    + " where p.attendee_id = any(?) order by l.name")) {
                presence.setArray(1, ids);
                try (ResultSet row = presence.executeQuery()) {
                    while (row.next()) {
                        hits.get(row.getObject(1, UUID.class)).presence().add(new SearchHitView.Presence(
                                row.getObject(2, UUID.class), row.getString(3), row.getBoolean(4), row.getInt(5)));
                    }
                }
            }
            return List.copyOf(hits.values());
        } catch (SQLException e) {
            throw new IllegalStateException("could not search", e);
        }
    }

    /** Works out where someone stands on a list from the admitted, not annulled scans, in the order made. */
    private static void replayPresence(Connection connection, UUID listId, UUID attendeeId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select 1 from checkin_presence"
                + " where list_id = ? and attendee_id = ? for update")) {
            lock.setObject(1, listId);
            lock.setObject(2, attendeeId);
            lock.executeQuery().close();
        }
        CheckInRules.Presence presence = null;
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        try (PreparedStatement scans = connection.prepareStatement("select direction, scanned_at from checkin_scan"
                + " where list_id = ? and attendee_id = ? and result = 'ok' and annulled_at is null"
                + " order by scanned_at, received_at")) {
            scans.setObject(1, listId);
            scans.setObject(2, attendeeId);
            try (ResultSet row = scans.executeQuery()) {
                while (row.next()) {
                    CheckInRules.CheckInDirection direction = CheckInRules.CheckInDirection.valueOf(row.getString(1));
                    if (direction == CheckInRules.CheckInDirection.EXIT && presence == null) {
                        continue;
                    }
                    presence = CheckInRules.after(presence, direction);
                    last = row.getObject(2, OffsetDateTime.class);
                    if (first == null) {
                        first = last;
                    }
                }
            }
        }
        if (presence == null) {
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
            upsert.setObject(1, listId);
            upsert.setObject(2, attendeeId);
            upsert.setBoolean(3, presence.inside());
            upsert.setInt(4, presence.entries());
            upsert.setObject(5, first);
            upsert.setObject(6, last);
            upsert.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static ScanView scan(ResultSet row) throws SQLException {
        return new ScanView(row.getObject(1, UUID.class), row.getString(2), row.getObject(3, UUID.class),
                row.getObject(4, UUID.class), row.getString(5), row.getObject(6, UUID.class),
                CheckInRules.CheckInDirection.valueOf(row.getString(7)), row.getString(8), row.getString(9),
                row.getString(10), row.getBoolean(11), row.getString(12), row.getString(13),
                row.getObject(14, OffsetDateTime.class), row.getObject(15, OffsetDateTime.class),
                row.getObject(16, OffsetDateTime.class), row.getString(17), row.getString(18));
    }
}
