package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.ids.FastIds;
import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.ChangeSignals;
import io.huiwu.registration.api.OfflineScansAnswer;
import io.huiwu.registration.api.RedeemRequest;
import io.huiwu.registration.domain.CheckInRules;
import io.huiwu.registration.domain.CredentialPayload;
import io.huiwu.registration.event.CheckInEvents;
import io.huiwu.registration.persistence.CheckInStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Uploads of scans a device made while offline, thousands at once. Each scan is a movement that already happened
 * (the device let the holder through), so it is recorded whatever the rules say now; where the rules disagree (two
 * devices admitted the same person, the credential had been revoked, the point was closed) the scan carries the
 * reason as a conflict, for staff to follow up: nothing is lost and nothing is silently dropped. Scans are applied
 * in the order they were made. A nonce already recorded is reported as a duplicate and changes nothing.
 *
 * <p>Only a registered device may upload, and only scans of its own lists. Everything is read in a few set-based
 * queries and written with batched statements in one transaction.
 */
@ApplicationScoped
public class OfflineScanService {

    private final AgroalDataSource dataSource;
    private final CheckInStore store;
    private final CheckInDeviceService devices;
    private final Validator validator;
    private final CredentialPayload payloads;
    private final Outbox outbox;
    private final ChangeSignals signals;
    private final CheckInMetrics metrics;
    private final MeetingService meetings;

