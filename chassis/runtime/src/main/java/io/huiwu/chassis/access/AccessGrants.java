package io.huiwu.chassis.access;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The grants of every meeting this service knows: who holds which role where. Registration, which owns grants,
 * changes them through {@link #grant} and {@link #revoke}; the other services {@link #apply} what registration
 * publishes. Every request to a meeting's path asks {@link #rolesIn} (see {@link MeetingScopedRoles}), so the answer
 * is kept in memory for {@link AccessConfig#cacheTtl()}; a change recorded here forgets it at once.
 */
@ApplicationScoped
public class AccessGrants {

    private static final String COLUMNS = "id, meeting_id, subject, role, display_name, active, version, changed_by,"
            + " changed_at";
    private static final String ROLES_IN = "select role from access_grant where meeting_id = ? and subject = ?"
            + " and active";
    private static final String FIND = "select " + COLUMNS + " from access_grant"
            + " where meeting_id = ? and subject = ? and role = ? for update";
    private static final String FIND_BY_ID = "select " + COLUMNS + " from access_grant where meeting_id = ? and id = ?";
    private static final String UPSERT = "insert into access_grant (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (meeting_id, subject, role) do update set id = excluded.id,"
            + " display_name = excluded.display_name, active = excluded.active, version = excluded.version,"
            + " changed_by = excluded.changed_by, changed_at = excluded.changed_at";
    private static final String APPLY = UPSERT + " where access_grant.version < excluded.version";
    private static final String INSERT_NEW = "insert into access_grant (" + COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
    private static final String ACTIVE_ORGANIZERS = "select count(*) from access_grant where meeting_id = ?"
            + " and role = '" + Roles.ORGANIZER + "' and active";
    private static final String MEETINGS_OF = "select distinct meeting_id from access_grant where subject = ?"
            + " and active";

    private static final Message GRANT = Message.of("Grant", "授权");

    private record Key(UUID meetingId, String subject) {
    }

    private record Cached(Set<String> roles, long loadedAtNanos) {
    }

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final long ttlNanos;
    private final int capacity;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    public AccessGrants(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions,
            AccessConfig config) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.ttlNanos = config.cacheTtl().toNanos();
        this.capacity = config.cacheSize();
    }

    /** The roles the subject holds in the meeting, if they are in memory and fresh; never blocks. */
    public Optional<Set<String>> cachedRolesIn(UUID meetingId, String subject) {
        Cached cached = cache.get(new Key(meetingId, subject));
        if (cached == null || System.nanoTime() - cached.loadedAtNanos() > ttlNanos) {
            return Optional.empty();
        }
        return Optional.of(cached.roles());
    }

    /** The roles the subject holds in the meeting (none if no grant); reads the database when not in memory. */
    public Set<String> rolesIn(UUID meetingId, String subject) {
        Optional<Set<String>> cached = cachedRolesIn(meetingId, subject);
        if (cached.isPresent()) {
            return cached.get();
        }
        long loadedAt = System.nanoTime();
        Set<String> roles = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(ROLES_IN)) {
            query.setObject(1, meetingId);
            query.setString(2, subject);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the grants of meeting " + meetingId, e);
        }
        if (cache.size() >= capacity) {
            cache.clear();
        }
        Set<String> result = Collections.unmodifiableSet(roles);
        cache.put(new Key(meetingId, subject), new Cached(result, loadedAt));
        return result;
    }

    /** The meetings in which the subject holds at least one role. */
    public List<UUID> meetingsOf(String subject) {
        List<UUID> meetings = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(MEETINGS_OF)) {
            query.setString(1, subject);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    meetings.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the meetings of " + subject, e);
        }
        return meetings;
    }

    /** One page of a meeting's active grants, by role in the order of {@link Roles#MEETING_ROLES}, then subject. */
    public PageResult<Grant> list(UUID meetingId, String role, int page, int size) {
        String where = " from access_grant where meeting_id = ? and active" + (role == null ? "" : " and role = ?");
        String order = " order by array_position(array['organizer','registrar','logistics','venue','secretariat']::"
                + "varchar[], role::varchar), subject limit ? offset ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*)" + where);
                PreparedStatement select = connection.prepareStatement("select " + COLUMNS + where + order)) {
            int i = bind(count, meetingId, role);
            long total;
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            i = bind(select, meetingId, role);
            select.setInt(i++, size);
            select.setLong(i, (long) page * size);
            List<Grant> grants = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    grants.add(read(rows));
                }
            }
            return new PageResult<>(grants, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the grants of meeting " + meetingId, e);
        }
    }

    private static int bind(PreparedStatement statement, UUID meetingId, String role) throws SQLException {
        statement.setObject(1, meetingId);
        if (role != null) {
            statement.setString(2, role);
            return 3;
        }
        return 2;
    }

    /** A grant of the meeting by its id, active or revoked. */
    public Optional<Grant> find(UUID meetingId, UUID grantId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(FIND_BY_ID)) {
            query.setObject(1, meetingId);
            query.setObject(2, grantId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read grant " + grantId, e);
        }
    }

    /**
     * Gives a role in a meeting (the owner of grants only), in the caller's transaction.
     *
     * @throws ProblemException 409 when the subject already holds the role there
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Grant grant(UUID meetingId, String subject, String role, String displayName, String actor) {
        if (!Roles.MEETING_ROLES.contains(role)) {
            throw ProblemException.invalidField("role", Message.of("has the unknown value '{0}'; use one of {1}",
                    "的值“{0}”无法识别；请使用 {1} 之一", role, String.join(", ", Roles.MEETING_ROLES)));
        }
        try (Connection connection = dataSource.getConnection()) {
            Optional<Grant> existing = lock(connection, meetingId, subject, role);
            if (existing.map(Grant::active).orElse(false)) {
                throw ProblemException.conflict(Message.of(
                        "{0} already holds the role {1} in this meeting (grant {2})",
                        "{0} 已在本次会议中担任 {1}（授权 {2}）", subject, role, existing.get().grantId()));
            }
            Grant grant = new Grant(existing.map(Grant::grantId).orElseGet(UUID::randomUUID), meetingId, subject,
                    role, displayName, true, existing.map(g -> g.version() + 1).orElse(1L), actor, now());
            if (write(connection, existing.isPresent() ? UPSERT : INSERT_NEW, grant) == 0) {
                // someone granted the same role at the same moment
                throw ProblemException.conflict(Message.of("{0} already holds the role {1} in this meeting",
                        "{0} 已在本次会议中担任 {1}", subject, role));
            }
            forgetAfterCommit(meetingId, subject);
            return grant;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the grant", e);
        }
    }

    /**
     * Takes back a grant (the owner of grants only), in the caller's transaction. A meeting always keeps at least
     * one organizer, so that someone can still manage it.
     *
     * @throws ProblemException 404 for an unknown or already revoked grant, 409 for the last organizer
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Grant revoke(UUID meetingId, UUID grantId, String actor) {
        Grant current = find(meetingId, grantId).filter(Grant::active)
                .orElseThrow(() -> ProblemException.notFound(GRANT, grantId));
        try (Connection connection = dataSource.getConnection()) {
            boolean organizer = Roles.ORGANIZER.equals(current.role());
            if (organizer) {
                // two organizers revoking each other at once must not leave the meeting with none: both wait here
                lockOrganizers(connection, meetingId);
            }
            Grant locked = lock(connection, meetingId, current.subject(), current.role()).orElseThrow();
            if (!locked.active()) {
                throw ProblemException.notFound(GRANT, grantId);
            }
            if (organizer) {
                if (activeOrganizers(connection, meetingId) <= 1) {
                    throw ProblemException.conflict(Message.of(
                            "{0} is the last organizer of this meeting; grant the role to someone else first",
                            "{0} 是本次会议最后一位组织者；请先将该角色授予他人", locked.subject()));
                }
            }
            Grant revoked = new Grant(locked.grantId(), meetingId, locked.subject(), locked.role(),
                    locked.displayName(), false, locked.version() + 1, actor, now());
            write(connection, UPSERT, revoked);
            forgetAfterCommit(meetingId, locked.subject());
            return revoked;
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke the grant", e);
        }
    }

    /**
     * Applies a grant as its owner published it, in the caller's transaction (replicas only). An older version than
     * the one recorded changes nothing, so a late event cannot bring back a revoked grant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Grant grant) {
        try (Connection connection = dataSource.getConnection()) {
            write(connection, APPLY, grant);
        } catch (SQLException e) {
            throw new IllegalStateException("could not apply grant " + grant.grantId(), e);
        }
        forgetAfterCommit(grant.meetingId(), grant.subject());
    }

    private Optional<Grant> lock(Connection connection, UUID meetingId, String subject, String role)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(FIND)) {
            query.setObject(1, meetingId);
            query.setString(2, subject);
            query.setString(3, role);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Locks the meeting's organizer grants, always in the same order so that two revokes cannot deadlock. */
    private static void lockOrganizers(Connection connection, UUID meetingId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select 1 from access_grant where meeting_id = ?"
                + " and role = '" + Roles.ORGANIZER + "' order by subject for update")) {
            lock.setObject(1, meetingId);
            lock.executeQuery().close();
        }
    }

    private static long activeOrganizers(Connection connection, UUID meetingId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(ACTIVE_ORGANIZERS)) {
            count.setObject(1, meetingId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static int write(Connection connection, String sql, Grant grant) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setObject(1, grant.grantId());
            upsert.setObject(2, grant.meetingId());
            upsert.setString(3, grant.subject());
            upsert.setString(4, grant.role());
            upsert.setString(5, grant.displayName());
            upsert.setBoolean(6, grant.active());
            upsert.setLong(7, grant.version());
            upsert.setString(8, grant.changedBy());
            upsert.setObject(9, grant.changedAt());
            return upsert.executeUpdate();
        }
    }

    private static Grant read(ResultSet row) throws SQLException {
        return new Grant(row.getObject("id", UUID.class), row.getObject("meeting_id", UUID.class),
                row.getString("subject"), row.getString("role"), row.getString("display_name"),
                row.getBoolean("active"), row.getLong("version"), row.getString("changed_by"),
                row.getObject("changed_at", OffsetDateTime.class));
    }

    private void forgetAfterCommit(UUID meetingId, String subject) {
        Key key = new Key(meetingId, subject);
        cache.remove(key);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // also after a rollback: what was read during the transaction may have been its own change
                cache.remove(key);
            }
        });
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
