package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;

/** How problems name the records of this service, in English and Chinese. */
public final class RecordNames {

    public static final Message MEETING = Message.of("Meeting", "会议");
    public static final Message ATTENDEE = Message.of("Attendee", "参会人员");
    public static final Message CREDENTIAL = Message.of("Credential", "证件");
    public static final Message CREDENTIAL_TYPE = Message.of("Credential type", "证件类型");
    public static final Message CHECK_IN_LIST = Message.of("Check-in list", "签到点");
    public static final Message SCAN = Message.of("Scan", "签到记录");
    public static final Message DEVICE = Message.of("Check-in device", "签到设备");
    public static final Message DISCUSSION_GROUP = Message.of("Discussion group", "讨论组");
    public static final Message WORKING_GROUP = Message.of("Working group", "工作组");
    public static final Message TASK = Message.of("Task", "任务");
    public static final Message NOTICE = Message.of("Notice", "会议通知");
    public static final Message NOTICE_VERSION = Message.of("Notice version", "通知版本");
    public static final Message PLAN_VERSION = Message.of("Plan version", "方案版本");
    public static final Message IMPORT = Message.of("Import", "导入任务");
    public static final Message SESSION = Message.of("Session", "会次");
    public static final Message ABSENCE = Message.of("Leave", "请假记录");
    public static final Message ROSTER_VERSION = Message.of("Finalised roster version", "名册定稿版本");

    private RecordNames() {
    }

    /** "Attendee 1f0c..." as a record a problem is about. */
    public static Message named(Message what, Object id) {
        return Message.of("{0} {1}", "{0} {1}", what, id);
    }
}
