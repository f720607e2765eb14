package io.huiwu.chassis.web;

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
 * Counts committed changes per subject (a check-in list, a meeting's outstanding copies: any id) on this replica, so
 * that a live stream recomputes only when something it shows changed. A stream also recomputes now and then, for
 * changes committed on other replicas. A rolled-back transaction counts nothing.
 */
@ApplicationScoped
public class ChangeSignals {

    private static final Object KEY = new Object();

    private final Map<UUID, AtomicLong> changes = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;

    public ChangeSignals(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Marks the subject as changed once the current transaction commits. */
    @SuppressWarnings("unchecked")
    public void changedOnCommit(UUID subject) {
        Set<UUID> subjects = (Set<UUID>) transactions.getResource(KEY);
        if (subjects == null) {
            Set<UUID> pending = new HashSet<>();
            transactions.putResource(KEY, pending);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare: the streams read again after the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        pending.forEach(id -> counter(id).incrementAndGet());
                    }
                }
            });
            subjects = pending;
        }
        subjects.add(subject);
    }

    /** How many committed transactions changed the subject on this replica since it started. */
    public long changes(UUID subject) {
        return counter(subject).get();
    }

    private AtomicLong counter(UUID subject) {
        return changes.computeIfAbsent(subject, id -> new AtomicLong());
    }
}
