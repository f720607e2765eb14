package io.huiwu.logistics.domain;

/** Where a room assignment job stands. */
public enum JobStatus {
    /** Waiting for the planner. */
    QUEUED,
    /** Planning; its progress moves. */
    RUNNING,
    /** A plan is proposed: its result can be read and applied. */
    SUCCEEDED,
    /** The plan was applied: the assignments are the plan's. */
    APPLIED,
    /** Stopped by an error; the assignments in force are untouched. */
    FAILED
}
