package io.huiwu.registration.domain;

/** Why someone is on leave (请假事由). */
public enum AbsenceReason {
    /** 病假. */
    ILLNESS,
    /** 公务: official duties elsewhere. */
    OFFICIAL_DUTY,
    /** 事假. */
    PERSONAL,
    OTHER
}
