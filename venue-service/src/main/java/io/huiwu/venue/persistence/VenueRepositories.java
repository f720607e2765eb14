package io.huiwu.venue.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Repositories of venues, their halls and rooms, and the halls' seat maps. */
public final class VenueRepositories {

    private VenueRepositories() {
    }

    @ApplicationScoped
    public static class Venues implements PanacheRepositoryBase<VenueEntity, UUID> {
    }

    @ApplicationScoped
    public static class Spaces implements PanacheRepositoryBase<SpaceEntity, UUID> {
    }

    @ApplicationScoped
    public static class SeatMaps implements PanacheRepositoryBase<SeatMapEntity, UUID> {
    }

    @ApplicationScoped
    public static class SeatMapSeats implements PanacheRepositoryBase<SeatMapSeatEntity, SeatMapSeatEntity.Key> {
    }

    @ApplicationScoped
    public static class SeatBlocks implements PanacheRepositoryBase<SeatBlockEntity, SeatBlockEntity.Key> {
    }
}
