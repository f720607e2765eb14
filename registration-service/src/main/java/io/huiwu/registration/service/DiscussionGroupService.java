package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.DiscussionGroupRequest;
import io.huiwu.registration.api.DiscussionGroupView;
import io.huiwu.registration.api.GroupMembersRequest;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.event.DiscussionGroupEvents;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.DiscussionGroupEntity;
import io.huiwu.registration.persistence.DiscussionGroupMemberEntity;
import io.huiwu.registration.persistence.RosterRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
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
 * their members, and the staff who serve them (roster entries of category STAFF, never conveners). A person belongs
 * to at most one group. Each change publishes {@code discussion-group-updated}, a deletion
 * {@code discussion-group-removed}.
 */
@ApplicationScoped
public class DiscussionGroupService {

    private final RosterRepositories.Groups groups;
    private final RosterRepositories.GroupMembers members;
    private final AttendeeRepository attendees;
    private final MeetingService meetings;
    private final DiscussionGroupEvents events;

    public DiscussionGroupService(RosterRepositories.Groups groups, RosterRepositories.GroupMembers members,
            AttendeeRepository attendees, MeetingService meetings, DiscussionGroupEvents events) {
        this.groups = groups;
        this.members = members;
        this.attendees = attendees;
        this.meetings = meetings;
        this.events = events;
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
        return published(group);
    }

    @Transactional
    public DiscussionGroupView update(UUID meetingId, UUID id, long expectedVersion, DiscussionGroupRequest request) {
        DiscussionGroupEntity group = require(meetingId, id);
        Versions.check(expectedVersion, group.version, RecordNames.named(RecordNames.DISCUSSION_GROUP, id));
        requireUniqueName(meetingId, request.name().strip(), id);
        apply(request, group);
        groups.flush();
        return published(group);
    }

    /** Replaces the group's members; the group's version changes. */
    @Transactional
    public DiscussionGroupView setMembers(UUID meetingId, UUID id, long expectedVersion,
            GroupMembersRequest request) {
        DiscussionGroupEntity group = groups.find("id = ?1 and meetingId = ?2", id, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.DISCUSSION_GROUP, id));
        Versions.check(expectedVersion, group.version, RecordNames.named(RecordNames.DISCUSSION_GROUP, id));
        Set<UUID> seen = new HashSet<>();
        for (GroupMembersRequest.Member member : request.members()) {
            if (!seen.add(member.attendeeId())) {
                throw ProblemException.invalidField("members", Message.of("lists attendee {0} twice",
                        "重复列出了参会人员 {0}", member.attendeeId()));
            }
        }
        long conveners = request.members().stream().filter(GroupMembersRequest.Member::convener).count();
        if (!request.members().isEmpty() && (conveners < 1 || conveners > 2)) {
            throw ProblemException.invalidField("members", Message.of(
                    "must name one or two conveners (召集人); {0} given", "须指定一至两名召集人；现为 {0} 名", conveners));
        }
        Map<UUID, AttendeeEntity> found = seen.isEmpty() ? Map.of() : attendees
                .find("id in ?1 and meetingId = ?2 and status = ?3", seen, meetingId, AttendeeStatus.ACTIVE)
                .list().stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        for (UUID attendeeId : seen) {
            if (!found.containsKey(attendeeId)) {
                throw ProblemException.invalidField("members", Message.of(
                        "attendee {0} is not an active attendee of this meeting", "参会人员 {0} 不是本次会议的有效参会人员",
                        attendeeId));
            }
        }
        for (int i = 0; i < request.members().size(); i++) {
            GroupMembersRequest.Member member = request.members().get(i);
            if (member.convener() && found.get(member.attendeeId()).category == Category.STAFF) {
                throw ProblemException.invalidField("members[" + i + "].convener", Message.of(
                        "{0} is on the staff, who serve the group; a convener is one of its members",
                        "{0} 是工作人员，为小组服务；召集人须为小组成员", found.get(member.attendeeId()).name));
            }
        }
        List<DiscussionGroupMemberEntity> elsewhere = seen.isEmpty() ? List.of()
                : members.find("attendeeId in ?1 and groupId <> ?2", seen, id).list();
        if (!elsewhere.isEmpty()) {
            AttendeeEntity first = found.get(elsewhere.get(0).attendeeId);
            DiscussionGroupEntity other = groups.findById(elsewhere.get(0).groupId);
            throw ProblemException.conflict(Message.of(
                    "{0} is already in group {1}; take them out of it first (a person is in one discussion group)",
                    "{0} 已在 {1} 中；请先将其移出（每人只参加一个讨论组）", first.name, other.name));
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
        return published(group);
    }

