package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.ids.FastIds;
import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.registration.api.OfflineScansAnswer;
import io.huiwu.registration.api.RedeemRequest;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CheckInListKind;
import io.huiwu.registration.domain.CheckInRules;
import io.huiwu.registration.domain.CredentialPayload;
import io.huiwu.registration.event.CheckInEvents;
import io.huiwu.registration.mapping.CredentialMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Uploads of scans a device made while offline, thousands at once. Each scan is a movement that already happened
 * (the device let the holder through), so it is recorded whatever the rules say now; where the rules disagree (two
 * devices admitted the same person, the credential had been revoked, the point was closed) the scan carries the
 * reason as a conflict, for staff to follow up: nothing is lost and nothing is silently dropped. Scans are applied
 * in the order they were made. A nonce already recorded is reported as a duplicate and changes nothing.
 *
 * <p>Everything is read in a few set-based queries and written with batched statements in one transaction.
 */
@ApplicationScoped
public class OfflineScanService {

    private final AgroalDataSource dataSource;
    private final Validator validator;
    private final CredentialPayload payloads;
    private final Outbox outbox;
    private final CheckInSignals signals;
    private final MeetingService meetings;

    public OfflineScanService(AgroalDataSource dataSource, CredentialPayload payloads, Outbox outbox,
            CheckInSignals signals, MeetingService meetings, Validator validator) {
        this.validator = validator;
        this.dataSource = dataSource;
        this.payloads = payloads;
        this.outbox = outbox;
        this.signals = signals;
        this.meetings = meetings;
    }

    /**
     * The scans of an upload are checked here, one by one, rather than by annotations on the list: an upload of
     * twenty thousand bad scans would have every one checked and reported, at a cost that grows faster than the list.
     * Here checking stops after this many faults.
     */
    static final int MOST_FAULTS_REPORTED = 100;

