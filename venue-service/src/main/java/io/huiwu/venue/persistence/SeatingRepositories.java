package io.huiwu.venue.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Repositories of seating: the rostrums of sessions. */
public final class SeatingRepositories {

    private SeatingRepositories() {
    }

    @ApplicationScoped
    public static class Rostrums implements PanacheRepositoryBase<RostrumEntity, UUID> {
    }

    @ApplicationScoped
    public static class RostrumSeats implements PanacheRepositoryBase<RostrumSeatEntity, RostrumSeatEntity.Key> {
    }
}
