package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.TaskRequest;
import io.huiwu.registration.api.TaskView;
import io.huiwu.registration.api.WorkingGroupRequest;
import io.huiwu.registration.api.WorkingGroupView;
import io.huiwu.registration.domain.TaskStatus;
import io.huiwu.registration.persistence.TaskEntity;
import io.huiwu.registration.persistence.WorkingGroupEntity;
import io.huiwu.registration.persistence.WorkingGroupMemberEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The staff organisation (handbook items 2 and 3): working groups with their members, and the task plan (实施计划)
 * that says which group and person does what by when. Tasks still open after their deadline are overdue.
 */
@ApplicationScoped
public class TaskPlanService {

    @ApplicationScoped
    public static class Groups implements PanacheRepositoryBase<WorkingGroupEntity, UUID> {
    }

    @ApplicationScoped
    public static class Members implements PanacheRepositoryBase<WorkingGroupMemberEntity, UUID> {
    }

    @ApplicationScoped
    public static class Tasks implements PanacheRepositoryBase<TaskEntity, UUID> {
    }

    private final Groups groups;
    private final Members members;
    private final Tasks tasks;
    private final MeetingService meetings;

    public TaskPlanService(Groups groups, Members members, Tasks tasks, MeetingService meetings) {
        this.groups = groups;
        this.members = members;
        this.tasks = tasks;
        this.meetings = meetings;
    }

    @Transactional
    public WorkingGroupView createGroup(UUID meetingId, WorkingGroupRequest request) {
        meetings.require(meetingId);
        WorkingGroupEntity group = new WorkingGroupEntity();
        group.id = UUID.randomUUID();
        group.meetingId = meetingId;
        applyGroup(request, group);
        groups.persist(group);
        replaceMembers(group.id, request.members());
        groups.flush();
        return view(group);
    }