    /** Whether a scan has the shape of a redeem request; its faults are added to {@code errors} if not. */
    private boolean readable(int index, RedeemRequest request, List<ProblemException.FieldIssue> errors) {
        if (request == null) {
            errors.add(new ProblemException.FieldIssue("scans[" + index + "]",
                    Message.of("must not be null", "不能为null")));
            return false;
        }
        Set<ConstraintViolation<RedeemRequest>> violations = validator.validate(request);
        violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new ProblemException.FieldIssue("scans[" + index + "]." + v.getPropertyPath(),
                        Message.of(v.getMessage(), v.getMessage()))));
        return violations.isEmpty();
    }

    private record Holder(UUID attendeeId, AttendeeStatus status, Category category, UUID credentialId,
            boolean revoked) {
    }

    private record Scan(int index, RedeemRequest request, OffsetDateTime at, UUID credentialId) {
    }

    @Transactional
    public OfflineScansAnswer upload(UUID meetingId, List<RedeemRequest> requests, String operator) {
        meetings.require(meetingId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Scan> scans = new ArrayList<>(requests.size());
        List<ProblemException.FieldIssue> errors = new ArrayList<>();
        for (int i = 0; i < requests.size() && errors.size() < MOST_FAULTS_REPORTED; i++) {
            RedeemRequest request = requests.get(i);
            if (!readable(i, request, errors)) {
                continue;
            }
            try {
                CheckInService.requireOneSubject(request);
                OffsetDateTime at = CheckInService.scanTime(request, now);
                UUID credential = request.secret() == null ? null : payloads.verify(request.secret()).orElse(null);
                scans.add(new Scan(i, request, at, credential));
            } catch (ProblemException e) {
                errors.add(new ProblemException.FieldIssue("scans[" + i + "]", e.detail()));
            }
        }
        if (!errors.isEmpty()) {
            List<ProblemException.FieldIssue> reported = errors.size() > MOST_FAULTS_REPORTED
                    ? errors.subList(0, MOST_FAULTS_REPORTED) : errors;
            throw new ProblemException(ProblemType.VALIDATION, Message.of(
                    "The scans cannot all be read ({0}{1} faults); nothing was recorded. First: {2} {3}",
                    "扫码记录有误（{0}{1} 处），全部未记录。第一处：{2} {3}", reported.size(),
                    reported.size() < errors.size() || errors.size() >= MOST_FAULTS_REPORTED ? "+" : "",
                    errors.get(0).field(), errors.get(0).message()), reported);
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, CheckInService.Point> points = points(connection, meetingId, scans);
            Map<String, OfflineScansAnswer.Result> earlier = recorded(connection, meetingId, scans);
            Map<UUID, Holder> byCredential = holders(connection, meetingId, scans, true);
            Map<UUID, Holder> byAttendee = holders(connection, meetingId, scans, false);
            Map<String, CheckInRules.Presence> presence = lockPresence(connection, scans, byCredential, byAttendee);
            Map<String, CheckInRules.Presence> before = new HashMap<>(presence);

            OfflineScansAnswer.Result[] results = new OfflineScansAnswer.Result[scans.size()];
            List<Object[]> rows = new ArrayList<>();
            List<Outbox.Pending> checkIns = new ArrayList<>();
            Set<String> nonces = new HashSet<>();
            Map<String, OffsetDateTime> firstEntry = new HashMap<>();
            int duplicates = 0;
            int conflicts = 0;
            List<Scan> inOrder = new ArrayList<>(scans);
            inOrder.sort(Comparator.comparing(Scan::at));
            for (Scan scan : inOrder) {
                RedeemRequest request = scan.request();
                OfflineScansAnswer.Result previous = earlier.get(request.nonce());
                if (previous != null || !nonces.add(request.nonce())) {
                    duplicates++;
                    results[scan.index()] = previous != null ? previous
                            : new OfflineScansAnswer.Result(request.nonce(), null, null, null, null, true);
                    continue;
                }
                CheckInService.Point point = points.get(request.listId());
                CheckInRules.CheckInDirection direction = request.direction() == null
                        ? CheckInRules.CheckInDirection.ENTRY : request.direction();
                Holder holder = request.secret() != null ? byCredential.get(scan.credentialId())
                        : byAttendee.get(request.attendeeId());
                UUID scanId = FastIds.next();
                String result;
                String conflict;
                if (holder == null) {
                    result = CheckInRules.Reason.INVALID.code();
                    conflict = CheckInRules.Reason.INVALID.code();
                } else {
                    String key = point.id() + "/" + holder.attendeeId();
                    CheckInRules.Presence current = presence.get(key);
                    Optional<CheckInRules.Reason> disagreement = CheckInRules.admissibility(holder.revoked(),
                            holder.status(), holder.category(), point.rules(), scan.at())
                            .or(() -> CheckInRules.movement(point.rules(), current, direction));
                    result = "ok";
                    conflict = disagreement.map(CheckInRules.Reason::code).orElse(null);
                    if (direction == CheckInRules.CheckInDirection.ENTRY || current != null) {
                        presence.put(key, CheckInRules.after(current, direction));
                        if (direction == CheckInRules.CheckInDirection.ENTRY) {
                            firstEntry.putIfAbsent(key, scan.at());
                            checkIns.add(new Outbox.Pending(holder.attendeeId().toString(), new CheckInEvents.CheckIn(
                                    scanId, meetingId, holder.attendeeId(), point.id(), point.name(),
                                    point.kind().name(), scan.at(), CheckInService.method(request), true)));
                        }
                    }
                    signals.changedOnCommit(point.id());
                }
                if (conflict != null) {
                    conflicts++;
                }
                rows.add(new Object[] {scanId, request, point.id(), holder, direction, result, scan.at(), conflict});
                results[scan.index()] = new OfflineScansAnswer.Result(request.nonce(), scanId,
                        "ok".equals(result) ? "ok" : "refused", "ok".equals(result) ? null : result, conflict, false);
            }
            insertScans(connection, meetingId, rows, now, operator);
            writePresence(connection, presence, before, firstEntry);
            outbox.publishAll(CheckInEvents.TOPIC, CheckInEvents.CHECKED_IN, checkIns);
            return new OfflineScansAnswer(requests.size(), rows.size(), duplicates, conflicts, List.of(results));
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the offline scans", e);
        }
    }

    private Map<UUID, CheckInService.Point> points(Connection connection, UUID meetingId, List<Scan> scans)
            throws SQLException {
        Set<UUID> ids = new HashSet<>();
        scans.forEach(scan -> ids.add(scan.request().listId()));
        Map<UUID, CheckInService.Point> points = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select id, name, kind, categories, opens_at,"
                + " closes_at, allow_reentry, track_exit from checkin_list where meeting_id = ? and id = any(?)")) {
            query.setObject(1, meetingId);
            query.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    points.put(id, new CheckInService.Point(id, row.getString(2),
                            CheckInListKind.valueOf(row.getString(3)), new CheckInRules.Point(
                            CredentialMapping.categorySet(row.getString(4)), row.getObject(5, OffsetDateTime.class),
                            row.getObject(6, OffsetDateTime.class), row.getBoolean(7), row.getBoolean(8))));
                }
            }
        }
        for (Scan scan : scans) {
            if (!points.containsKey(scan.request().listId())) {
                throw ProblemException.invalidField("scans[" + scan.index() + "].listId", Message.of(
                        "is not a check-in list of this meeting; nothing was recorded", "不是本次会议的签到点；全部未记录"));
            }
        }
        return points;
    }

    private Map<String, OfflineScansAnswer.Result> recorded(Connection connection, UUID meetingId, List<Scan> scans)
            throws SQLException {
        Map<String, OfflineScansAnswer.Result> recorded = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select nonce, id, result, conflict"
                + " from checkin_scan where meeting_id = ? and nonce = any(?)")) {
            query.setObject(1, meetingId);
            query.setArray(2, connection.createArrayOf("varchar",
                    scans.stream().map(scan -> scan.request().nonce()).toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String result = row.getString(3);
                    boolean ok = "ok".equals(result);
                    recorded.put(row.getString(1), new OfflineScansAnswer.Result(row.getString(1),
                            row.getObject(2, UUID.class), ok ? "ok" : "refused", ok ? null : result,
                            row.getString(4), true));
                }
            }
        }
        return recorded;
    }

    private Map<UUID, Holder> holders(Connection connection, UUID meetingId, List<Scan> scans, boolean byCredential)
            throws SQLException {
        Set<UUID> keys = new HashSet<>();
        for (Scan scan : scans) {
            UUID key = byCredential ? scan.credentialId() : scan.request().attendeeId();
            if (key != null) {
                keys.add(key);
            }
        }
        Map<UUID, Holder> holders = new HashMap<>();
        if (keys.isEmpty()) {
            return holders;
        }
        String sql = byCredential
                ? "select c.id, a.id, a.status, a.category, c.status from credential c join attendee a"
                        + " on a.id = c.attendee_id where c.meeting_id = ? and c.id = any(?)"
                : "select null, a.id, a.status, a.category, null from attendee a where a.meeting_id = ?"
                        + " and a.id = any(?)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, meetingId);
            query.setArray(2, connection.createArrayOf("uuid", keys.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    UUID credential = row.getObject(1, UUID.class);
                    UUID attendee = row.getObject(2, UUID.class);
                    holders.put(byCredential ? credential : attendee, new Holder(attendee,
                            AttendeeStatus.valueOf(row.getString(3)), Category.valueOf(row.getString(4)), credential,
                            "REVOKED".equals(row.getString(5))));
                }
            }
        }
        if (!byCredential) {
            for (Scan scan : scans) {
                if (scan.request().attendeeId() != null && !holders.containsKey(scan.request().attendeeId())) {
                    throw ProblemException.invalidField("scans[" + scan.index() + "].attendeeId", Message.of(
                            "is not an attendee of this meeting; nothing was recorded", "不是本次会议的参会人员；全部未记录"));
                }
            }
        }
        return holders;
    }

    /** Locks the presence rows the scans touch, so that live check-ins wait for this upload. */
    private Map<String, CheckInRules.Presence> lockPresence(Connection connection, List<Scan> scans,
            Map<UUID, Holder> byCredential, Map<UUID, Holder> byAttendee) throws SQLException {
        Set<UUID> lists = new HashSet<>();
        Set<UUID> people = new HashSet<>();
        for (Scan scan : scans) {
            Holder holder = scan.request().secret() != null ? byCredential.get(scan.credentialId())
                    : byAttendee.get(scan.request().attendeeId());
            if (holder != null) {
                lists.add(scan.request().listId());
                people.add(holder.attendeeId());
            }
        }
        Map<String, CheckInRules.Presence> presence = new HashMap<>();
        if (people.isEmpty()) {
            return presence;
        }
        try (PreparedStatement query = connection.prepareStatement("select list_id, attendee_id, inside, entries"
                + " from checkin_presence where list_id = any(?) and attendee_id = any(?)"
                + " order by list_id, attendee_id for update")) {
            query.setArray(1, connection.createArrayOf("uuid", lists.toArray()));
            query.setArray(2, connection.createArrayOf("uuid", people.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    presence.put(row.getObject(1, UUID.class) + "/" + row.getObject(2, UUID.class),
                            new CheckInRules.Presence(row.getBoolean(3), row.getInt(4)));
                }
            }
        }
        return presence;
    }

    private static void insertScans(Connection connection, UUID meetingId, List<Object[]> rows, OffsetDateTime now,
            String operator) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into checkin_scan (id, meeting_id, nonce,"
                + " list_id, attendee_id, credential_id, direction, result, scanned_at, received_at, offline, conflict,"
                + " device, operator, method) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Object[] row : rows) {
                RedeemRequest request = (RedeemRequest) row[1];
                Holder holder = (Holder) row[3];
                insert.setObject(1, row[0]);
                insert.setObject(2, meetingId);
                insert.setString(3, request.nonce());
                insert.setObject(4, row[2]);
                insert.setObject(5, holder == null ? null : holder.attendeeId(), Types.OTHER);
                insert.setObject(6, holder == null ? null : holder.credentialId(), Types.OTHER);
                insert.setString(7, ((CheckInRules.CheckInDirection) row[4]).name());
                insert.setString(8, (String) row[5]);
                insert.setObject(9, row[6]);
                insert.setObject(10, now);
                insert.setString(11, (String) row[7]);
                insert.setString(12, request.device());
                insert.setString(13, operator);
                insert.setString(14, CheckInService.method(request));
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void writePresence(Connection connection, Map<String, CheckInRules.Presence> after,
            Map<String, CheckInRules.Presence> before, Map<String, OffsetDateTime> firstEntry) throws SQLException {
        Map<String, CheckInRules.Presence> changed = new LinkedHashMap<>();
        after.forEach((key, presence) -> {
            if (!presence.equals(before.get(key))) {
                changed.put(key, presence);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement upsert = connection.prepareStatement("insert into checkin_presence (list_id,"
                + " attendee_id, inside, entries, first_entry_at, last_change_at) values (?, ?, ?, ?, ?, ?)"
                + " on conflict (list_id, attendee_id) do update set inside = excluded.inside,"
                + " entries = excluded.entries, last_change_at = excluded.last_change_at")) {
            for (Map.Entry<String, CheckInRules.Presence> entry : changed.entrySet()) {
                String[] ids = entry.getKey().split("/");
                upsert.setObject(1, UUID.fromString(ids[0]));
                upsert.setObject(2, UUID.fromString(ids[1]));
                upsert.setBoolean(3, entry.getValue().inside());
                upsert.setInt(4, entry.getValue().entries());
                upsert.setObject(5, firstEntry.getOrDefault(entry.getKey(), now));
                upsert.setObject(6, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
