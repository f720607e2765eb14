package io.huiwu.documents.domain;

import java.util.Optional;

/**
 * The mark a document carries, 密级★期限 or 内部 or nothing: a secret level needs its term, within the level's longest;
 * 内部 is a work secret, so a document marked with a secret level and 内部 is refused (DOMAIN.md, Confidential
 * documents; domain-rules 7).
 *
 * @param classification the resulting classification
 * @param termYears      the term of a secret level, else null
 */
public record DocumentMarking(Classification classification, Integer termYears) {

    /** What is wrong with a marking, and which field of the request says it. */
    public enum Fault {
        SECRET_AND_INTERNAL("internal"),
        NOT_A_SECRET_LEVEL("secretLevel"),
        TERM_MISSING("termYears"),
        TERM_TOO_LONG("termYears"),
        TERM_WITHOUT_SECRET_LEVEL("termYears");

        private final String field;

        Fault(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The marking of a secret level (or none), the 内部 flag and a term; or the first fault. */
    public static Result of(Classification secretLevel, boolean internal, Integer termYears) {
        if (secretLevel != null && !secretLevel.isStateSecret()) {
            return Result.fault(Fault.NOT_A_SECRET_LEVEL);
        }
        if (secretLevel != null && internal) {
            return Result.fault(Fault.SECRET_AND_INTERNAL);
        }
        if (secretLevel == null) {
            return termYears != null ? Result.fault(Fault.TERM_WITHOUT_SECRET_LEVEL)
                    : Result.of(new DocumentMarking(internal ? Classification.INTERNAL : Classification.PUBLIC, null));
        }
        if (termYears == null || termYears < 1) {
            return Result.fault(Fault.TERM_MISSING);
        }
        if (termYears > secretLevel.longestTermYears()) {
            return Result.fault(Fault.TERM_TOO_LONG);
        }
        return Result.of(new DocumentMarking(secretLevel, termYears));
    }

    /** A marking or the fault that prevents it. */
    public record Result(DocumentMarking marking, Fault fault) {
        static Result of(DocumentMarking marking) {
            return new Result(marking, null);
        }

        static Result fault(Fault fault) {
            return new Result(null, fault);
        }

        public Optional<Fault> problem() {
            return Optional.ofNullable(fault);
        }
    }
}
