package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.ids.FastIds;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.RedeemAnswer;
import io.huiwu.registration.api.RedeemRequest;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CheckInListKind;
import io.huiwu.registration.domain.CheckInRules;
import io.huiwu.registration.domain.CredentialPayload;
import io.huiwu.registration.event.CheckInEvents;
import io.huiwu.registration.mapping.CredentialMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Check-in at the door, modelled on pretix's redeem: the app sends the scanned code, the point, entry or exit, a
 * nonce and the time of the scan; the answer is ok or a refusal with a reason ({@link CheckInRules}). Every scan is
 * recorded, refused ones too. The same nonce is the same scan: it is recorded once and answered the same way.
 *
 * <p>This is the hot path of the service, so it is plain SQL in one transaction: one query for the credential
 * and its holder, one for the point, an atomic upsert of the holder's presence (which is what admits a
 * credential exactly once when a hundred devices scan it at the same moment), the scan, and the event.
 */
@ApplicationScoped
public class CheckInService {

    /** How far ahead of the server's clock a device's scan time may be. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);

    private static final String HOLDER_BY_CREDENTIAL = "select c.id, c.status, c.number, t.name, t.colour,"
            + " a.id, a.status, a.category, a.name, a.delegation, a.unit, a.title"
            + " from credential c join credential_type t on t.id = c.type_id join attendee a on a.id = c.attendee_id"
            + " where c.id = ? and c.meeting_id = ?";
    private static final String HOLDER_BY_ID = "select null, null, null, null, null,"
            + " a.id, a.status, a.category, a.name, a.delegation, a.unit, a.title"
            + " from attendee a where a.id = ? and a.meeting_id = ?";
    private static final String POINT = "select name, kind, categories, opens_at, closes_at, allow_reentry, track_exit"
            + " from checkin_list where id = ? and meeting_id = ?";
    /** The point and the scanned credential's holder in one round trip; the holder's columns are null if unknown. */
    private static final String POINT_AND_HOLDER = "select l.name, l.kind, l.categories, l.opens_at, l.closes_at,"
            + " l.allow_reentry, l.track_exit, c.id, c.status, c.number, t.name, t.colour,"
            + " a.id, a.status, a.category, a.name, a.delegation, a.unit, a.title"
            + " from checkin_list l left join credential c on c.id = ? and c.meeting_id = l.meeting_id"
            + " left join credential_type t on t.id = c.type_id left join attendee a on a.id = c.attendee_id"
            + " where l.id = ? and l.meeting_id = ?";
    private static final String FORCE_ENTER = "insert into checkin_presence as p (list_id, attendee_id, inside,"
            + " entries, first_entry_at, last_change_at) values (?, ?, true, 1, ?, ?) on conflict (list_id,"
                    + " attendee_id)"
            + " do update set inside = true, entries = p.entries + 1,"
            + " last_change_at = greatest(p.last_change_at, excluded.last_change_at) returning entries";
    private static final String LEAVE = "update checkin_presence set inside = false, last_change_at = ?"
            + " where list_id = ? and attendee_id = ? and inside = true returning entries";
    private static final String PRESENCE_FOR_UPDATE = "select inside, entries from checkin_presence"
            + " where list_id = ? and attendee_id = ? for update";
    private static final String RECORD = "insert into checkin_scan (id, meeting_id, nonce, list_id, attendee_id,"
            + " credential_id, direction, result, scanned_at, received_at, offline, conflict, device, operator, method)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (meeting_id, nonce) do nothing";
    /**
     * Moves the holder and records the scan in one statement: the presence change runs first, and the scan's
     * result says whether it happened. A nonce seen before inserts no scan, and the caller rolls back.
     */
    private static final String ENTER_AND_RECORD = "with moved as (insert into checkin_presence as p (list_id,"
            + " attendee_id, inside, entries, first_entry_at, last_change_at) values (?, ?, true, 1, ?, ?)"
            + " on conflict (list_id, attendee_id) do update set inside = true, entries = p.entries + 1,"
            + " last_change_at = excluded.last_change_at where ? and (not ? or p.inside = false) returning entries)"
            + " insert into checkin_scan (id, meeting_id, nonce, list_id, attendee_id, credential_id, direction,"
                    + " result,"
            + " scanned_at, received_at, offline, conflict, device, operator, method) select ?, ?, ?, ?, ?, ?, 'ENTRY',"
            + " case when exists (select 1 from moved) then 'ok' else 'already_redeemed' end, ?, ?, false, null, ?, ?,"
            + " ? on conflict (meeting_id, nonce) do nothing returning result";
    private static final String LEAVE_AND_RECORD = "with moved as (update checkin_presence set inside = false,"
            + " last_change_at = ? where list_id = ? and attendee_id = ? and inside = true returning entries)"
            + " insert into checkin_scan (id, meeting_id, nonce, list_id, attendee_id, credential_id, direction,"
                    + " result,"
            + " scanned_at, received_at, offline, conflict, device, operator, method) select ?, ?, ?, ?, ?, ?, 'EXIT',"
            + " case when exists (select 1 from moved) then 'ok' else 'not_inside' end, ?, ?, false, null, ?, ?, ?"
            + " on conflict (meeting_id, nonce) do nothing returning result";
    static final String STORED = "select s.id, s.result, s.conflict, s.direction, s.method, s.scanned_at,"
            + " a.id, a.name, a.category, a.delegation, a.unit, a.title, c.id, c.number, t.name, t.colour,"
            + " l.id, l.name from checkin_scan s join checkin_list l on l.id = s.list_id"
            + " left join attendee a on a.id = s.attendee_id left join credential c on c.id = s.credential_id"
            + " left join credential_type t on t.id = c.type_id where s.meeting_id = ? and s.nonce = ?";

