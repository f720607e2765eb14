package io.huiwu.venue.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Repositories of the schedule and of the meetings it belongs to. */
public final class ScheduleRepositories {

    private ScheduleRepositories() {
    }

    @ApplicationScoped
    public static class Meetings implements PanacheRepositoryBase<MeetingCopyEntity, UUID> {
    }

    @ApplicationScoped
    public static class Sessions implements PanacheRepositoryBase<SessionEntity, UUID> {
    }

    @ApplicationScoped
    public static class Speakers implements PanacheRepositoryBase<SpeakerEntity, UUID> {
    }

    @ApplicationScoped
    public static class SignUps implements PanacheRepositoryBase<SignUpEntity, UUID> {
    }

    @ApplicationScoped
    public static class AgendaItems implements PanacheRepositoryBase<AgendaItemEntity, AgendaItemEntity.Key> {
    }
}
