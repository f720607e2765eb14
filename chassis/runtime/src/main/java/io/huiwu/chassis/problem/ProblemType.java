package io.huiwu.chassis.problem;

/**
 * The kinds of problem every service can report. Each has a stable URI and title; the detail of each occurrence
 * is written where it happens.
 */
public enum ProblemType {
    VALIDATION(400, "validation-failed", "The request is not valid"),
    MALFORMED_BODY(400, "malformed-body", "The request body cannot be read"),
    BAD_REQUEST(400, "bad-request", "The request cannot be processed"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "Not allowed for your role"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Cannot produce the requested media type"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RULE_VIOLATED(422, "rule-violated", "The request breaks a rule of the meeting"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The Idempotency-Key was used for a different request"),
    PRECONDITION_REQUIRED(428, "precondition-required", "An If-Match header is required"),
    INTERNAL(500, "internal-error", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Temporarily unavailable");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "urn:huiwu:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null, null, null);
    }

    public Problem problem(String detail, java.util.List<Problem.FieldError> errors) {
        return new Problem(uri(), title, status, detail, null, errors, null);
    }

    /** The closest type for a bare HTTP status, used when a framework exception carries nothing else. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != IDEMPOTENCY_KEY_REUSED && type != MALFORMED_BODY
                    && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
