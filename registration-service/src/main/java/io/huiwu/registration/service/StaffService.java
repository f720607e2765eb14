package io.huiwu.registration.service;

import io.huiwu.chassis.access.AccessGrants;
import io.huiwu.chassis.access.Grant;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.registration.api.StaffGrantRequest;
import io.huiwu.registration.api.StaffGrantView;
import io.huiwu.registration.domain.MeetingRole;
import io.huiwu.registration.event.AccessEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Who works on a meeting, in which role. Registration owns grants: it records them in the chassis's grant table
 * (which every service's access check reads) and publishes each change for the other services' replicas.
 */
@ApplicationScoped
public class StaffService {

    private final AccessGrants grants;
    private final AccessEvents events;
    private final MeetingService meetings;

    public StaffService(AccessGrants grants, AccessEvents events, MeetingService meetings) {
        this.grants = grants;
        this.events = events;
        this.meetings = meetings;
    }

    @Transactional
    public StaffGrantView grant(UUID meetingId, StaffGrantRequest request, String actor) {
        meetings.require(meetingId);
        Grant grant = grants.grant(meetingId, request.subject(), request.role().role(), request.displayName(), actor);
        events.changed(grant);
        return toView(grant);
    }

    @Transactional
    public void revoke(UUID meetingId, UUID grantId, String actor) {
        meetings.require(meetingId);
        events.changed(grants.revoke(meetingId, grantId, actor));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<StaffGrantView> list(UUID meetingId, MeetingRole role, int page, int size) {
        meetings.require(meetingId);
        return grants.list(meetingId, role == null ? null : role.role(), page, size).map(StaffService::toView);
    }

    static StaffGrantView toView(Grant grant) {
        return new StaffGrantView(grant.grantId(), grant.meetingId(), grant.subject(), MeetingRole.of(grant.role()),
                grant.displayName(), grant.changedBy(), grant.changedAt());
    }
}