    private final AgroalDataSource dataSource;
    private final CredentialPayload payloads;
    private final CheckInEvents events;
    private final CheckInSignals signals;
    private final TransactionSynchronizationRegistry transactions;

    public CheckInService(AgroalDataSource dataSource, CredentialPayload payloads, CheckInEvents events,
            CheckInSignals signals, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.payloads = payloads;
        this.events = events;
        this.signals = signals;
        this.transactions = transactions;
    }

    /** A check-in point's rules and name. */
    record Point(UUID id, String name, CheckInListKind kind, CheckInRules.Point rules) {
    }

    /** The person a scan is about, and their credential when it was a scan. */
    record Holder(RedeemAnswer.Holder holder, AttendeeStatus status, RedeemAnswer.Pass pass, boolean revoked) {
    }

    @Transactional
    public RedeemAnswer redeem(UUID meetingId, RedeemRequest request, String operator) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime at = scanTime(request, now);
        CheckInRules.CheckInDirection direction = request.direction() == null ? CheckInRules.CheckInDirection.ENTRY
                : request.direction();
        try (Connection connection = dataSource.getConnection()) {
            requireOneSubject(request);
            if (request.onBehalf()) {
                requireOnBehalfAllowed(connection, meetingId, request.listId());
            }
            Point point;
            Holder holder;
            if (request.secret() != null) {
                Optional<UUID> credential = payloads.verify(request.secret());
                PointAndHolder found = pointAndHolder(connection, meetingId, request.listId(), credential.orElse(null));
                point = found.point();
                holder = found.holder();
            } else {
                point = point(connection, meetingId, request.listId());
                holder = holder(connection, meetingId, request);
            }
            String method = method(request);

            Optional<CheckInRules.Reason> refusal = holder == null ? Optional.of(CheckInRules.Reason.INVALID)
                    : CheckInRules.admissibility(holder.revoked(), holder.status(), holder.holder().category(),
                            point.rules(), at);
            String conflict = null;
            UUID scanId = FastIds.next();
            boolean recorded;
            if (holder != null && request.offline()) {
                // the device let them through: record the movement, and any disagreement as a conflict
                Optional<CheckInRules.Reason> movement = forceMove(connection, point, holder, direction, at);
                conflict = refusal.or(() -> movement).map(CheckInRules.Reason::code).orElse(null);
                refusal = Optional.empty();
                recorded = record(connection, scanId, meetingId, request, point, holder, direction, "ok", at, now,
                        conflict, operator, method);
            } else if (refusal.isEmpty()
                    && (direction == CheckInRules.CheckInDirection.ENTRY || point.rules().trackExit())) {
                Optional<String> result = moveAndRecord(connection, scanId, meetingId, request, point, holder,
                        direction, at, now, operator, method);
                recorded = result.isPresent();
                refusal = result.filter(code -> !code.equals("ok")).map(CheckInRules.Reason::ofCode);
            } else {
                if (refusal.isEmpty()) {
                    refusal = Optional.of(CheckInRules.Reason.EXITS_NOT_TRACKED);
                }
                if (holder == null && request.offline()) {
                    conflict = CheckInRules.Reason.INVALID.code();
                }
                recorded = record(connection, scanId, meetingId, request, point, holder, direction,
                        refusal.get().code(), at, now, conflict, operator, method);
            }
            if (!recorded) {
                // the same nonce was recorded before: undo what this attempt did and answer as the first time
                transactions.setRollbackOnly();
                return stored(connection, meetingId, request.nonce()).orElseThrow();
            }
            if (refusal.isEmpty()) {
                signals.changedOnCommit(point.id());
                if (direction == CheckInRules.CheckInDirection.ENTRY) {
                    events.checkedIn(new CheckInEvents.CheckIn(scanId, meetingId, holder.holder().id(), point.id(),
                            point.name(), point.kind().name(), at, method, request.offline()));
                }
            }
            return new RedeemAnswer(scanId, refusal.isEmpty() ? "ok" : "refused", refusal.map(CheckInRules.Reason::code)
                    .orElse(null), conflict, direction, method, at, holder == null ? null : holder.holder(),
                    holder == null ? null : holder.pass(), new RedeemAnswer.Point(point.id(), point.name()));
        } catch (SQLException e) {
            throw new IllegalStateException("check-in failed", e);
        }
    }

    /**
     * When the scan happened, in UTC and to the microsecond, as the database keeps it: an answer given again for
     * the same nonce, read from the database, is then the first answer byte for byte.
     */
    static OffsetDateTime scanTime(RedeemRequest request, OffsetDateTime now) {
        if (request.scannedAt() == null) {
            return now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }
        if (request.scannedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw ProblemException.invalidField("scannedAt", Message.of(
                    "is in the future; check the clock of the device", "晚于当前时间；请检查设备时钟"));
        }
        return request.scannedAt().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static String method(RedeemRequest request) {
        if (request.onBehalf()) {
            return "ON_BEHALF";
        }
        return request.attendeeId() != null ? "MANUAL" : "SCAN";
    }

    /** Signing in on someone's behalf (秘书代签) only where the list allows it. */
    static void requireOnBehalfAllowed(Connection connection, UUID meetingId, UUID listId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select name, allow_on_behalf from checkin_list"
                + " where id = ? and meeting_id = ?")) {
            query.setObject(1, listId);
            query.setObject(2, meetingId);
            try (ResultSet row = query.executeQuery()) {
                if (row.next() && !row.getBoolean(2)) {
                    throw ProblemException.conflict(Message.of("The check-in list {0} does not allow signing in on"
                            + " someone's behalf; the person signs in themselves, or an organizer allows it on the"
                            + " list (allowOnBehalf)", "签到点 {0} 不允许代签；请本人签到，或由组织者在签到点设置中允许代签"
                            + "（allowOnBehalf）", row.getString(1)));
                }
            }
        }
    }

    static void requireOneSubject(RedeemRequest request) {
        if ((request.secret() == null) == (request.attendeeId() == null)) {
            throw ProblemException.invalidField("secret", Message.of(
                    "give either the scanned secret or, for a manual check-in, attendeeId (not both)",
                    "请给出扫码内容，或在人工签到时给出 attendeeId（二者只能有一个）"));
        }
    }

    Point point(Connection connection, UUID meetingId, UUID listId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(POINT)) {
            query.setObject(1, listId);
            query.setObject(2, meetingId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw ProblemException.notFound(RecordNames.CHECK_IN_LIST, listId);
                }
                return new Point(listId, row.getString(1), CheckInListKind.valueOf(row.getString(2)),
                        new CheckInRules.Point(CredentialMapping.categorySet(row.getString(3)),
                                row.getObject(4, OffsetDateTime.class), row.getObject(5, OffsetDateTime.class),
                                row.getBoolean(6), row.getBoolean(7)));
            }
        }
    }

    private record PointAndHolder(Point point, Holder holder) {
    }

    private PointAndHolder pointAndHolder(Connection connection, UUID meetingId, UUID listId, UUID credentialId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(POINT_AND_HOLDER)) {
            query.setObject(1, credentialId, Types.OTHER);
            query.setObject(2, listId);
            query.setObject(3, meetingId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw ProblemException.notFound(RecordNames.CHECK_IN_LIST, listId);
                }
                Point point = new Point(listId, row.getString(1), CheckInListKind.valueOf(row.getString(2)),
                        new CheckInRules.Point(CredentialMapping.categorySet(row.getString(3)),
                                row.getObject(4, OffsetDateTime.class), row.getObject(5, OffsetDateTime.class),
                                row.getBoolean(6), row.getBoolean(7)));
                if (row.getObject(8) == null || row.getObject(13) == null) {
                    return new PointAndHolder(point, null);
                }
                Holder holder = new Holder(new RedeemAnswer.Holder(row.getObject(13, UUID.class), row.getString(16),
                        Category.valueOf(row.getString(15)), row.getString(17), row.getString(18), row.getString(19)),
                        AttendeeStatus.valueOf(row.getString(14)), new RedeemAnswer.Pass(row.getObject(8, UUID.class),
                        row.getString(10), row.getString(11), row.getString(12)), "REVOKED".equals(row.getString(9)));
                return new PointAndHolder(point, holder);
            }
        }
    }

    /** The holder of a scanned credential (null when the code is not genuine), or the person named. */
    Holder holder(Connection connection, UUID meetingId, RedeemRequest request) throws SQLException {
        requireOneSubject(request);
        UUID key;
        String sql;
        if (request.secret() != null) {
            Optional<UUID> credential = payloads.verify(request.secret());
            if (credential.isEmpty()) {
                return null;
            }
            key = credential.get();
            sql = HOLDER_BY_CREDENTIAL;
        } else {
            key = request.attendeeId();
            sql = HOLDER_BY_ID;
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, key);
            query.setObject(2, meetingId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    if (request.attendeeId() != null) {
                        throw ProblemException.notFound(RecordNames.ATTENDEE, request.attendeeId());
                    }
                    return null;
                }
                RedeemAnswer.Pass pass = row.getObject(1) == null ? null : new RedeemAnswer.Pass(
                        row.getObject(1, UUID.class), row.getString(3), row.getString(4), row.getString(5));
                boolean revoked = "REVOKED".equals(row.getString(2));
                return new Holder(new RedeemAnswer.Holder(row.getObject(6, UUID.class), row.getString(9),
                        Category.valueOf(row.getString(8)), row.getString(10), row.getString(11), row.getString(12)),
                        AttendeeStatus.valueOf(row.getString(7)), pass, revoked);
            }
        }
    }

    /**
     * Moves the holder through the point if the rules allow, atomically, and records the scan: its result ("ok",
     * "already_redeemed" or "not_inside"), or nothing if the nonce was recorded before.
     */
    private Optional<String> moveAndRecord(Connection connection, UUID scanId, UUID meetingId, RedeemRequest request,
            Point point, Holder holder, CheckInRules.CheckInDirection direction, OffsetDateTime at, OffsetDateTime now,
            String operator, String method) throws SQLException {
        boolean entry = direction == CheckInRules.CheckInDirection.ENTRY;
        try (PreparedStatement statement = connection.prepareStatement(entry ? ENTER_AND_RECORD : LEAVE_AND_RECORD)) {
            int i = 1;
            if (entry) {
                statement.setObject(i++, point.id());
                statement.setObject(i++, holder.holder().id());
                statement.setObject(i++, at);
                statement.setObject(i++, at);
                statement.setBoolean(i++, point.rules().allowReentry());
                statement.setBoolean(i++, point.rules().trackExit());
            } else {
                statement.setObject(i++, at);
                statement.setObject(i++, point.id());
                statement.setObject(i++, holder.holder().id());
            }
            statement.setObject(i++, scanId);
            statement.setObject(i++, meetingId);
            statement.setString(i++, request.nonce());
            statement.setObject(i++, point.id());
            statement.setObject(i++, holder.holder().id());
            statement.setObject(i++, holder.pass() == null ? null : holder.pass().id(), Types.OTHER);
            statement.setObject(i++, at);
            statement.setObject(i++, now);
            statement.setString(i++, request.device());
            statement.setString(i++, operator);
            statement.setString(i, method);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Records a movement that already happened (offline); returns what the rules would have said about it. */
    private Optional<CheckInRules.Reason> forceMove(Connection connection, Point point, Holder holder,
            CheckInRules.CheckInDirection direction, OffsetDateTime at) throws SQLException {
        CheckInRules.Presence presence = null;
        try (PreparedStatement lock = connection.prepareStatement(PRESENCE_FOR_UPDATE)) {
            lock.setObject(1, point.id());
            lock.setObject(2, holder.holder().id());
            try (ResultSet row = lock.executeQuery()) {
                if (row.next()) {
                    presence = new CheckInRules.Presence(row.getBoolean(1), row.getInt(2));
                }
            }
        }
        Optional<CheckInRules.Reason> movement = CheckInRules.movement(point.rules(), presence, direction);
        if (direction == CheckInRules.CheckInDirection.ENTRY) {
            try (PreparedStatement enter = connection.prepareStatement(FORCE_ENTER)) {
                enter.setObject(1, point.id());
                enter.setObject(2, holder.holder().id());
                enter.setObject(3, at);
                enter.setObject(4, at);
                enter.executeQuery().close();
            }
        } else if (presence != null) {
            try (PreparedStatement leave = connection.prepareStatement(LEAVE)) {
                leave.setObject(1, at);
                leave.setObject(2, point.id());
                leave.setObject(3, holder.holder().id());
                leave.executeQuery().close();
            }
        }
        return movement;
    }

    private boolean record(Connection connection, UUID scanId, UUID meetingId, RedeemRequest request, Point point,
            Holder holder, CheckInRules.CheckInDirection direction, String result, OffsetDateTime at,
                    OffsetDateTime now,
            String conflict, String operator, String method) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setObject(1, scanId);
            insert.setObject(2, meetingId);
            insert.setString(3, request.nonce());
            insert.setObject(4, point.id());
            insert.setObject(5, holder == null ? null : holder.holder().id(), Types.OTHER);
            insert.setObject(6, holder == null || holder.pass() == null ? null : holder.pass().id(), Types.OTHER);
            insert.setString(7, direction.name());
            insert.setString(8, result);
            insert.setObject(9, at);
            insert.setObject(10, now);
            insert.setBoolean(11, request.offline());
            insert.setString(12, conflict);
            insert.setString(13, request.device());
            insert.setString(14, operator);
            insert.setString(15, method);
            return insert.executeUpdate() == 1;
        }
    }

    static Optional<RedeemAnswer> stored(Connection connection, UUID meetingId, String nonce) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(STORED)) {
            query.setObject(1, meetingId);
            query.setString(2, nonce);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String result = row.getString(2);
                RedeemAnswer.Holder holder = row.getObject(7) == null ? null : new RedeemAnswer.Holder(
                        row.getObject(7, UUID.class), row.getString(8), Category.valueOf(row.getString(9)),
                        row.getString(10), row.getString(11), row.getString(12));
                RedeemAnswer.Pass pass = row.getObject(13) == null ? null : new RedeemAnswer.Pass(
                        row.getObject(13, UUID.class), row.getString(14), row.getString(15), row.getString(16));
                boolean ok = "ok".equals(result);
                return Optional.of(new RedeemAnswer(row.getObject(1, UUID.class), ok ? "ok" : "refused",
                        ok ? null : result, row.getString(3), CheckInRules.CheckInDirection.valueOf(row.getString(4)),
                        row.getString(5), row.getObject(6, OffsetDateTime.class), holder, pass,
                        new RedeemAnswer.Point(row.getObject(17, UUID.class), row.getString(18))));
            }
        }
    }
}