    public OfflineScanService(AgroalDataSource dataSource, CheckInStore store, CheckInDeviceService devices,
            CredentialPayload payloads, Outbox outbox, ChangeSignals signals, CheckInMetrics metrics,
            MeetingService meetings, Validator validator) {
        this.store = store;
        this.devices = devices;
        this.validator = validator;
        this.dataSource = dataSource;
        this.payloads = payloads;
        this.outbox = outbox;
        this.signals = signals;
        this.metrics = metrics;
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

    private record Scan(int index, RedeemRequest request, OffsetDateTime at,
            Optional<CredentialPayload.Signed> scanned) {
    }

    @Transactional
    public OfflineScansAnswer upload(UUID meetingId, List<RedeemRequest> requests, String operator,
            String deviceToken) {
        meetings.require(meetingId);
        CheckInStore.Device device = devices.authenticate(meetingId, deviceToken);
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
                Optional<CredentialPayload.Signed> scanned = request.secret() == null ? Optional.empty()
                        : payloads.read(request.secret());
                scans.add(new Scan(i, request, at, scanned));
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
            Map<UUID, CheckInStore.Point> points = points(connection, meetingId, scans);
            for (Scan scan : scans) {
                if (!device.listIds().contains(scan.request().listId())) {
                    throw new ProblemException(ProblemType.FORBIDDEN, Message.of("The device {0} was not given the"
                            + " check-in list of scan {1}; nothing was recorded", "设备 {0} 未被分配第 {1} 条记录的签到点；"
                            + "全部未记录", device.name(), scan.index()), List.of(new ProblemException.FieldIssue(
                            "scans[" + scan.index() + "].listId", Message.of("is not one of the lists of device {0}",
                            "不是设备 {0} 的签到点", device.name()))));
                }
            }
            Map<String, CheckInStore.Recorded> earlier = store.byNonces(connection, meetingId,
                    scans.stream().map(scan -> scan.request().nonce()).toList());
            Map<UUID, CheckInStore.Credential> credentials = store.credentials(connection, meetingId,
                    scans.stream().flatMap(scan -> scan.scanned().stream()).map(CredentialPayload.Signed::credentialId)
                            .collect(Collectors.toSet()));
            Set<UUID> peopleIds = new HashSet<>();
            for (Scan scan : scans) {
                if (scan.request().attendeeId() != null) {
                    peopleIds.add(scan.request().attendeeId());
                }
            }
            credentials.values().stream().map(CheckInStore.Credential::holderId).filter(Objects::nonNull)
                    .forEach(peopleIds::add);
            Map<UUID, CheckInStore.Person> people = store.people(connection, meetingId, peopleIds);
            for (Scan scan : scans) {
                if (scan.request().attendeeId() != null && !people.containsKey(scan.request().attendeeId())) {
                    throw ProblemException.invalidField("scans[" + scan.index() + "].attendeeId", Message.of(
                            "is not an attendee of this meeting; nothing was recorded", "不是本次会议的参会人员；全部未记录"));
                }
            }
            Map<Scan, CheckInStore.Credential> shown = new HashMap<>();
            Set<UUID> lists = new HashSet<>();
            Set<UUID> movers = new HashSet<>();
            for (Scan scan : scans) {
                CheckInStore.Credential credential = scan.scanned().isEmpty() ? null : CheckInService.genuine(
                        scan.scanned(), credentials.get(scan.scanned().get().credentialId()));
                shown.put(scan, credential);
                UUID person = person(scan, credential);
                if (person != null) {
                    lists.add(scan.request().listId());
                    movers.add(person);
                }
            }
            Map<String, CheckInRules.Presence> presence = store.lockPresence(connection, lists, movers);
            Map<String, CheckInRules.Presence> before = new HashMap<>(presence);

            OfflineScansAnswer.Result[] results = new OfflineScansAnswer.Result[scans.size()];
            List<CheckInStore.Scan> rows = new ArrayList<>();
            List<Outbox.Pending> checkIns = new ArrayList<>();
            Set<String> nonces = new HashSet<>();
            Map<String, OffsetDateTime> firstEntry = new HashMap<>();
            int duplicates = 0;
            int conflicts = 0;
            List<Scan> inOrder = new ArrayList<>(scans);
            inOrder.sort(Comparator.comparing(Scan::at));
            for (Scan scan : inOrder) {
                RedeemRequest request = scan.request();
                CheckInStore.Recorded previous = earlier.get(request.nonce());
                if (previous != null || !nonces.add(request.nonce())) {
                    duplicates++;
                    results[scan.index()] = previous != null ? result(previous)
                            : new OfflineScansAnswer.Result(request.nonce(), null, null, null, null, true);
                    continue;
                }
                CheckInStore.Point point = points.get(request.listId());
                CheckInRules.CheckInDirection direction = request.direction() == null
                        ? CheckInRules.CheckInDirection.ENTRY : request.direction();
                CheckInStore.Credential credential = shown.get(scan);
                UUID personId = person(scan, credential);
                CheckInStore.Person person = personId == null ? null : people.get(personId);
                UUID scanId = FastIds.next();
                String result;
                String conflict;
                if (person == null) {
                    // not a code of ours, or a credential that names no person: nobody was moved
                    result = (credential == null ? CheckInRules.Reason.INVALID
                            : CheckInRules.Reason.WRONG_CREDENTIAL_TYPE).code();
                    conflict = result;
                } else {
                    String key = CheckInStore.presenceKey(point.id(), person.id());
                    CheckInRules.Presence current = presence.get(key);
                    CheckInRules.Shown what = credential == null ? CheckInRules.Shown.MANUAL
                            : new CheckInRules.Shown(credential.typeId(), true);
                    Optional<CheckInRules.Reason> disagreement = CheckInRules.admissibility(what,
                            credential != null && credential.revoked(), person.status(), person.category(),
                            point.rules(), scan.at())
                            .or(() -> CheckInRules.movement(point.rules(), current, direction));
                    result = "ok";
                    conflict = disagreement.map(CheckInRules.Reason::code).orElse(null);
                    if (direction == CheckInRules.CheckInDirection.ENTRY || current != null) {
                        presence.put(key, CheckInRules.after(current, direction));
                        if (direction == CheckInRules.CheckInDirection.ENTRY) {
                            firstEntry.putIfAbsent(key, scan.at());
                            checkIns.add(new Outbox.Pending(person.id().toString(), new CheckInEvents.CheckIn(
                                    scanId, meetingId, person.id(), point.id(), point.name(),
                                    point.kind().name(), scan.at(), CheckInService.method(request), true,
                                    point.sessionId())));
                        }
                    }
                    signals.changedOnCommit(point.id());
                }
                if (conflict != null) {
                    conflicts++;
                }
                rows.add(new CheckInStore.Scan(scanId, meetingId, request.nonce(), point.id(),
                        person == null ? null : person.id(), credential == null ? null : credential.id(), direction,
                        result, scan.at(), now, true, conflict, device, operator, CheckInService.method(request)));
                metrics.scanned(meetingId, point.id(), point.name(), direction,
                        "ok".equals(result) ? null : CheckInRules.Reason.ofCode(result));
                results[scan.index()] = new OfflineScansAnswer.Result(request.nonce(), scanId,
                        "ok".equals(result) ? "ok" : "refused", "ok".equals(result) ? null : result, conflict, false);
            }
            store.recordAll(connection, rows);
            List<CheckInStore.Standing> changed = new ArrayList<>();
            presence.forEach((key, after) -> {
                if (!after.equals(before.get(key))) {
                    String[] ids = key.split("/");
                    changed.add(new CheckInStore.Standing(UUID.fromString(ids[0]), UUID.fromString(ids[1]), after,
                            firstEntry.getOrDefault(key, now), now));
                }
            });
            store.writePresence(connection, changed);
            outbox.publishAll(CheckInEvents.TOPIC, CheckInEvents.CHECKED_IN, checkIns);
            return new OfflineScansAnswer(requests.size(), rows.size(), duplicates, conflicts, List.of(results));
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the offline scans", e);
        }
    }

    /** Who a scan moves: the person named, or the holder of a genuine credential that names one. */
    private static UUID person(Scan scan, CheckInStore.Credential credential) {
        if (scan.request().attendeeId() != null) {
            return scan.request().attendeeId();
        }
        return credential == null ? null : credential.holderId();
    }

    private static OfflineScansAnswer.Result result(CheckInStore.Recorded scan) {
        boolean ok = "ok".equals(scan.result());
        return new OfflineScansAnswer.Result(scan.nonce(), scan.id(), ok ? "ok" : "refused", ok ? null : scan.result(),
                scan.conflict(), true);
    }

    private Map<UUID, CheckInStore.Point> points(Connection connection, UUID meetingId, List<Scan> scans)
            throws SQLException {
        Map<UUID, CheckInStore.Point> points = store.points(connection, meetingId,
                scans.stream().map(scan -> scan.request().listId()).collect(Collectors.toSet()));
        for (Scan scan : scans) {
            if (!points.containsKey(scan.request().listId())) {
                throw ProblemException.invalidField("scans[" + scan.index() + "].listId", Message.of(
                        "is not a check-in list of this meeting; nothing was recorded", "不是本次会议的签到点；全部未记录"));
            }
        }
        return points;
    }
}
