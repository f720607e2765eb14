package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.registration.api.ReadinessView;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.Readiness;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The readiness check (会务检查): records what the other services arranged for each person (from their events) and
 * answers, for the whole meeting or a delegation, who still lacks a verified entry, a credential, a bed, a table, a
 * seat, a pickup, their materials or a kit. The missing counts of each meeting last reported are also gauges
 * ({@code huiwu_readiness_missing{meeting, check}}).
 */
@ApplicationScoped
public class ReadinessService {

    /** The ref of a seat in the meeting's standing layout (a seat-assigned without a session): what a 座次证 prints. */
    public static final String STANDING_LAYOUT = "standing";

    private static final String ARRANGE = "insert into readiness_item (meeting_id, attendee_id, kind, ref, detail,"
            + " updated_at) values (?, ?, ?, ?, ?, now()) on conflict (attendee_id, kind, ref)"
            + " do update set detail = excluded.detail, updated_at = excluded.updated_at";
    private static final String STANDING_SEATS = "select attendee_id, detail from readiness_item where kind = 'SEAT'"
            + " and ref = '" + STANDING_LAYOUT + "' and attendee_id = any (?)";
    private static final String WITHDRAW = "delete from readiness_item where attendee_id = ? and kind = ? and ref = ?";
    /** Each active person with whether each thing is there, in stroke order: one query for the whole meeting. */
    private static final String PEOPLE = "select a.id, a.name, a.delegation, a.category,"
            + " (select count(*) from attendee_verification v where v.attendee_id = a.id"
            + " and v.attendee_version = a.version) >= m.required_verifications,"
            + " exists (select 1 from credential c where c.attendee_id = a.id and c.status = 'ACTIVE'),"
            + " bool_or(r.kind = 'BED'), bool_or(r.kind = 'TABLE'), bool_or(r.kind = 'SEAT'),"
            + " bool_or(r.kind = 'PICKUP'), bool_or(r.kind = 'MATERIAL'), bool_or(r.kind = 'KIT'),"
            + " exists (select 1 from travel_report t where t.attendee_id = a.id and t.direction = 'ARRIVAL'"
            + " and t.mode in ('TRAIN', 'FLIGHT'))"
            + " from attendee a join meeting m on m.id = a.meeting_id"
            + " left join readiness_item r on r.attendee_id = a.id"
            + " where a.meeting_id = ? and a.status = 'ACTIVE' and (?::varchar is null or a.delegation = ?)"
            + " group by a.id, m.required_verifications order by a.stroke_key, a.id";

    private final AgroalDataSource dataSource;
    private final MeetingService meetings;
    private final MultiGauge missing;
    private final Map<UUID, Map<Readiness.Check, Long>> lastReported = new ConcurrentHashMap<>();

    public ReadinessService(AgroalDataSource dataSource, MeetingService meetings, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.meetings = meetings;
        this.missing = MultiGauge.builder("huiwu.readiness.missing")
                .description("People still lacking what a readiness check looks for, per meeting and check, as"
                        + " last reported for the whole meeting").register(registry);
    }

    /** Something was arranged for a person (an event from another service), in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void arranged(UUID meetingId, UUID attendeeId, Readiness.Arranged kind, String ref, String detail) {
        if (meetingId == null || attendeeId == null) {
            throw new EventCodec.MalformedEventException("an arrangement needs meetingId and the person");
        }
        execute(ARRANGE, meetingId, attendeeId, kind.name(), ref, detail == null || detail.length() <= 300
                ? detail : detail.substring(0, 300));
    }

    /** Something arranged was taken back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(UUID attendeeId, Readiness.Arranged kind, String ref) {
        execute(WITHDRAW, attendeeId, kind.name(), ref);
    }

    /**
     * The seat label of each of these people in the meeting's standing layout, as venue last assigned it; people
     * without one (or whose seat came without a label) are absent.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> standingSeats(Collection<UUID> attendeeIds) {
        Map<UUID, String> seats = new HashMap<>();
        if (attendeeIds.isEmpty()) {
            return seats;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(STANDING_SEATS)) {
            query.setArray(1, connection.createArrayOf("uuid", attendeeIds.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String label = row.getString(2);
                    if (label != null && !label.isBlank()) {
                        seats.put(row.getObject(1, UUID.class), label);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the seats", e);
        }
        return seats;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReadinessView report(UUID meetingId, String delegation) {
        meetings.require(meetingId);
        String only = delegation == null || delegation.isBlank() ? null : delegation.strip();
        Map<Readiness.Check, long[]> counts = new EnumMap<>(Readiness.Check.class);
        for (Readiness.Check check : Readiness.Check.values()) {
            counts.put(check, new long[2]);
        }
        List<ReadinessView.Person> notReady = new ArrayList<>();
        long people = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(PEOPLE)) {
            query.setObject(1, meetingId);
            query.setString(2, only);
            query.setString(3, only);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    people++;
                    Category category = Category.valueOf(row.getString(4));
                    boolean arrives = row.getBoolean(13);
                    List<Readiness.Check> lacking = new ArrayList<>();
                    for (Readiness.Check check : Readiness.Check.values()) {
                        if (!Readiness.applies(check, category, arrives)) {
                            continue;
                        }
                        long[] count = counts.get(check);
                        count[0]++;
                        if (row.getBoolean(5 + check.ordinal())) {
                            count[1]++;
                        } else {
                            lacking.add(check);
                        }
                    }
                    if (!lacking.isEmpty()) {
                        notReady.add(new ReadinessView.Person(row.getObject(1, UUID.class), row.getString(2),
                                row.getString(3), category, lacking));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the readiness of meeting " + meetingId, e);
        }
        List<ReadinessView.CheckCount> checks = new ArrayList<>();
        counts.forEach((check, count) -> checks.add(new ReadinessView.CheckCount(check, check.chinese(), count[0],
                count[1], count[0] - count[1])));
        if (only == null) {
            remember(meetingId, checks);
        }
        return new ReadinessView(meetingId, only, people, people - notReady.size(), checks, notReady,
                MeetingService.now());
    }

    /** The gauges show each meeting's missing counts as last reported for the whole meeting. */
    private void remember(UUID meetingId, List<ReadinessView.CheckCount> checks) {
        Map<Readiness.Check, Long> byCheck = new EnumMap<>(Readiness.Check.class);
        checks.forEach(c -> byCheck.put(c.check(), c.missing()));
        lastReported.put(meetingId, byCheck);
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        lastReported.forEach((meeting, missingByCheck) -> missingByCheck.forEach((check, count) -> rows.add(
                MultiGauge.Row.of(Tags.of("meeting", meeting.toString(), "check", check.name()), count))));
        missing.register(rows, true);
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record an arrangement", e);
        }
    }
}
