package io.huiwu.chassis.roster;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.schema.ChassisSchema;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.SortSpec;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A service's copy of registration's roster, kept from the events on {@code registration.attendee}; a service that
 * needs the roster switches it on with the build property {@code huiwu.roster-replica.enabled=true} and gets the
 * table, the subscription and the read API ({@link RosterReplicaResource}). The copy is never edited here, and a
 * consumer never asks registration to complete an event: each event carries the whole entry.
 *
 * <p>An entry older than the copy (a redelivered or late event) changes nothing, so a late "registered" can never
 * bring back a withdrawn attendee. An entry of the same version changes the copy only when its verification state is
 * further along ({@link #VERIFICATION_ORDER}): {@code attendee-verified} vouches for a version without making a new
 * one, and within one version the state only moves forward, so a late event of that version cannot take it back. The
 * entry is kept whole, as published, so that a field registration adds reaches the copy without a migration here.
 * Each entry taken fires a {@link RosterChange} in the same transaction.
 */
@Startup
@ApplicationScoped
@IfBuildProperty(name = "huiwu.roster-replica.enabled", stringValue = "true")
public class RosterReplica implements EventSubscriber {

    public static final String TOPIC = "registration.attendee";

    /** The orders a list can be asked for, and the SQL of each. */
    static final Map<String, String> SORTABLE = Map.of(
            "rank", "rank",
            "strokes", "stroke_key",
            "pinyin", "pinyin_key",
            "name", "name",
            "delegation", "delegation",
            "category", "category");

    /**
     * The verification states of one version of an entry, in the only order they can follow: verifications are
     * added and overrides given, never taken back. A state not named here (or none, from before the field) counts
     * as the least.
     */
    static final List<String> VERIFICATION_ORDER = List.of("UNVERIFIED", "PARTIAL", "OVERRIDDEN", "VERIFIED");

    private static final String UPSERT = "insert into roster_attendee (id, meeting_id, version, withdrawn, name,"
            + " category, delegation, rank, stroke_key, pinyin_key, snapshot, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())"
            + " on conflict (id) do update set meeting_id = excluded.meeting_id, version = excluded.version,"
            + " withdrawn = excluded.withdrawn, name = excluded.name, category = excluded.category,"
            + " delegation = excluded.delegation, rank = excluded.rank, stroke_key = excluded.stroke_key,"
            + " pinyin_key = excluded.pinyin_key, snapshot = excluded.snapshot, updated_at = excluded.updated_at"
            + " where roster_attendee.version < excluded.version or (roster_attendee.version = excluded.version"
            + " and (roster_attendee.snapshot->>'collationVersion' is distinct from"
            + " excluded.snapshot->>'collationVersion' or " + verificationRank("excluded") + " > "
            + verificationRank("roster_attendee") + "))";
    private static final String COLUMNS = "snapshot, version, updated_at";

    private final AgroalDataSource dataSource;
    private final Event<RosterChange> changes;

    public RosterReplica(AgroalDataSource dataSource, Event<RosterChange> changes) {
        this.dataSource = dataSource;
        this.changes = changes;
    }

    @PostConstruct
    void migrate() {
        ChassisSchema.migrate(dataSource, "db/chassis-roster", "chassis_roster_schema_history");
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC)
                .on("attendee-registered", RosterSnapshot.class, (entry, event) -> apply(entry, event.data()))
                .on("attendee-updated", RosterSnapshot.class, (entry, event) -> apply(entry, event.data()))
                .on("attendee-withdrawn", RosterSnapshot.class, (entry, event) -> apply(entry, event.data()))
                .on("attendee-verified", RosterSnapshot.class, (entry, event) -> apply(entry, event.data()));
    }

    /** SQL: the position of a row's verification state in {@link #VERIFICATION_ORDER}, 0 when unknown. */
    private static String verificationRank(String row) {
        return "coalesce(array_position(array['" + String.join("', '", VERIFICATION_ORDER) + "'], " + row
                + ".snapshot->>'verification'), 0)";
    }

    /** Applies an entry as registration published it, in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RosterSnapshot entry, JsonNode published) {
        if (entry.attendeeId() == null || entry.meetingId() == null || entry.name() == null
                || entry.category() == null) {
            throw new EventCodec.MalformedEventException("a roster entry needs attendeeId, meetingId, name and"
                    + " category");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setObject(1, entry.attendeeId());
            upsert.setObject(2, entry.meetingId());
            upsert.setLong(3, entry.version());
            upsert.setBoolean(4, entry.withdrawn());
            upsert.setString(5, entry.name());
            upsert.setString(6, entry.category());
            upsert.setString(7, entry.delegation());
            upsert.setObject(8, entry.rank());
            upsert.setBytes(9, hex(entry.strokeKey()));
            upsert.setBytes(10, hex(entry.pinyinKey()));
            upsert.setString(11, published.toString());
            if (upsert.executeUpdate() == 0) {
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not apply roster entry " + entry.attendeeId(), e);
        }
        changes.fire(new RosterChange(entry.meetingId(), entry.attendeeId(), entry.version(), entry.withdrawn()));
    }

    /** The criteria of a list. */
    public record Query(UUID meetingId, String category, String delegation, SortSpec sort, int page, int size) {
    }

    /** One page of the meeting's attendees (withdrawn ones left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ReplicatedAttendee> list(Query query) {
        StringBuilder where = new StringBuilder(" from roster_attendee where meeting_id = ? and not withdrawn");
        List<Object> parameters = new ArrayList<>(List.of(query.meetingId()));
        if (query.category() != null) {
            where.append(" and category = ?");
            parameters.add(query.category());
        }
        if (query.delegation() != null) {
            where.append(" and delegation = ?");
            parameters.add(query.delegation());
        }
        StringBuilder order = new StringBuilder(" order by ");
        for (SortSpec.Field field : query.sort().fields()) {
            order.append(SORTABLE.get(field.name())).append(field.descending() ? " desc" : "")
                    .append(" nulls last, ");
        }
        order.append("stroke_key, id limit ? offset ?");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*)" + where);
                PreparedStatement select = connection.prepareStatement("select " + COLUMNS + where + order)) {
            bind(count, parameters);
            long total;
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            int next = bind(select, parameters);
            select.setInt(next++, query.size());
            select.setLong(next, (long) query.page() * query.size());
            List<ReplicatedAttendee> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(read(rows));
                }
            }
            return new PageResult<>(items, query.page(), query.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the roster copy of meeting " + query.meetingId(), e);
        }
    }

    /** One attendee of the meeting, unless withdrawn. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReplicatedAttendee> find(UUID meetingId, UUID attendeeId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                        + " from roster_attendee where id = ? and meeting_id = ? and not withdrawn")) {
            select.setObject(1, attendeeId);
            select.setObject(2, meetingId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read attendee " + attendeeId, e);
        }
    }

    /** One attendee of the meeting, or a 404 problem. */
    public ReplicatedAttendee require(UUID meetingId, UUID attendeeId) {
        return find(meetingId, attendeeId).orElseThrow(() -> ProblemException.notFound(
                Message.of("Attendee", "参会人员"), attendeeId));
    }

    /**
     * The entry as registration published it, read into a type of the caller's: a service that needs a field the
     * common view lacks reads it this way.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> Optional<T> snapshot(UUID meetingId, UUID attendeeId, Class<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select snapshot from roster_attendee"
                        + " where id = ? and meeting_id = ?")) {
            select.setObject(1, attendeeId);
            select.setObject(2, meetingId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(EventCodec.mapper().readValue(rows.getString(1), reader))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read attendee " + attendeeId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        int i = 1;
        for (Object parameter : parameters) {
            statement.setObject(i++, parameter);
        }
        return i;
    }

    private static ReplicatedAttendee read(ResultSet row) throws SQLException {
        RosterSnapshot entry;
        try {
            entry = EventCodec.mapper().readValue(row.getString("snapshot"), RosterSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ReplicatedAttendee.of(entry, row.getObject("updated_at", OffsetDateTime.class));
    }

    private static byte[] hex(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(key);
        } catch (IllegalArgumentException e) {
            throw new EventCodec.MalformedEventException("a sort key must be hexadecimal");
        }
    }
}
