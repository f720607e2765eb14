package io.huiwu.registration.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Repositories of sessions (from venue's schedule) and of the leave register. */
public final class AttendanceRepositories {

    private AttendanceRepositories() {
    }

    @ApplicationScoped
    public static class Sessions implements PanacheRepositoryBase<MeetingSessionEntity, UUID> {
    }

    @ApplicationScoped
    public static class Absences implements PanacheRepositoryBase<AbsenceEntity, UUID> {
    }
}
