package io.huiwu.registration.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Repositories of the roster's smaller tables. */
public final class RosterRepositories {

    private RosterRepositories() {
    }

    @ApplicationScoped
    public static class Verifications implements PanacheRepository<AttendeeVerificationEntity> {
    }

    @ApplicationScoped
    public static class Overrides implements PanacheRepositoryBase<VerificationOverrideEntity, UUID> {
    }

    @ApplicationScoped
    public static class History implements PanacheRepository<AttendeeHistoryEntity> {
    }

    @ApplicationScoped
    public static class Groups implements PanacheRepositoryBase<DiscussionGroupEntity, UUID> {
    }

    @ApplicationScoped
    public static class GroupMembers
            implements PanacheRepositoryBase<DiscussionGroupMemberEntity, DiscussionGroupMemberEntity.Key> {
    }

    @ApplicationScoped
    public static class Delegations implements PanacheRepositoryBase<DelegationEntity, UUID> {
    }

    @ApplicationScoped
    public static class DelegationLeaders
            implements PanacheRepositoryBase<DelegationLeaderEntity, DelegationLeaderEntity.Key> {
    }

    @ApplicationScoped
    public static class Finalisations
            implements PanacheRepositoryBase<RosterFinalisationEntity, RosterFinalisationEntity.Key> {
    }

    @ApplicationScoped
    public static class FinalisedEntries
            implements PanacheRepositoryBase<RosterFinalisationEntryEntity, RosterFinalisationEntryEntity.Key> {
    }
}
