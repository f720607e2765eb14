package io.huiwu.registration.domain;

/**
 * Where a meeting plan stands (handbook item 1, 会议方案): drafted by the organisers, submitted to the leadership,
 * approved. A change to an approved plan needs approval again ("如作变动，需及时请示报告").
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED;

    /** The status after editing the plan's content. */
    public PlanStatus afterEdit() {
        return this == APPROVED ? SUBMITTED : this;
    }

    /** The status after an action, or an explanation of why the action does not apply. */
    public PlanStatus after(PlanAction action) {
        return switch (action) {
            case SUBMIT -> {
                if (this != DRAFT) {
                    throw new IllegalStateException("only a draft can be submitted; the plan is " + this);
                }
                yield SUBMITTED;
            }
            case APPROVE -> {
                if (this != SUBMITTED) {
                    throw new IllegalStateException("only a submitted plan can be approved; the plan is " + this);
                }
                yield APPROVED;
            }
            case RETURN -> {
                if (this != SUBMITTED) {
                    throw new IllegalStateException("only a submitted plan can be returned; the plan is " + this);
                }
                yield DRAFT;
            }
        };
    }

    public enum PlanAction { SUBMIT, APPROVE, RETURN }
}
