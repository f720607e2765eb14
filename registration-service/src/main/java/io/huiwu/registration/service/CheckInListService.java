package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.CheckInListRequest;
import io.huiwu.registration.api.CheckInListView;
import io.huiwu.registration.mapping.CredentialMapping;
import io.huiwu.registration.persistence.CheckInListEntity;
import io.huiwu.registration.persistence.CheckInRepositories;
import io.huiwu.registration.persistence.CheckInStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Check-in points and their rules. */
@ApplicationScoped
public class CheckInListService {

    private final CheckInRepositories.Lists lists;
    private final CheckInRepositories.CredentialTypes types;
    private final MeetingService meetings;

    public CheckInListService(CheckInRepositories.Lists lists, CheckInRepositories.CredentialTypes types,
            MeetingService meetings) {
        this.lists = lists;
        this.types = types;
        this.meetings = meetings;
    }

    @Transactional
    public CheckInListView create(UUID meetingId, CheckInListRequest request) {
        meetings.require(meetingId);
        CheckInListEntity list = new CheckInListEntity();
        list.id = UUID.randomUUID();
        list.meetingId = meetingId;
        apply(request, list);
        lists.persist(list);
        lists.flush();
        return CredentialMapping.toView(list);
    }

    @Transactional
    public CheckInListView update(UUID meetingId, UUID id, long expectedVersion, CheckInListRequest request) {
        CheckInListEntity list = require(meetingId, id);
        Versions.check(expectedVersion, list.version, RecordNames.named(RecordNames.CHECK_IN_LIST, id));
        if (list.sessionId != null && (!list.name.equals(request.name().strip()) || list.kind != request.kind()
                || !list.categories.equals(CredentialMapping.categoryText(request.categories())))) {
            throw ProblemException.conflict(Message.of("The check-in list {0} is the door of a session: its name,"
                    + " kind and categories follow the session's schedule in venue-service and are not edited here;"
                    + " its hours and rules may be (the next change of the session sets its hours again)",
                    "签到点 {0} 是会次的入口：名称、类型和人员类别随场馆服务中的日程变化，不能在此修改；可修改开放时间和规则"
                            + "（会次再变更时开放时间随之重设）", list.name));
        }
        apply(request, list);
        lists.flush();
        return CredentialMapping.toView(list);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CheckInListView> list(UUID meetingId) {
        meetings.require(meetingId);
        return lists.find("meetingId = ?1 order by name", meetingId).list().stream()
                .map(CredentialMapping::toView).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckInListView get(UUID meetingId, UUID id) {
        return CredentialMapping.toView(require(meetingId, id));
    }

    CheckInListEntity require(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return lists.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.CHECK_IN_LIST, id));
    }

    private void apply(CheckInListRequest request, CheckInListEntity list) {
        if (request.opensAt() != null && request.closesAt() != null && !request.closesAt().isAfter(request.opensAt())) {
            throw ProblemException.invalidField("closesAt", Message.of("must be after opensAt", "必须晚于 opensAt"));
        }
        String name = request.name().strip();
        if (lists.count("meetingId = ?1 and name = ?2 and id <> ?3", list.meetingId, name, list.id) > 0) {
            throw ProblemException.conflict(Message.of("This meeting already has a check-in list named {0}",
                    "本次会议已有名为 {0} 的签到点", name));
        }
        list.name = name;
        list.kind = request.kind();
        list.categories = CredentialMapping.categoryText(request.categories());
        list.opensAt = request.opensAt();
        list.closesAt = request.closesAt();
        list.allowReentry = request.allowReentry();
        list.trackExit = request.trackExit();
        list.allowOnBehalf = request.allowOnBehalf();
        Set<UUID> accepted = request.credentialTypeIds() == null || request.credentialTypeIds().isEmpty() ? null
                : request.credentialTypeIds();
        if (accepted != null) {
            long known = types.count("meetingId = ?1 and id in ?2", list.meetingId, accepted);
            if (known != accepted.size()) {
                throw ProblemException.invalidField("credentialTypeIds", Message.of(
                        "names a credential type that is not one of this meeting's", "含有不属于本次会议的证件类型"));
            }
        }
        list.credentialTypes = CheckInStore.credentialTypesText(accepted);
    }
}
