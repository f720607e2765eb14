package io.huiwu.chassis.web;

import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: a resource's {@code ETag} is its version, and an update must send it back in
 * {@code If-Match}. A missing header is 428, a stale one 412.
 */
public final class Versions {

    private Versions() {
    }

    /** The ETag of a version, a quoted strong validator: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header asks for.
     *
     * @throws ProblemException 428 when the header is missing, 400 when it is not a version this service issued
     */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you read in an If-Match header, so that you do not overwrite someone else's change");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "must be an ETag returned by this service, such as \"3\"");
        }
    }

    /** Checks the version a client read against the current one. */
    public static void check(long expected, long current, String what) {
        if (expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    what + " has changed since you read it (your version " + expected + ", now " + current
                            + "); read it again and reapply your change");
        }
    }
}
