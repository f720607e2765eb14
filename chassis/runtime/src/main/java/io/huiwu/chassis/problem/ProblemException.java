package io.huiwu.chassis.problem;

import java.util.List;

/**
 * An error a service raises on purpose; it becomes a problem+json response of its type with the detail given.
 * Services use the factory methods rather than subclasses, so a reader sees in one place which status a rule
 * produces.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException ruleViolated(String detail) {
        return new ProblemException(ProblemType.RULE_VIOLATED, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.BAD_REQUEST, detail);
    }

    /** A validation failure that the annotations on a DTO cannot express, such as one field against another. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem() {
        return type.problem(getMessage(), errors);
    }
}
