package io.huiwu.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts committed ledger entries per meeting on this replica, so that a live count of the copies still out is
 * recomputed only when something moved (streams also recompute now and then, for entries made on other replicas).
 */
@ApplicationScoped
public class OutstandingSignals {

    private static final Object KEY = new Object();

    private final Map<UUID, AtomicLong> changes = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;

    public OutstandingSignals(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Marks the meeting as changed once the current transaction commits; a rollback marks nothing. */
    @SuppressWarnings("unchecked")
    public void changedOnCommit(UUID meetingId) {
        Set<UUID> meetings = (Set<UUID>) transactions.getResource(KEY);
        if (meetings == null) {
            Set<UUID> pending = new HashSet<>();
            transactions.putResource(KEY, pending);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare: the count is read again after the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        pending.forEach(id -> counter(id).incrementAndGet());
                    }
                }
            });
            meetings = pending;
        }
        meetings.add(meetingId);
    }

    public long changes(UUID meetingId) {
        return counter(meetingId).get();
    }

    private AtomicLong counter(UUID meetingId) {
        return changes.computeIfAbsent(meetingId, id -> new AtomicLong());
    }
}
