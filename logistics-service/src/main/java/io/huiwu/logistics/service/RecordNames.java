package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;

/** The names of this service's records in problems, in both languages. */
public final class RecordNames {

    public static final Message HOTEL = Message.of("Hotel", "酒店");
    public static final Message BUILDING = Message.of("Building", "楼栋");
    public static final Message FLOOR = Message.of("Floor", "楼层");
    public static final Message ROOM = Message.of("Room", "房间");
    public static final Message ATTENDEE = Message.of("Attendee", "参会人员");
    public static final Message JOB = Message.of("Assignment job", "分房任务");

    private RecordNames() {
    }
}