    /** Deletes a group and its membership (its members are then in no group); publishes discussion-group-removed. */
    @Transactional
    public void delete(UUID meetingId, UUID id, long expectedVersion) {
        DiscussionGroupEntity group = require(meetingId, id);
        Versions.check(expectedVersion, group.version, RecordNames.named(RecordNames.DISCUSSION_GROUP, id));
        members.delete("groupId", id);
        groups.delete(group);
        groups.flush();
        events.removed(new DiscussionGroupEvents.Removal(group.id, group.meetingId, group.name, group.version));
    }

    /**
     * After an entry of the roster was withdrawn, in the same transaction: it leaves its group, whose version moves
     * and which is published again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attendeeWithdrawn(UUID attendeeId) {
        for (DiscussionGroupMemberEntity membership : members.list("attendeeId", attendeeId)) {
            DiscussionGroupEntity group = groups.findById(membership.groupId);
            members.delete(membership);
            groups.getEntityManager().lock(group, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            groups.flush();
            published(group);
        }
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
                .orElseThrow(() -> ProblemException.notFound(RecordNames.DISCUSSION_GROUP, id));
    }

    private void requireUniqueName(UUID meetingId, String name, UUID except) {
        if (groups.count("meetingId = ?1 and name = ?2 and id <> ?3", meetingId, name,
                except == null ? new UUID(0, 0) : except) > 0) {
            throw ProblemException.conflict(Message.of("This meeting already has a discussion group named {0}",
                    "本次会议已有名为 {0} 的讨论组", name));
        }
    }

    private static void apply(DiscussionGroupRequest request, DiscussionGroupEntity group) {
        group.name = request.name().strip();
        group.room = request.room() == null || request.room().isBlank() ? null : request.room().strip();
        group.position = request.position() == null ? 0 : request.position();
        group.requestedRoomSize = request.requestedRoomSize();
    }

    /** Publishes the group as it now is: its members (conveners first) apart from the staff serving it. */
    private DiscussionGroupView published(DiscussionGroupEntity group) {
        DiscussionGroupView view = view(group);
        List<UUID> ids = view.members().stream().map(DiscussionGroupView.Member::attendeeId).toList();
        Set<UUID> staff = ids.isEmpty() ? Set.of() : attendees
                .find("id in ?1 and category = ?2", ids, Category.STAFF).stream().map(a -> a.id)
                .collect(Collectors.toSet());
        List<DiscussionGroupEvents.Member> taking = new ArrayList<>();
        List<DiscussionGroupEvents.Staff> serving = new ArrayList<>();
        for (DiscussionGroupView.Member member : view.members()) {
            if (staff.contains(member.attendeeId())) {
                serving.add(new DiscussionGroupEvents.Staff(member.attendeeId(), member.name()));
            } else {
                taking.add(new DiscussionGroupEvents.Member(member.attendeeId(), member.name(), member.delegation(),
                        member.convener()));
            }
        }
        events.updated(new DiscussionGroupEvents.Snapshot(group.id, group.meetingId, group.name, group.position,
                group.room, group.requestedRoomSize, taking, serving, group.version));
        return view;
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
        return new DiscussionGroupView(group.id, group.meetingId, group.name, group.room, group.position,
                group.requestedRoomSize, list, group.version);
    }
}
