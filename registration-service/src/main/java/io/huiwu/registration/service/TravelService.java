package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.TravelRequest;
import io.huiwu.registration.api.TravelView;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.TravelRules;
import io.huiwu.registration.event.TravelEvents;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.MeetingEntity;
import io.huiwu.registration.persistence.TravelReportEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Arrivals and departures as attendees (or staff for them) report them: one report per direction per person,
 * replaced when it changes. Each report publishes {@code travel-reported}, from which logistics plans pickups.
 */
@ApplicationScoped
public class TravelService {

    @ApplicationScoped
    public static class Reports implements PanacheRepositoryBase<TravelReportEntity, UUID> {
    }

    private final Reports reports;
    private final AttendeeRepository attendees;
    private final MeetingService meetings;
    private final TravelEvents events;

    public TravelService(Reports reports, AttendeeRepository attendees, MeetingService meetings,
            TravelEvents events) {
        this.reports = reports;
        this.attendees = attendees;
        this.meetings = meetings;
        this.events = events;
    }

    @Transactional
    public TravelView report(UUID meetingId, UUID attendeeId, TravelRules.TravelDirection direction,
            TravelRequest request,
            String actor) {
        MeetingEntity meeting = meetings.require(meetingId);
        AttendeeEntity attendee = attendees.find("id = ?1 and meetingId = ?2", attendeeId, meetingId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, attendeeId));
        if (attendee.status != AttendeeStatus.ACTIVE) {
            throw ProblemException.conflict(Message.of("{0} has withdrawn", "{0} 已退出", attendee.name));
        }
        String number = request.number() == null || request.number().isBlank() ? null
                : request.number().strip().toUpperCase();
        TravelRules.Problem problem = TravelRules.check(direction, request.mode(), number, request.at(),
                meeting.startDate, meeting.endDate);
        if (problem != null) {
            throw ProblemException.invalidField(problem.field(), travelProblem(problem.fault(), meeting));
        }
        TravelReportEntity report = reports.find("attendeeId = ?1 and direction = ?2", attendeeId, direction)
                .firstResultOptional().orElse(null);
        if (report == null) {
            report = new TravelReportEntity();
            report.id = UUID.randomUUID();
            report.meetingId = meetingId;
            report.attendeeId = attendeeId;
            report.direction = direction;
        }
        report.mode = request.mode();
        report.number = number;
        report.at = request.at();
        report.place = request.place().strip();
        report.companions = request.companions() == null ? 0 : request.companions();
        report.note = request.note();
        report.reportedBy = actor;
        report.reportedAt = MeetingService.now();
        reports.persist(report);
        reports.flush();
        events.reported(report);
        return view(report, attendee);
    }

    @Transactional
    public List<TravelView> forAttendee(UUID meetingId, UUID attendeeId) {
        AttendeeEntity attendee = attendees.find("id = ?1 and meetingId = ?2", attendeeId, meetingId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, attendeeId));
        return reports.find("attendeeId = ?1 order by direction", attendeeId).list().stream()
                .map(r -> view(r, attendee)).toList();
    }

    /** Reports of active attendees by time: what pickup and send-off tables are made from. */
    @Transactional
    public List<TravelView> list(UUID meetingId, TravelRules.TravelDirection direction, OffsetDateTime from,
            OffsetDateTime to) {
        meetings.require(meetingId);
        StringBuilder where = new StringBuilder("meetingId = :meeting");
        Parameters parameters = Parameters.with("meeting", meetingId);
        if (direction != null) {
            where.append(" and direction = :direction");
            parameters.and("direction", direction);
        }
        if (from != null) {
            where.append(" and at >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            where.append(" and at < :to");
            parameters.and("to", to);
        }
        List<TravelReportEntity> found = reports.find(where + " order by at, place", parameters).list();
        Map<UUID, AttendeeEntity> people = found.isEmpty() ? Map.of() : attendees
                .find("id in ?1 and status = ?2", found.stream().map(r -> r.attendeeId).collect(Collectors.toSet()),
                        AttendeeStatus.ACTIVE).list().stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return found.stream().filter(r -> people.containsKey(r.attendeeId))
                .map(r -> view(r, people.get(r.attendeeId))).toList();
    }

    private static TravelView view(TravelReportEntity r, AttendeeEntity attendee) {
        return new TravelView(r.id, r.meetingId, r.attendeeId, attendee.name, attendee.delegation, r.direction,
                r.mode, r.number, r.at, r.place, r.companions, r.note, r.reportedBy, r.reportedAt, r.version);
    }

    private static Message travelProblem(TravelRules.Fault fault, MeetingEntity meeting) {
        return switch (fault) {
            case NOT_A_TRAIN_NUMBER -> Message.of("must be a train number such as G1234 or K7",
                    "必须是车次，如 G1234 或 K7");
            case NOT_A_FLIGHT_NUMBER -> Message.of("must be a flight number such as CA1234", "必须是航班号，如 CA1234");
            case NUMBER_NOT_FOR_MODE -> Message.of("is only for trains and flights", "仅适用于火车和航班");
            case ARRIVAL_AFTER_THE_END -> Message.of("is after the meeting ends ({0})", "晚于会议结束日期（{0}）",
                    meeting.endDate);
            case DEPARTURE_BEFORE_THE_START -> Message.of("is before the meeting starts ({0})",
                    "早于会议开始日期（{0}）", meeting.startDate);
            case FAR_FROM_THE_MEETING -> Message.of("is more than a week away from the meeting ({0} to {1})",
                    "与会期（{0} 至 {1}）相差一周以上", meeting.startDate, meeting.endDate);
        };
    }
}
