package io.huiwu.registration.domain;

import java.time.ZoneId;

/** Meetings keep Beijing time: their dates, printed times and the names of door lists are read in it. */
public final class MeetingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private MeetingTime() {
    }
}
