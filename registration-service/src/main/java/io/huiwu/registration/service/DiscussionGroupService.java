package io.huiwu.registration.service;

import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.DiscussionGroupRequest;
import io.huiwu.registration.api.DiscussionGroupView;
import io.huiwu.registration.api.GroupMembersRequest;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.DiscussionGroupEntity;
import io.huiwu.registration.persistence.DiscussionGroupMemberEntity;
import io.huiwu.registration.persistence.RosterRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Discussion groups (会议须知, 会议编组): by unit or by sector, a room each, and one or two conveners (召集人) among
 * their members. A person belongs to at most one group.
 */
@ApplicationScoped
public class DiscussionGroupService {

    private final RosterRepositories.Groups groups;
    private final RosterRepositories.GroupMembers members;
    private final AttendeeRepository attendees;
    private final MeetingService meetings;

    public DiscussionGroupService(RosterRepositories.Groups groups, RosterRepositories.GroupMembers members,
            AttendeeRepository attendees, MeetingService meetings) {
        this.groups = groups;
        this.members = members;
        this.attendees = attendees;
        this.meetings = meetings;
    }

    @Transactional
    public DiscussionGroupView create(UUID meetingId, DiscussionGroupRequest request) {
        meetings.require(meetingId);
        requireUniqueName(meetingId, request.name().strip(), null);
        DiscussionGroupEntity group = new DiscussionGroupEntity();
        group.id = UUID.randomUUID();
        group.meetingId = meetingId;
        apply(request, group);
        groups.persist(group);
        groups.flush();
        return view(group);
    }

    @Transactional
    public DiscussionGroupView update(UUID meetingId, UUID id, long expectedVersion, DiscussionGroupRequest request) {
        DiscussionGroupEntity group = require(meetingId, id);
        Versions.check(expectedVersion, group.version, "Discussion group " + id);
        requireUniqueName(meetingId, request.name().strip(), id);
        apply(request, group);
        groups.flush();
        return view(group);
    }

    /** Replaces the group's members; the group's version changes. */
    @Transactional
    public DiscussionGroupView setMembers(UUID meetingId, UUID id, long expectedVersion,
            GroupMembersRequest request) {
        DiscussionGroupEntity group = groups.find("id = ?1 and meetingId = ?2", id, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Discussion group", id));
        Versions.check(expectedVersion, group.version, "Discussion group " + id);
        Set<UUID> seen = new HashSet<>();
        for (GroupMembersRequest.Member member : request.members()) {
            if (!seen.add(member.attendeeId())) {
                throw ProblemException.invalidField("members", "lists attendee " + member.attendeeId() + " twice");
            }
        }
        long conveners = request.members().stream().filter(GroupMembersRequest.Member::convener).count();
        if (!request.members().isEmpty() && (conveners < 1 || conveners > 2)) {
            throw ProblemException.invalidField("members",
                    "must name one or two conveners (召集人); " + conveners + " given");
        }
        Map<UUID, AttendeeEntity> found = seen.isEmpty() ? Map.of() : attendees
                .find("id in ?1 and meetingId = ?2 and status = ?3", seen, meetingId, AttendeeStatus.ACTIVE)
                .list().stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        for (UUID attendeeId : seen) {
            if (!found.containsKey(attendeeId)) {
                throw ProblemException.invalidField("members",
                        "attendee " + attendeeId + " is not an active attendee of this meeting");
            }
        }
        List<DiscussionGroupMemberEntity> elsewhere = seen.isEmpty() ? List.of()
                : members.find("attendeeId in ?1 and groupId <> ?2", seen, id).list();
        if (!elsewhere.isEmpty()) {
            AttendeeEntity first = found.get(elsewhere.get(0).attendeeId);
            DiscussionGroupEntity other = groups.findById(elsewhere.get(0).groupId);
            throw ProblemException.conflict(first.name + " is already in group " + other.name
                    + "; take them out of it first (a person is in one discussion group)");
        }
        members.delete("groupId", id);
        members.flush();
        for (GroupMembersRequest.Member member : request.members()) {
            DiscussionGroupMemberEntity row = new DiscussionGroupMemberEntity();
            row.groupId = id;
            row.attendeeId = member.attendeeId();
            row.convener = member.convener();
            members.persist(row);
        }
        // membership is part of the group: its version moves with it
        groups.getEntityManager().lock(group, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        groups.flush();
        return view(group);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DiscussionGroupView> list(UUID meetingId) {
        meetings.require(meetingId);
        return groups.find("meetingId = ?1 order by position, name", meetingId).list().stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DiscussionGroupView get(UUID meetingId, UUID id) {
        return view(require(meetingId, id));
    }

    private DiscussionGroupEntity require(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return groups.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Discussion group", id));
    }

    private void requireUniqueName(UUID meetingId, String name, UUID except) {
        if (groups.count("meetingId = ?1 and name = ?2 and id <> ?3", meetingId, name,
                except == null ? new UUID(0, 0) : except) > 0) {
            throw ProblemException.conflict("This meeting already has a discussion group named " + name);
        }
    }

    private static void apply(DiscussionGroupRequest request, DiscussionGroupEntity group) {
        group.name = request.name().strip();
        group.room = request.room() == null || request.room().isBlank() ? null : request.room().strip();
        group.position = request.position() == null ? 0 : request.position();
    }

    private DiscussionGroupView view(DiscussionGroupEntity group) {
        List<DiscussionGroupMemberEntity> rows = members.find("groupId", group.id).list();
        Map<UUID, AttendeeEntity> people = rows.isEmpty() ? Map.of() : attendees
                .find("id in ?1", rows.stream().map(r -> r.attendeeId).toList()).list().stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<DiscussionGroupView.Member> list = rows.stream()
                .map(r -> new DiscussionGroupView.Member(r.attendeeId, people.get(r.attendeeId).name,
                        people.get(r.attendeeId).delegation, r.convener))
                .sorted(Comparator.comparing(DiscussionGroupView.Member::convener).reversed()
                        .thenComparing(DiscussionGroupView.Member::name, NameCollation.byStrokes()))
                .toList();
        return new DiscussionGroupView(group.id, group.meetingId, group.name, group.room, group.position, list,
                group.version);
    }
}
