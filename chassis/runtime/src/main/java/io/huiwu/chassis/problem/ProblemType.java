package io.huiwu.chassis.problem;

import java.util.List;

/**
 * The kinds of problem every service can report. Each has a stable URI and a title in each language; the detail of
 * each occurrence is written where it happens.
 */
public enum ProblemType {
    VALIDATION(400, "validation-failed", "The request is not valid", "请求内容有误"),
    MALFORMED_BODY(400, "malformed-body", "The request body cannot be read", "无法读取请求内容"),
    BAD_REQUEST(400, "bad-request", "The request cannot be processed", "无法处理该请求"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication is required", "需要登录认证"),
    FORBIDDEN(403, "forbidden", "Not allowed for your role", "您的角色无权执行此操作"),
    NOT_FOUND(404, "not-found", "Not found", "未找到"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "不支持该请求方法"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Cannot produce the requested media type", "无法提供所要求的格式"),
    CONFLICT(409, "conflict", "The request conflicts with the current state", "请求与当前状态冲突"),
    NOT_VERIFIED(409, "not-verified", "The roster entry is not verified", "名册条目尚未核对确认"),
    REPLAY_FAILED(409, "replay-failed", "The event still cannot be applied", "该事件仍无法处理"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed since you read it", "数据在您读取后已被修改"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large", "请求内容过大"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type", "不支持该内容格式"),
    RULE_VIOLATED(422, "rule-violated", "The request breaks a rule of the meeting", "请求违反会议规则"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The Idempotency-Key was used for a different request",
            "该 Idempotency-Key 已用于另一个请求"),
    PRECONDITION_REQUIRED(428, "precondition-required", "An If-Match header is required", "需要 If-Match 请求头"),
    INTERNAL(500, "internal-error", "Internal error", "服务器内部错误"),
    UNAVAILABLE(503, "unavailable", "Temporarily unavailable", "服务暂时不可用"),
    OUTCOME_UNKNOWN(503, "outcome-unknown", "Whether the change was recorded is not known", "无法确定修改是否已保存");

    private final int status;
    private final String slug;
    private final String english;
    private final String chinese;

    ProblemType(int status, String slug, String english, String chinese) {
        this.status = status;
        this.slug = slug;
        this.english = english;
        this.chinese = chinese;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "urn:huiwu:problem:" + slug;
    }

    public String title(Language language) {
        return language == Language.CHINESE ? chinese : english;
    }

    public Problem problem(Language language, String detail) {
        return new Problem(uri(), title(language), status, detail, null, null, null);
    }

    public Problem problem(Language language, String detail, List<Problem.FieldError> errors) {
        return new Problem(uri(), title(language), status, detail, null, errors, null);
    }

    /** The problem with its detail in the caller's language. */
    public Problem problem(Language language, Message detail) {
        return problem(language, detail.in(language));
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
