package io.huiwu.registration.domain;

/** A task of the task plan; one still TODO or IN_PROGRESS after its deadline is overdue. */
public enum TaskStatus {
    TODO, IN_PROGRESS, DONE, CANCELLED;

    public boolean open() {
        return this == TODO || this == IN_PROGRESS;
    }
}
