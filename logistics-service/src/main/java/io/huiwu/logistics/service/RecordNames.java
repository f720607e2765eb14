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
    public static final Message DINING_HALL = Message.of("Dining hall", "餐厅");
    public static final Message DINING_TABLE = Message.of("Table", "餐桌");
    public static final Message MEAL = Message.of("Meal", "餐次");
    public static final Message BUDGET_LINE = Message.of("Budget line", "预算科目");
    public static final Message SUPPLY_ITEM = Message.of("Item", "物品");
    public static final Message KIT = Message.of("Kit", "资料袋");
    public static final Message KIT_ISSUE = Message.of("The kit of attendee", "参会人员的资料袋");
    public static final Message TABLE_SEAT = Message.of("A table seat of attendee", "参会人员的桌位");
    public static final Message VEHICLE = Message.of("Vehicle", "车辆");
    public static final Message PICKUP = Message.of("Pickup", "接站安排");

    private RecordNames() {
    }
}
