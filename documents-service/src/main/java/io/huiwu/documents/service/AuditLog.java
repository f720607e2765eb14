package io.huiwu.documents.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.AuditEntryView;
import io.huiwu.documents.api.AuditVerificationView;
import io.huiwu.documents.domain.AuditChain;
import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.LedgerEntryEntity;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The meeting's audit log: every ledger entry and every read of a state secret's record, appended to the meeting's
 * hash chain ({@link AuditChain}) in the caller's transaction (or one of its own for a read). Appends to one chain
 * follow each other: each takes the chain's transaction-scoped advisory lock before it reads the last entry, so two
 * appends at once never link to the same entry; the lock is the last one a ledger write takes, so it adds no
 * deadlock. The table refuses UPDATE and DELETE; nothing here offers either.
 */
@ApplicationScoped
public class AuditLog {

    /** The header a client device names itself with; without it, the remote address is recorded. */
    public static final String DEVICE_HEADER = "X-Device-Id";
    /** The actor and origin of what the service does by itself (a deadline passing). */
    public static final String SERVICE = "documents-service";
    /** Reads of a state secret's record. */
    public static final String DOCUMENT_READ = "DOCUMENT_READ";
    public static final String DOCUMENTS_LISTED = "DOCUMENTS_LISTED";
    public static final String COPIES_LISTED = "COPIES_LISTED";
    public static final String COPY_READ = "COPY_READ";
    public static final String LEDGER_READ = "LEDGER_READ";

