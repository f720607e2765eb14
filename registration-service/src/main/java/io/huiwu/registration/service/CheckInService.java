package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.ids.FastIds;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.ChangeSignals;
import io.huiwu.registration.api.RedeemAnswer;
import io.huiwu.registration.api.RedeemRequest;
import io.huiwu.registration.domain.CheckInRules;
import io.huiwu.registration.domain.CredentialPayload;
import io.huiwu.registration.event.CheckInEvents;
import io.huiwu.registration.persistence.CheckInStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Check-in at the door, modelled on pretix's redeem: the app sends the scanned code, the point, entry or exit, a
 * nonce and the time of the scan; the answer is ok or a refusal with a reason ({@link CheckInRules}). Every scan is
 * recorded, refused ones too. The same nonce is the same scan: it is recorded once and answered the same way. A
 * registered device names itself with its token ({@link CheckInDeviceService}); it may scan only its own lists,
 * and only a registered device may report a scan it admitted offline.
 *
 * <p>This is the hot path of the service, so it is plain SQL ({@link CheckInStore}) in one transaction: one query
 * for the point, the credential, its holder and the device, then one statement that moves the holder atomically
 * (which is what admits a credential exactly once when a hundred devices scan it at the same moment) and records
 * the scan, and the event.
 */
@ApplicationScoped
public class CheckInService {

