package io.huiwu.chassis.web;

import io.huiwu.chassis.problem.Message;
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
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, Message.of(
                    "Send the ETag you read in an If-Match header, so that you do not overwrite someone else's change",
                    "请在 If-Match 请求头中发送您读取到的 ETag，以免覆盖他人的修改"));
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
            throw ProblemException.invalidField("If-Match", Message.of(
                    "must be an ETag returned by this service, such as \"3\"", "必须是本服务返回的 ETag，如 \"3\""));
        }
    }

    /** Checks the version a client read against the current one; {@code what} names the record. */
    public static void check(long expected, long current, Message what) {
        if (expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, Message.of(
                    "{0} has changed since you read it (your version {1}, now {2}); read it again and reapply your"
                            + " change", "{0} 在您读取后已被修改（您的版本 {1}，现为 {2}）；请重新读取后再修改",
                    what, expected, current));
        }
    }
}
