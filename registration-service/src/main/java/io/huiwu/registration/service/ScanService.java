package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.ChangeSignals;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.registration.api.ScanView;
import io.huiwu.registration.api.SearchHitView;
import io.huiwu.registration.domain.CheckInRules;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.event.CheckInEvents;
import io.huiwu.registration.persistence.CheckInStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
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

    /** The most people a search at the desk returns. */
    static final int MOST_FOUND = 500;

    private final AgroalDataSource dataSource;
    private final CheckInStore store;
    private final CheckInDeviceService devices;
    private final CheckInEvents events;
    private final ChangeSignals signals;
    private final MeetingService meetings;

    public ScanService(AgroalDataSource dataSource, CheckInStore store, CheckInDeviceService devices,
            CheckInEvents events, ChangeSignals signals, MeetingService meetings) {
        this.dataSource = dataSource;
        this.store = store;
        this.devices = devices;
        this.events = events;
        this.signals = signals;
        this.meetings = meetings;
    }

    /**
     * Takes back an admitted scan: the registered device that made it may within {@link #ANNUL_WINDOW}, an
     * organizer at any time. The scan stays on record with who annulled it and why; the holder's presence is worked
     * out again from the scans that remain.
     */
    @Transactional
    public ScanView annul(UUID meetingId, UUID scanId, String reason, String deviceToken, String actor,
            boolean organizer) {
        meetings.require(meetingId);
        CheckInStore.Device device = deviceToken == null ? null : devices.authenticate(meetingId, deviceToken);
        try (Connection connection = dataSource.getConnection()) {
            CheckInStore.Recorded scan = store.lockScan(connection, meetingId, scanId)
                    .orElseThrow(() -> ProblemException.notFound(RecordNames.SCAN, scanId));
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
            boolean ownRecent = device != null && device.id().equals(scan.deviceId())
                    && !now.isAfter(scan.receivedAt().plus(ANNUL_WINDOW));
            if (!organizer && !ownRecent) {
                throw new ProblemException(ProblemType.FORBIDDEN, Message.of(
                        "Only the registered device that made the scan may annul it, within {0} minutes; after that"
                                + " ask an organizer", "只有扫码的登记设备可在 {0} 分钟内撤销；超时请联系组织者",
                        ANNUL_WINDOW.toMinutes()));
            }
            store.annul(connection, scanId, now, actor, reason.strip());
            replayPresence(connection, scan.listId(), scan.attendeeId());
            signals.changedOnCommit(scan.listId());
            if (scan.direction() == CheckInRules.CheckInDirection.ENTRY) {
                CheckInStore.Point point = store.point(connection, meetingId, scan.listId()).orElseThrow();
                events.annulled(new CheckInEvents.CheckIn(scanId, meetingId, scan.attendeeId(), scan.listId(),
                        point.name(), point.kind().name(), scan.scannedAt(), scan.method(), scan.offline(),
                        point.sessionId()));
            }
            return view(store.lockScan(connection, meetingId, scanId).orElseThrow());
        } catch (SQLException e) {
            throw new IllegalStateException("could not annul the scan", e);
        }
    }

    /** Scans of a meeting, newest first; only conflicts, or only one list or person, on request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ScanView> list(UUID meetingId, UUID listId, UUID attendeeId, boolean conflictsOnly, int page,
            int size) {
        meetings.require(meetingId);
        try (Connection connection = dataSource.getConnection()) {
            long total = store.countScans(connection, meetingId, listId, attendeeId, conflictsOnly);
            List<ScanView> items = store.scans(connection, meetingId, listId, attendeeId, conflictsOnly, size,
                    (long) page * size).stream().map(ScanService::view).toList();
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
        String number = query.toUpperCase().replaceAll("[^A-Z0-9]", "");
        Map<UUID, SearchHitView> hits = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (CheckInStore.Found found : store.find(connection, meetingId, search.name(), search.latin(), number,
                    MOST_FOUND)) {
                hits.put(found.id(), new SearchHitView(found.id(), found.name(), found.pinyin(), found.category(),
                        found.delegation(), found.unit(), found.title(), new ArrayList<>(), new ArrayList<>()));
            }
            if (hits.isEmpty()) {
                return List.of();
            }
            store.credentialsOf(connection, hits.keySet(), credential -> hits.get(credential.attendeeId())
                    .credentials().add(new SearchHitView.Pass(credential.id(), credential.number(),
                            credential.typeName(), credential.status())));
            store.presenceOf(connection, hits.keySet(), presence -> hits.get(presence.attendeeId()).presence()
                    .add(new SearchHitView.Presence(presence.listId(), presence.listName(), presence.inside(),
                            presence.entries())));
            return List.copyOf(hits.values());
        } catch (SQLException e) {
            throw new IllegalStateException("could not search", e);
        }
    }

    /** Works out where someone stands on a list from the admitted, not annulled scans, in the order made. */
    private void replayPresence(Connection connection, UUID listId, UUID attendeeId) throws SQLException {
        store.lockPresence(connection, listId, attendeeId);
        CheckInRules.Presence presence = null;
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        for (CheckInStore.Move move : store.admittedMoves(connection, listId, attendeeId)) {
            if (move.direction() == CheckInRules.CheckInDirection.EXIT && presence == null) {
                continue;
            }
            presence = CheckInRules.after(presence, move.direction());
            last = move.at();
            if (first == null) {
                first = last;
            }
        }
        store.replacePresence(connection, listId, attendeeId, presence == null ? null
                : new CheckInStore.Standing(listId, attendeeId, presence, first, last));
    }

    private static ScanView view(CheckInStore.Recorded scan) {
        return new ScanView(scan.id(), scan.nonce(), scan.listId(), scan.attendeeId(), scan.attendeeName(),
                scan.credentialId(), scan.direction(), scan.result(), scan.conflict(), scan.method(), scan.offline(),
                scan.device(), scan.operator(), scan.scannedAt(), scan.receivedAt(), scan.annulledAt(),
                scan.annulledBy(), scan.annulReason());
    }
}
