package io.huiwu.logistics.domain;

import java.util.List;

/**
 * What a rooming list can say about a guest, with the header a list has by default. A hotel's saved mapping puts any
 * of these in its own order under its own headers.
 */
public enum RoomingField {
    ROOM("房号"),
    ROOM_TYPE("房型"),
    SHARE_GROUP("同住组"),
    SHARES_WITH("同住人"),
    NAME("姓名"),
    GENDER("性别"),
    DELEGATION("代表团"),
    ARRIVAL("入住日期"),
    DEPARTURE("离店日期"),
    NIGHTS("间夜"),
    SPECIAL_NEEDS("特殊需求"),
    CONFIRMATION("确认号");

    /** The fields whose change the hotel is told of (the others follow from them or come from the hotel). */
    public static final List<RoomingField> COMPARED = List.of(ROOM, ROOM_TYPE, SHARES_WITH, NAME, GENDER, DELEGATION,
            ARRIVAL, DEPARTURE, SPECIAL_NEEDS);

    private final String header;

    RoomingField(String header) {
        this.header = header;
    }

    public String defaultHeader() {
        return header;
    }
}
