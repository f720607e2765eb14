package io.huiwu.venue.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.venue.domain.MeetingDays;
import io.huiwu.venue.event.RegistrationMeetings.MeetingUpdate;
import io.huiwu.venue.persistence.MeetingCopyEntity;
import io.huiwu.venue.persistence.ScheduleRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The copy of registration's meetings: their names and days, kept from meeting-updated. */
@ApplicationScoped
public class MeetingCopyService {

    private final ScheduleRepositories.Meetings meetings;

    public MeetingCopyService(ScheduleRepositories.Meetings meetings) {
        this.meetings = meetings;
    }

    /** Applies a meeting as registration published it; an older version than the copy changes nothing. */
    @Transactional
    public void apply(MeetingUpdate update) {
        if (update.meetingId() == null || update.startDate() == null || update.endDate() == null
                || update.name() == null) {
            throw new IllegalArgumentException("meeting-updated lacks its id, name or dates");
        }
        MeetingCopyEntity copy = meetings.findById(update.meetingId(), LockModeType.PESSIMISTIC_WRITE);
        if (copy == null) {
            copy = new MeetingCopyEntity();
            copy.id = update.meetingId();
        } else if (copy.sourceVersion >= update.version()) {
            return;
        }
        copy.name = update.name();
        copy.startDate = update.startDate();
        copy.endDate = update.endDate();
        copy.sourceVersion = update.version();
        copy.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        meetings.persist(copy);
    }

    /**
     * The meeting's days, its row locked until the transaction ends: changes to one meeting's schedule are made
     * one at a time, so that two bookings of a room cannot both pass the check.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public MeetingDays lockForScheduling(UUID meetingId) {
        MeetingCopyEntity copy = meetings.findById(meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (copy == null) {
            throw ProblemException.conflict(Message.of(
                    "The days of meeting {0} have not reached venue-service from registration yet; try again shortly",
                    "会议 {0} 的日期尚未从报到服务同步到会场服务；请稍后再试", meetingId));
        }
        return new MeetingDays(copy.startDate, copy.endDate);
    }
}
