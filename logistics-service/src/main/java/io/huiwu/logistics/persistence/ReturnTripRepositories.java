package io.huiwu.logistics.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The repositories of return trips (返程). */
public final class ReturnTripRepositories {

    private ReturnTripRepositories() {
    }

    @ApplicationScoped
    public static class Tickets implements PanacheRepositoryBase<DepartureTicketEntity, UUID> {
    }

    @ApplicationScoped
    public static class SendOffs implements PanacheRepositoryBase<SendOffEntity, UUID> {
    }

    @ApplicationScoped
    public static class SendOffRiders implements PanacheRepositoryBase<SendOffRiderEntity, UUID> {
    }
}