    @Transactional
    public WorkingGroupView updateGroup(UUID meetingId, UUID id, long expectedVersion, WorkingGroupRequest request) {
        WorkingGroupEntity group = requireGroup(meetingId, id);
        Versions.check(expectedVersion, group.version, RecordNames.named(RecordNames.WORKING_GROUP, id));
        applyGroup(request, group);
        replaceMembers(group.id, request.members());
        groups.getEntityManager().lock(group, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        groups.flush();
        return view(group);
    }

    @Transactional
    public List<WorkingGroupView> groups(UUID meetingId) {
        meetings.require(meetingId);
        return groups.find("meetingId = ?1 order by kind, name", meetingId).list().stream().map(this::view).toList();
    }

    @Transactional
    public WorkingGroupView group(UUID meetingId, UUID id) {
        return view(requireGroup(meetingId, id));
    }

    @Transactional
    public TaskView createTask(UUID meetingId, TaskRequest request) {
        meetings.require(meetingId);
        TaskEntity task = new TaskEntity();
        task.id = UUID.randomUUID();
        task.meetingId = meetingId;
        applyTask(request, task);
        tasks.persist(task);
        tasks.flush();
        return view(task, groupNames(meetingId));
    }

    @Transactional
    public TaskView updateTask(UUID meetingId, UUID id, long expectedVersion, TaskRequest request) {
        TaskEntity task = requireTask(meetingId, id);
        Versions.check(expectedVersion, task.version, RecordNames.named(RecordNames.TASK, id));
        applyTask(request, task);
        tasks.flush();
        return view(task, groupNames(meetingId));
    }

    @Transactional
    public TaskView task(UUID meetingId, UUID id) {
        return view(requireTask(meetingId, id), groupNames(meetingId));
    }

    /** Tasks by deadline; only one group's, one status, or only the overdue ones on request. */
    @Transactional
    public List<TaskView> tasks(UUID meetingId, UUID groupId, TaskStatus status, boolean overdueOnly) {
        meetings.require(meetingId);
        StringBuilder where = new StringBuilder("meetingId = :meeting");
        Parameters parameters = Parameters.with("meeting", meetingId);
        if (groupId != null) {
            where.append(" and groupId = :group");
            parameters.and("group", groupId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (overdueOnly) {
            where.append(" and deadline < :now and status in :open");
            parameters.and("now", MeetingService.now()).and("open", List.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS));
        }
        Map<UUID, String> names = groupNames(meetingId);
        return tasks.find(where + " order by deadline, title", parameters).list().stream()
                .map(task -> view(task, names)).toList();
    }

    private void applyGroup(WorkingGroupRequest request, WorkingGroupEntity group) {
        String name = request.name().strip();
        if (groups.count("meetingId = ?1 and name = ?2 and id <> ?3", group.meetingId, name, group.id) > 0) {
            throw ProblemException.conflict(Message.of("This meeting already has a working group named {0}",
                    "本次会议已有名为 {0} 的工作组", name));
        }
        group.name = name;
        group.kind = request.kind();
        group.leader = request.leader() == null || request.leader().isBlank() ? null : request.leader().strip();
    }

    private void replaceMembers(UUID groupId, List<WorkingGroupRequest.Member> list) {
        members.delete("groupId", groupId);
        int position = 0;
        for (WorkingGroupRequest.Member member : list == null ? List.<WorkingGroupRequest.Member>of() : list) {
            WorkingGroupMemberEntity row = new WorkingGroupMemberEntity();
            row.id = UUID.randomUUID();
            row.groupId = groupId;
            row.name = member.name().strip();
            row.phone = member.phone();
            row.duty = member.duty();
            row.position = position++;
            members.persist(row);
        }
    }

    private void applyTask(TaskRequest request, TaskEntity task) {
        if (request.groupId() != null && groups.count("id = ?1 and meetingId = ?2", request.groupId(),
                task.meetingId) == 0) {
            throw ProblemException.invalidField("groupId", Message.of("is not a working group of this meeting",
                    "不是本次会议的工作组"));
        }
        TaskStatus status = request.status() == null ? TaskStatus.TODO : request.status();
        task.title = request.title().strip();
        task.groupId = request.groupId();
        task.owner = request.owner().strip();
        task.deadline = request.deadline();
        task.requirement = request.requirement();
        if (status == TaskStatus.DONE && task.status != TaskStatus.DONE) {
            task.completedAt = MeetingService.now();
        } else if (status != TaskStatus.DONE) {
            task.completedAt = null;
        }
        task.status = status;
    }

    private WorkingGroupView view(WorkingGroupEntity group) {
        List<WorkingGroupRequest.Member> list = members.find("groupId = ?1 order by position", group.id).list()
                .stream().map(m -> new WorkingGroupRequest.Member(m.name, m.phone, m.duty)).toList();
        OffsetDateTime now = MeetingService.now();
        List<TaskEntity> open = tasks.find("groupId = ?1 and status in ?2", group.id,
                List.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS)).list();
        long overdue = open.stream().filter(t -> t.deadline.isBefore(now)).count();
        return new WorkingGroupView(group.id, group.meetingId, group.name, group.kind, group.leader, list,
                open.size(), overdue, group.version);
    }

    private static TaskView view(TaskEntity task, Map<UUID, String> groupNames) {
        boolean overdue = task.status.open() && task.deadline.isBefore(MeetingService.now());
        return new TaskView(task.id, task.meetingId, task.groupId, task.groupId == null ? null
                : groupNames.get(task.groupId), task.title, task.owner, task.deadline, task.requirement, task.status,
                task.completedAt, overdue, task.version);
    }

    private Map<UUID, String> groupNames(UUID meetingId) {
        return groups.find("meetingId", meetingId).list().stream()
                .collect(Collectors.toMap(g -> g.id, g -> g.name, (a, b) -> a));
    }

    private WorkingGroupEntity requireGroup(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return groups.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.WORKING_GROUP, id));
    }

    private TaskEntity requireTask(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return tasks.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.TASK, id));
    }
}