    /** The advisory lock namespace of audit chains (the first key of the two-key form). */
    private static final int LOCK_SPACE = 0x41554454;
    private static final ObjectMapper CANONICAL = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };
    private static final String COLUMNS = "meeting_id, seq, recorded_at, actor, origin, action, document_id, copy_id,"
            + " detail, prev_hash, hash";

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    public AuditLog(EntityManager entityManager, AgroalDataSource dataSource,
            TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** The end of a meeting's chain as this transaction, holding the chain's lock, last wrote it. */
    private record Tail(long seq, String hash) {
    }

    /** The key under which a transaction keeps the tail of a meeting's chain. */
    private record TailKey(UUID meetingId) {
    }

    /** Appends an entry to the meeting's chain; its detail leaves out the null values. */
    @Transactional
    public long append(UUID meetingId, String actor, String action, UUID documentId, UUID copyId,
            Map<String, ?> detail) {
        // the lock is held to the end of the transaction, so a second entry of the same transaction (a batch of
        // returns) links to the tail this one kept, without taking the lock and reading the tail again
        TailKey key = new TailKey(meetingId);
        Tail tail = (Tail) transactions.getResource(key);
        if (tail == null) {
            tail = lockedTail(meetingId);
        }
        long seq = tail.seq() + 1;
        String prevHash = tail.hash();
        Instant now = AuditChain.truncate(DocumentService.now().toInstant());
        String origin = origin();
        String text = canonicalDetail(detail);
        String hash = AuditChain.hash(AuditChain.sha256(), meetingId, seq, now, actor, origin, action, documentId,
                copyId, text, prevHash);
        entityManager.createNativeQuery("insert into audit_entry (" + COLUMNS + ") values (:meeting, :seq, :at,"
                + " :actor, :origin, :action, :document, :copy, :detail, :prev, :hash)")
                .setParameter("meeting", meetingId).setParameter("seq", seq)
                .setParameter("at", now.atOffset(ZoneOffset.UTC)).setParameter("actor", actor)
                .setParameter("origin", origin).setParameter("action", action).setParameter("document", documentId)
                .setParameter("copy", copyId).setParameter("detail", text).setParameter("prev", prevHash)
                .setParameter("hash", hash).executeUpdate();
        transactions.putResource(key, new Tail(seq, hash));
        return seq;
    }

    /** Takes the meeting's chain lock for the transaction and reads the chain's last entry. */
    private Tail lockedTail(UUID meetingId) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:space, :key)")
                .setParameter("space", LOCK_SPACE).setParameter("key", meetingId.hashCode()).getSingleResult();
        List<?> last = entityManager.createNativeQuery("select seq, hash from audit_entry where meeting_id = :meeting"
                + " order by seq desc limit 1").setParameter("meeting", meetingId).getResultList();
        if (last.isEmpty()) {
            return new Tail(0, AuditChain.GENESIS);
        }
        Object[] row = (Object[]) last.get(0);
        return new Tail(((Number) row[0]).longValue(), (String) row[1]);
    }

    /** A ledger entry, in its transaction: COPY_ and the entry's action, with everything the entry says. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ledgerEntry(DocumentEntity document, CopyEntity copy, LedgerEntryEntity entry) {
        append(entry.meetingId, entry.actor, "COPY_" + entry.action.name(), document.id, copy.id,
                ledgerDetail(document, copy, entry));
    }

    /** A copy's ledger entry to be audited, with the document and the copy as they stand after it. */
    public record LedgerAppend(DocumentEntity document, CopyEntity copy, LedgerEntryEntity entry) {
    }

    /**
     * Ledger entries of one meeting and one actor, in their transaction, as {@link #ledgerEntry} would append them
     * one by one (the same detail, links and hashes, in the order given), written with one batched statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ledgerEntries(UUID meetingId, String actor, List<LedgerAppend> appends) {
        if (appends.isEmpty()) {
            return;
        }
        TailKey key = new TailKey(meetingId);
        Tail tail = (Tail) transactions.getResource(key);
        if (tail == null) {
            tail = lockedTail(meetingId);
        }
        Instant now = AuditChain.truncate(DocumentService.now().toInstant());
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String origin = origin();
        var sha256 = AuditChain.sha256();
        long seq = tail.seq();
        String prevHash = tail.hash();
        // the entity manager's pending changes go first, as they would before a native statement
        entityManager.flush();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into audit_entry (" + COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LedgerAppend append : appends) {
                String action = "COPY_" + append.entry().action.name();
                String text = canonicalDetail(ledgerDetail(append.document(), append.copy(), append.entry()));
                seq++;
                String hash = AuditChain.hash(sha256, meetingId, seq, now, actor, origin, action,
                        append.document().id, append.copy().id, text, prevHash);
                insert.setObject(1, meetingId);
                insert.setLong(2, seq);
                insert.setObject(3, at);
                insert.setString(4, actor);
                insert.setString(5, origin);
                insert.setString(6, action);
                insert.setObject(7, append.document().id);
                insert.setObject(8, append.copy().id);
                insert.setString(9, text);
                insert.setString(10, prevHash);
                insert.setString(11, hash);
                insert.addBatch();
                prevHash = hash;
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not append " + appends.size() + " audit entries", e);
        }
        transactions.putResource(key, new Tail(seq, prevHash));
    }

    private static Map<String, Object> ledgerDetail(DocumentEntity document, CopyEntity copy,
            LedgerEntryEntity entry) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("entry", entry.seq);
        detail.put("copyNumber", copy.copyNumber);
        detail.put("secretLevel", document.classification.name());
        detail.put("state", copy.state.name());
        detail.put("holderId", entry.holderId == null ? null : entry.holderId.toString());
        detail.put("fromHolderId", entry.fromHolderId == null ? null : entry.fromHolderId.toString());
        detail.put("receivedBy", entry.receivedBy);
        detail.put("dueAt", entry.dueAt);
        detail.put("approval", entry.approval);
        detail.put("supervisors", entry.supervisors == null ? null : List.of(entry.supervisors.split("\n")));
        detail.put("note", entry.note);
        detail.put("authorisedBy", entry.authorisedBy);
        detail.put("happenedAt", entry.happenedAt);
        if (entry.unit != null) {
            detail.put("unit", entry.unit);
            detail.put("receiptNumber", entry.receiptNumber);
        }
        return detail;
    }

    /**
     * A read of a state secret's record (秘密, 机密, 绝密), in a transaction of its own; reads of other documents are
     * not recorded.
     */
    @Transactional
    public void read(UUID meetingId, String actor, String action, Classification level, UUID documentId,
            UUID copyId, Map<String, ?> detail) {
        if (level != null && level.isStateSecret()) {
            append(meetingId, actor, action, documentId, copyId, detail);
        }
    }

    /** The meeting's entries, oldest first, optionally of one copy, one document or one actor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PageResult<AuditEntryView> list(UUID meetingId, UUID copyId, UUID documentId, String actor,
            PageRequest paging) {
        StringBuilder where = new StringBuilder(" from audit_entry where meeting_id = :meeting");
        if (copyId != null) {
            where.append(" and copy_id = :copy");
        }
        if (documentId != null) {
            where.append(" and document_id = :document");
        }
        if (actor != null) {
            where.append(" and actor = :actor");
        }
        Query count = bind(entityManager.createNativeQuery("select count(*)" + where), meetingId, copyId,
                documentId, actor);
        Query page = bind(entityManager.createNativeQuery("select " + COLUMNS + where + " order by seq"),
                meetingId, copyId, documentId, actor).setFirstResult((int) Math.min(paging.offset(),
                        Integer.MAX_VALUE)).setMaxResults(paging.size());
        List<AuditEntryView> items = new ArrayList<>();
        for (Object[] row : (List<Object[]>) page.getResultList()) {
            items.add(new AuditEntryView(((Number) row[1]).longValue(), time(row[2]), (String) row[3],
                    (String) row[4], (String) row[5], (UUID) row[6], (UUID) row[7], parse((String) row[8]),
                    (String) row[9], (String) row[10]));
        }
        return new PageResult<>(items, paging.page(), paging.size(),
                ((Number) count.getSingleResult()).longValue());
    }

    /** Checks the meeting's chain from its first entry; names the first entry that breaks it. */
    public AuditVerificationView verify(UUID meetingId) {
        try (Connection connection = dataSource.getConnection()) {
            AuditChain.Verifier verifier = verify(connection, meetingId);
            AuditChain.Break broken = verifier.broken();
            return new AuditVerificationView(meetingId, broken == null, verifier.checked(), verifier.lastSeq(),
                    verifier.lastHash(), broken == null ? null : new AuditVerificationView.BrokenEntry(
                            broken.seq(), broken.fault(), broken.expected(), broken.found()),
                    DocumentService.now());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log", e);
        }
    }

    /**
     * Walks a meeting's chain on a connection, streaming the entries in order of position, until the first break.
     * The connection is left as it was found.
     */
    public static AuditChain.Verifier verify(Connection connection, UUID meetingId) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from audit_entry where meeting_id = ? order by seq")) {
            select.setFetchSize(10_000);
            if (select.isWrapperFor(PGStatement.class)) {
                // rows in the binary format: uuids and times without parsing text
                select.unwrap(PGStatement.class).setPrepareThreshold(-1);
            }
            select.setObject(1, meetingId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // the text columns as the bytes the server sent (UTF-8): hashed as they are, never decoded
                    if (!verifier.accept(meetingId, rows.getLong(2), rows.getObject(3, OffsetDateTime.class)
                            .toInstant(), rows.getBytes(4), rows.getBytes(5), rows.getBytes(6),
                            rows.getObject(7, UUID.class), rows.getObject(8, UUID.class), rows.getBytes(9),
                            rows.getBytes(10), rows.getBytes(11))) {
                        break;
                    }
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return verifier;
    }

    /** A detail from keys and values, key first; a null value is left out. */
    public static Map<String, Object> detail(Object... keysAndValues) {
        Map<String, Object> detail = new HashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            detail.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return detail;
    }

    /** The detail as it is hashed and kept: a JSON object with its keys in order and without null values. */
    public static String canonicalDetail(Map<String, ?> detail) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        if (detail != null) {
            detail.forEach((key, value) -> {
                if (value != null) {
                    sorted.put(key, value instanceof OffsetDateTime time ? time.toInstant().toString() : value);
                }
            });
        }
        try {
            return CANONICAL.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an audit detail that is not JSON", e);
        }
    }

    /** Where the request came from: the device it names, else its remote address; the service for its own work. */
    static String origin() {
        if (!Arc.container().requestContext().isActive()) {
            return SERVICE;
        }
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext context = current == null ? null : current.getCurrent();
        if (context == null) {
            return SERVICE;
        }
        HttpServerRequest request = context.request();
        String device = request.getHeader(DEVICE_HEADER);
        if (device != null && !device.isBlank()) {
            String clean = device.strip().replaceAll("\\p{Cntrl}", "");
            return "device:" + (clean.length() > 100 ? clean.substring(0, 100) : clean);
        }
        SocketAddress address = request.remoteAddress();
        return address == null ? "address:unknown" : "address:" + address.hostAddress();
    }

    private static Query bind(Query query, UUID meetingId, UUID copyId, UUID documentId, String actor) {
        query.setParameter("meeting", meetingId);
        if (copyId != null) {
            query.setParameter("copy", copyId);
        }
        if (documentId != null) {
            query.setParameter("document", documentId);
        }
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        return query;
    }

    private static Map<String, Object> parse(String detail) {
        try {
            return CANONICAL.readValue(detail, DETAIL);
        } catch (JsonProcessingException e) {
            return Map.of("text", detail);
        }
    }

    private static OffsetDateTime time(Object column) {
        if (column instanceof OffsetDateTime time) {
            return time;
        }
        if (column instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) column).toInstant().atOffset(ZoneOffset.UTC);
    }
}
