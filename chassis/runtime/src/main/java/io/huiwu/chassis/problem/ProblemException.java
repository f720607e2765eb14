package io.huiwu.chassis.problem;

import java.util.List;

/**
 * An error a service raises on purpose; it becomes a problem+json response of its type, its detail written in the
 * caller's language. Services use the factory methods rather than subclasses, so a reader sees in one place which
 * status a rule produces.
 */
public class ProblemException extends RuntimeException {

    /** A field a client must correct, and what is wrong with it. */
    public record FieldIssue(String field, Message message) {
    }

    private final ProblemType type;
    private final Message detail;
    private final List<FieldIssue> errors;

    public ProblemException(ProblemType type, Message detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, Message detail, List<FieldIssue> errors) {
        super(detail.in(Language.ENGLISH), null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** "{what} {id} does not exist". */
    public static ProblemException notFound(Message what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("{0} {1} does not exist", "{0} {1} 不存在",
                what, id));
    }

    public static ProblemException conflict(Message detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException ruleViolated(Message detail) {
        return new ProblemException(ProblemType.RULE_VIOLATED, detail);
    }

    public static ProblemException badRequest(Message detail) {
        return new ProblemException(ProblemType.BAD_REQUEST, detail);
    }

    /**
     * A validation failure that the annotations on a DTO cannot express, such as one field against another. The
     * message follows the field's name: {@code invalidField("endDate", "must not be before startDate", ...)}.
     */
    public static ProblemException invalidField(String field, Message message) {
        return new ProblemException(ProblemType.VALIDATION, Message.of("{0} {1}", "{0}：{1}", field, message),
                List.of(new FieldIssue(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    /** The detail, in both languages. */
    public Message detail() {
        return detail;
    }

    /** The problem in the caller's language. */
    public Problem toProblem(Language language) {
        return type.problem(language, detail.in(language), errors.stream()
                .map(issue -> new Problem.FieldError(issue.field(), issue.message().in(language))).toList());
    }
}