    /** How far ahead of the server's clock a device's scan time may be. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);

    private final AgroalDataSource dataSource;
    private final CheckInStore store;
    private final CredentialPayload payloads;
    private final CheckInEvents events;
    private final ChangeSignals signals;
    private final CheckInMetrics metrics;
    private final TransactionSynchronizationRegistry transactions;

    public CheckInService(AgroalDataSource dataSource, CheckInStore store, CredentialPayload payloads,
            CheckInEvents events, ChangeSignals signals, CheckInMetrics metrics,
            TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.store = store;
        this.payloads = payloads;
        this.events = events;
        this.signals = signals;
        this.metrics = metrics;
        this.transactions = transactions;
    }

    @Transactional
    public RedeemAnswer redeem(UUID meetingId, RedeemRequest request, String operator, String deviceToken) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime at = scanTime(request, now);
        CheckInRules.CheckInDirection direction = request.direction() == null ? CheckInRules.CheckInDirection.ENTRY
                : request.direction();
        requireOneSubject(request);
        Optional<CredentialPayload.Signed> scanned = request.secret() == null ? Optional.empty()
                : payloads.read(request.secret());
        try (Connection connection = dataSource.getConnection()) {
            CheckInStore.Redeem found = store.redeem(connection, meetingId, request.listId(),
                    scanned.map(CredentialPayload.Signed::credentialId).orElse(null), request.attendeeId(),
                    deviceToken == null ? null : CheckInDeviceService.hash(deviceToken))
                    .orElseThrow(() -> ProblemException.notFound(RecordNames.CHECK_IN_LIST, request.listId()));
            CheckInStore.Point point = found.point();
            CheckInStore.Device device = CheckInDeviceService.requireAllowed(found.device(), deviceToken, point.id(),
                    request.offline());
            if (request.onBehalf() && !point.allowOnBehalf()) {
                throw ProblemException.conflict(Message.of("The check-in list {0} does not allow signing in on"
                        + " someone's behalf; the person signs in themselves, or an organizer allows it on the"
                        + " list (allowOnBehalf)", "签到点 {0} 不允许代签；请本人签到，或由组织者在签到点设置中允许代签"
                        + "（allowOnBehalf）", point.name()));
            }
            CheckInStore.Credential credential = genuine(scanned, found.credential());
            CheckInStore.Person person = credential == null && request.secret() != null ? null : found.person();
            if (request.attendeeId() != null && person == null) {
                throw ProblemException.notFound(RecordNames.ATTENDEE, request.attendeeId());
            }
            String method = method(request);
            Optional<CheckInRules.Reason> refusal;
            if (request.secret() != null && credential == null) {
                refusal = Optional.of(CheckInRules.Reason.INVALID);
            } else {
                CheckInRules.Shown shown = credential == null ? CheckInRules.Shown.MANUAL
                        : new CheckInRules.Shown(credential.typeId(), credential.holderId() != null);
                refusal = CheckInRules.admissibility(shown, credential != null && credential.revoked(),
                        person == null ? null : person.status(), person == null ? null : person.category(),
                        point.rules(), at);
            }
            UUID scanId = FastIds.next();
            UUID attendeeId = person == null ? null : person.id();
            UUID credentialId = credential == null ? null : credential.id();
            String conflict = null;
            boolean recorded;
            if (person != null && request.offline()) {
                // the device let them through: record the movement, and any disagreement as a conflict
                Optional<CheckInRules.Reason> movement = forceMove(connection, point, person.id(), direction, at);
                conflict = refusal.or(() -> movement).map(CheckInRules.Reason::code).orElse(null);
                refusal = Optional.empty();
                recorded = store.record(connection, new CheckInStore.Scan(scanId, meetingId, request.nonce(),
                        point.id(), attendeeId, credentialId, direction, "ok", at, now, true, conflict, device,
                        operator, method));
            } else if (refusal.isEmpty()
                    && (direction == CheckInRules.CheckInDirection.ENTRY || point.rules().trackExit())) {
                Optional<String> result = store.moveAndRecord(connection, new CheckInStore.Scan(scanId, meetingId,
                        request.nonce(), point.id(), attendeeId, credentialId, direction, null, at, now, false, null,
                        device, operator, method), CheckInRules.outcomes(point.rules(), direction));
                recorded = result.isPresent();
                refusal = result.filter(code -> !code.equals("ok")).map(CheckInRules.Reason::ofCode);
            } else {
                if (refusal.isEmpty()) {
                    refusal = Optional.of(CheckInRules.Reason.EXITS_NOT_TRACKED);
                }
                if (request.offline()) {
                    conflict = refusal.get().code();
                }
                recorded = store.record(connection, new CheckInStore.Scan(scanId, meetingId, request.nonce(),
                        point.id(), attendeeId, credentialId, direction, refusal.get().code(), at, now,
                        request.offline(), conflict, device, operator, method));
            }
            if (!recorded) {
                // the same nonce was recorded before: undo what this attempt did and answer as the first time
                transactions.setRollbackOnly();
                return answer(store.byNonce(connection, meetingId, request.nonce()).orElseThrow());
            }
            if (refusal.isEmpty()) {
                signals.changedOnCommit(point.id());
                if (direction == CheckInRules.CheckInDirection.ENTRY) {
                    events.checkedIn(new CheckInEvents.CheckIn(scanId, meetingId, attendeeId, point.id(),
                            point.name(), point.kind().name(), at, method, request.offline(), point.sessionId()));
                }
            }
            metrics.scanned(meetingId, point.id(), point.name(), direction, refusal.orElse(null));
            return new RedeemAnswer(scanId, refusal.isEmpty() ? "ok" : "refused",
                    refusal.map(CheckInRules.Reason::code).orElse(null), conflict, direction, method, at,
                    person == null ? null : new RedeemAnswer.Holder(person.id(), person.name(), person.category(),
                            person.delegation(), person.unit(), person.title()),
                    credential == null ? null : new RedeemAnswer.Pass(credential.id(), credential.number(),
                            credential.typeName(), credential.colour()),
                    new RedeemAnswer.Point(point.id(), point.name()));
        } catch (SQLException e) {
            throw new IllegalStateException("check-in failed", e);
        }
    }

    /**
     * The scanned credential if the code is one it was issued with: a signed code must carry the credential's own
     * signature; an older code's MAC was checked when it was read.
     */
    static CheckInStore.Credential genuine(Optional<CredentialPayload.Signed> scanned,
            CheckInStore.Credential credential) {
        if (scanned.isEmpty() || credential == null) {
            return null;
        }
        byte[] signature = scanned.get().signature();
        return signature == null || scanned.get().matches(credential.signature()) ? credential : null;
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

    static void requireOneSubject(RedeemRequest request) {
        if ((request.secret() == null) == (request.attendeeId() == null)) {
            throw ProblemException.invalidField("secret", Message.of(
                    "give either the scanned secret or, for a manual check-in, attendeeId (not both)",
                    "请给出扫码内容，或在人工签到时给出 attendeeId（二者只能有一个）"));
        }
    }

    /** Records a movement that already happened (offline); returns what the rules would have said about it. */
    private Optional<CheckInRules.Reason> forceMove(Connection connection, CheckInStore.Point point, UUID attendeeId,
            CheckInRules.CheckInDirection direction, OffsetDateTime at) throws SQLException {
        CheckInRules.Presence presence = store.lockPresence(connection, point.id(), attendeeId);
        Optional<CheckInRules.Reason> movement = CheckInRules.movement(point.rules(), presence, direction);
        if (direction == CheckInRules.CheckInDirection.ENTRY) {
            store.forceEnter(connection, point.id(), attendeeId, at);
        } else if (presence != null) {
            store.forceLeave(connection, point.id(), attendeeId, at);
        }
        return movement;
    }

    /** The answer for a scan already recorded. */
    static RedeemAnswer answer(CheckInStore.Recorded scan) {
        boolean ok = "ok".equals(scan.result());
        return new RedeemAnswer(scan.id(), ok ? "ok" : "refused", ok ? null : scan.result(), scan.conflict(),
                scan.direction(), scan.method(), scan.scannedAt(),
                scan.attendeeId() == null ? null : new RedeemAnswer.Holder(scan.attendeeId(), scan.attendeeName(),
                        scan.category(), scan.delegation(), scan.unit(), scan.title()),
                scan.credentialId() == null ? null : new RedeemAnswer.Pass(scan.credentialId(),
                        scan.credentialNumber(), scan.typeName(), scan.colour()),
                new RedeemAnswer.Point(scan.listId(), scan.listName()));
    }
}
