package io.huiwu.venue.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Repositories of seating: the rostrums of sessions, the seats people hold and their history. */
public final class SeatingRepositories {

    private SeatingRepositories() {
    }

    @ApplicationScoped
    public static class Rostrums implements PanacheRepositoryBase<RostrumEntity, UUID> {
    }

    @ApplicationScoped
    public static class RostrumSeats implements PanacheRepositoryBase<RostrumSeatEntity, RostrumSeatEntity.Key> {
    }

    @ApplicationScoped
    public static class Assignments implements PanacheRepositoryBase<SeatAssignmentEntity, UUID> {
    }

    @ApplicationScoped
    public static class History implements PanacheRepositoryBase<SeatHistoryEntity, Long> {
    }
}
