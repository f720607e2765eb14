package io.huiwu.logistics.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The repositories of transport. */
public final class TransportRepositories {

    private TransportRepositories() {
    }

    @ApplicationScoped
    public static class Vehicles implements PanacheRepositoryBase<VehicleEntity, UUID> {
    }

    @ApplicationScoped
    public static class Travel implements PanacheRepositoryBase<TravelEntity, UUID> {
    }

    @ApplicationScoped
    public static class Pickups implements PanacheRepositoryBase<PickupEntity, UUID> {
    }

    @ApplicationScoped
    public static class Riders implements PanacheRepositoryBase<PickupRiderEntity, UUID> {
    }
}
