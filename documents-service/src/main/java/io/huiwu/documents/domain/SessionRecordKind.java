package io.huiwu.documents.domain;

import io.huiwu.chassis.problem.Message;

/** The texts kept per session, each with its versions. */
public enum SessionRecordKind {

    /** 主持词: what the presiding officer reads, the session's script. */
    HOST_SCRIPT(Message.of("host script", "主持词")),
    /** 会议记录: the minutes, which can be marked final. */
    MINUTES(Message.of("minutes", "会议记录")),
    /** 小组讨论记录: a group discussion's record, only for a GROUP session. */
    GROUP_RECORD(Message.of("group record", "小组讨论记录"));

    private final Message label;

    SessionRecordKind(Message label) {
        this.label = label;
    }

    public Message label() {
        return label;
    }
}
