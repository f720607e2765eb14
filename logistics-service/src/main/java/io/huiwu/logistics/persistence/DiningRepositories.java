package io.huiwu.logistics.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The repositories of dining. */
public final class DiningRepositories {

    private DiningRepositories() {
    }

    @ApplicationScoped
    public static class Halls implements PanacheRepositoryBase<DiningHallEntity, UUID> {
    }

    @ApplicationScoped
    public static class Tables implements PanacheRepositoryBase<DiningTableEntity, UUID> {
    }

    @ApplicationScoped
    public static class Meals implements PanacheRepositoryBase<MealEntity, UUID> {
    }

    @ApplicationScoped
    public static class Seats implements PanacheRepositoryBase<TableSeatEntity, UUID> {
    }
}
