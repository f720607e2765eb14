package io.huiwu.chassis.problem;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a database that cannot be reached from a request that is wrong: connection-level failures (SQLSTATE class
 * 08, an administrator's shutdown, a pool that cannot get a connection) say nothing about the request, so they are
 * answered 503 and retried, never dead-lettered or reported as a server fault.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** Whether the failure is the database being out of reach, whatever the request. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03"))) {
                    return true;
                }
                if (state == null && sql.getMessage() != null
                        && sql.getMessage().toLowerCase().contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure happened while the transaction was being committed: the database may have recorded it or
     * not, and nobody here can tell.
     */
    public static boolean duringCommit(Throwable failure) {
        for (Throwable t : chain(failure)) {
            String name = t.getClass().getName();
            if (name.contains("Heuristic") || name.equals("javax.transaction.xa.XAException")
                    || name.equals("jakarta.transaction.SystemException")) {
                return true;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                String type = frame.getClassName();
                if (frame.getMethodName().equals("commit") && (type.contains("Transaction")
                        || type.contains("XAResource") || type.contains("Connection"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The failure, its causes and what was suppressed along the way, each once. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> seen = new ArrayList<>();
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable t = todo.poll();
            if (seen.stream().anyMatch(known -> known == t)) {
                continue;
            }
            seen.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return seen;
    }
}
