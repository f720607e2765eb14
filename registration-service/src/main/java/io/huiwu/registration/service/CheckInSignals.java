package io.huiwu.registration.service;

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
 * Counts committed changes per check-in list on this replica, so that live headcount streams recompute only
 * when something changed (they also recompute now and then, for changes made on other replicas).
 */
@ApplicationScoped
public class CheckInSignals {

    private static final Object KEY = new Object();

    private final Map<UUID, AtomicLong> changes = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;

    public CheckInSignals(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Marks the list as changed once the current transaction commits. */
    @SuppressWarnings("unchecked")
    public void changedOnCommit(UUID listId) {
        Set<UUID> lists = (Set<UUID>) transactions.getResource(KEY);
        if (lists == null) {
            Set<UUID> pending = new HashSet<>();
            transactions.putResource(KEY, pending);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        pending.forEach(id -> counter(id).incrementAndGet());
                    }
                }
            });
            lists = pending;
        }
        lists.add(listId);
    }

    public long changes(UUID listId) {
        return counter(listId).get();
    }

    private AtomicLong counter(UUID listId) {
        return changes.computeIfAbsent(listId, id -> new AtomicLong());
    }
}
