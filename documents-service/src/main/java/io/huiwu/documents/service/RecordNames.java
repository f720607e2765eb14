package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;

/** How problems name the records of this service, in English and Chinese. */
public final class RecordNames {

    public static final Message DOCUMENT = Message.of("Document", "文件");
    public static final Message COPY = Message.of("Copy", "文件份");
    public static final Message ATTENDEE = Message.of("Attendee", "参会人员");
    public static final Message HOLD = Message.of("Hold", "保全");

    private RecordNames() {
    }
}
