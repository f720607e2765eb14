package io.huiwu.registration.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Repositories of credentials and check-in points (the scans themselves are written with plain SQL). */
public final class CheckInRepositories {

    private CheckInRepositories() {
    }

    @ApplicationScoped
    public static class CredentialTypes implements PanacheRepositoryBase<CredentialTypeEntity, UUID> {
    }

    @ApplicationScoped
    public static class Credentials implements PanacheRepositoryBase<CredentialEntity, UUID> {
    }

    @ApplicationScoped
    public static class Vehicles implements PanacheRepositoryBase<VehicleEntity, UUID> {
    }

    @ApplicationScoped
    public static class Lists implements PanacheRepositoryBase<CheckInListEntity, UUID> {
    }
}
