package io.huiwu.venue.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.venue.api.SpeakerOrderRequest;
import io.huiwu.venue.api.SpeakerRequest;
import io.huiwu.venue.api.SpeakerView;
import io.huiwu.venue.event.SpeakerEvents;
import io.huiwu.venue.persistence.ScheduleRepositories;
import io.huiwu.venue.persistence.SessionEntity;
import io.huiwu.venue.persistence.SpeakerEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A session's speakers (发言安排) in order: added at a place or last, changed, removed (those after move up) and put in
 * a new order all at once. Each speaker whose content or place changes is published (speaker-scheduled), each one
 * taken off the order too (speaker-removed). Changes to one session's speakers are made one at a time (the session's
 * row is locked), so positions stay 1, 2, 3... with no gap.
 */
@ApplicationScoped
public class SpeakerService {

    static final Message SPEAKER = Message.of("Speaker", "发言人");

    private final ScheduleRepositories.Sessions sessions;
    private final ScheduleRepositories.Speakers speakers;
    private final RosterReplica roster;
    private final SpeakerEvents events;

    public SpeakerService(ScheduleRepositories.Sessions sessions, ScheduleRepositories.Speakers speakers,
            RosterReplica roster, SpeakerEvents events) {
        this.sessions = sessions;
        this.speakers = speakers;
        this.roster = roster;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SpeakerView.Order list(UUID meetingId, UUID sessionId) {
        sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(ScheduleService.SESSION, sessionId));
        return order(sessionId, ordered(sessionId));
    }

    @Transactional
    public SpeakerView add(UUID meetingId, UUID sessionId, SpeakerRequest request) {
        lock(meetingId, sessionId);
        SpeakerEntity speaker = new SpeakerEntity();
        speaker.id = UUID.randomUUID();
        speaker.meetingId = meetingId;
        speaker.sessionId = sessionId;
        fill(speaker, meetingId, request);
        List<SpeakerEntity> order = ordered(sessionId);
        int at = request.position() == null ? order.size() : Math.min(request.position() - 1, order.size());
        order.add(at, speaker);
        speaker.position = at + 1;
        speaker.version = 0;
        speakers.persist(speaker);
        events.scheduled(speaker);
        renumber(order, speaker);
        return view(speaker);
    }

    @Transactional
    public SpeakerView change(UUID meetingId, UUID sessionId, UUID speakerId, SpeakerRequest request) {
        lock(meetingId, sessionId);
        SpeakerEntity speaker = find(sessionId, speakerId);
        fill(speaker, meetingId, request);
        speaker.version++;
        events.scheduled(speaker);
        return view(speaker);
    }

    @Transactional
    public void remove(UUID meetingId, UUID sessionId, UUID speakerId) {
        lock(meetingId, sessionId);
        SpeakerEntity speaker = find(sessionId, speakerId);
        List<SpeakerEntity> order = ordered(sessionId);
        order.removeIf(s -> s.id.equals(speakerId));
        speakers.delete(speaker);
        events.removed(speaker);
        renumber(order, null);
    }

    /** Puts the speakers in the order given, which must name each of them once; all or none. */
    @Transactional
    public SpeakerView.Order reorder(UUID meetingId, UUID sessionId, SpeakerOrderRequest request) {
        lock(meetingId, sessionId);
        List<SpeakerEntity> current = ordered(sessionId);
        Map<UUID, SpeakerEntity> byId = new HashMap<>();
        current.forEach(s -> byId.put(s.id, s));
        Set<UUID> seen = new HashSet<>();
        List<SpeakerEntity> order = new ArrayList<>();
        for (int i = 0; i < request.speakerIds().size(); i++) {
            UUID id = request.speakerIds().get(i);
            SpeakerEntity speaker = byId.get(id);
            if (speaker == null) {
                throw ProblemException.invalidField("speakerIds[" + i + "]", Message.of(
                        "{0} is not a speaker of this session", "{0} 不是本场的发言人", id));
            }
            if (!seen.add(id)) {
                throw ProblemException.invalidField("speakerIds[" + i + "]", Message.of("{0} is listed twice",
                        "{0} 重复出现", id));
            }
            order.add(speaker);
        }
        List<String> missing = current.stream().filter(s -> !seen.contains(s.id)).map(s -> s.id.toString())
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalidField("speakerIds", Message.of(
                    "lacks {0}: the order names every speaker of the session", "缺少 {0}：须列出本场全部发言人",
                    String.join(", ", missing)));
        }
        renumber(order, null);
        return order(sessionId, order);
    }

    private SessionEntity lock(UUID meetingId, UUID sessionId) {
        SessionEntity session = sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(ScheduleService.SESSION, sessionId));
        if (session.cancelled) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "Session {0} is cancelled; its speakers do not change", "会议日程 {0} 已取消，发言安排不再变动",
                    session.name), List.of(new ProblemException.FieldIssue("sessionId", Message.of(
                    "is cancelled", "已取消"))));
        }
        return session;
    }

    private SpeakerEntity find(UUID sessionId, UUID speakerId) {
        return speakers.find("id = ?1 and sessionId = ?2", speakerId, sessionId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(SPEAKER, speakerId));
    }

    private List<SpeakerEntity> ordered(UUID sessionId) {
        return new ArrayList<>(speakers.list("sessionId", Sort.by("position"), sessionId));
    }

    /** Gives each speaker their place in the order; each one whose place changed is published again. */
    private void renumber(List<SpeakerEntity> order, SpeakerEntity published) {
        for (int i = 0; i < order.size(); i++) {
            SpeakerEntity s = order.get(i);
            if (s.position != i + 1) {
                s.position = i + 1;
                s.version++;
                if (s != published) {
                    events.scheduled(s);
                }
            }
        }
    }

    private void fill(SpeakerEntity speaker, UUID meetingId, SpeakerRequest request) {
        boolean guest = request.guestName() != null && !request.guestName().isBlank();
        if (request.attendeeId() != null && guest) {
            throw ProblemException.invalidField("guestName", Message.of(
                    "give a guest's name or attendeeId, not both", "嘉宾姓名与 attendeeId 只能给出其一"));
        }
        if (request.attendeeId() == null && !guest) {
            throw ProblemException.invalidField("attendeeId", Message.of(
                    "is needed unless guestName is given", "未给出嘉宾姓名时必须给出"));
        }
        if (guest) {
            speaker.attendeeId = null;
            speaker.guestName = request.guestName().strip();
            speaker.name = speaker.guestName;
        } else {
            ReplicatedAttendee attendee = roster.find(meetingId, request.attendeeId()).orElseThrow(() ->
                    ProblemException.invalidField("attendeeId", Message.of(
                            "{0} is not an active attendee of this meeting", "{0} 不是本次会议的在册人员",
                            request.attendeeId())));
            speaker.attendeeId = attendee.id();
            speaker.guestName = null;
            speaker.name = attendee.name();
        }
        speaker.topic = request.topic().strip();
        speaker.minutes = request.minutes();
    }

    private static SpeakerView.Order order(UUID sessionId, List<SpeakerEntity> order) {
        return new SpeakerView.Order(sessionId, order.stream().mapToInt(s -> s.minutes).sum(),
                order.stream().map(SpeakerService::view).toList());
    }

    private static SpeakerView view(SpeakerEntity s) {
        return new SpeakerView(s.id, s.sessionId, s.position, s.attendeeId, s.guestName, s.name, s.topic, s.minutes,
                s.version);
    }
}
