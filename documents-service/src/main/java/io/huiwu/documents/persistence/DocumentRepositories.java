package io.huiwu.documents.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Repositories of documents, copies, ledger entries, clearances, recalls, destructions and holds. */
public final class DocumentRepositories {

    private DocumentRepositories() {
    }

    @ApplicationScoped
    public static class Documents implements PanacheRepositoryBase<DocumentEntity, UUID> {
    }

    @ApplicationScoped
    public static class Copies implements PanacheRepositoryBase<CopyEntity, UUID> {
    }

    @ApplicationScoped
    public static class Ledger implements PanacheRepositoryBase<LedgerEntryEntity, UUID> {
    }

    @ApplicationScoped
    public static class Clearances
            implements PanacheRepositoryBase<CategoryClearanceEntity, CategoryClearanceEntity.Key> {
    }

    @ApplicationScoped
    public static class Recalls implements PanacheRepositoryBase<RecallEntity, UUID> {
    }

    @ApplicationScoped
    public static class DestructionRequests implements PanacheRepositoryBase<DestructionRequestEntity, UUID> {
    }

    @ApplicationScoped
    public static class DestructionRegister implements PanacheRepositoryBase<DestructionRegisterEntity, UUID> {
    }

    @ApplicationScoped
    public static class Holds implements PanacheRepositoryBase<HoldEntity, UUID> {
    }
}
