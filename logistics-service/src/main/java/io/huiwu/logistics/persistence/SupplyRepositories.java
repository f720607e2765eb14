package io.huiwu.logistics.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The repositories of supplies. */
public final class SupplyRepositories {

    private SupplyRepositories() {
    }

    @ApplicationScoped
    public static class BudgetLines implements PanacheRepositoryBase<BudgetLineEntity, UUID> {
    }

    @ApplicationScoped
    public static class Items implements PanacheRepositoryBase<SupplyItemEntity, UUID> {

        /**
         * Changes an item's stock by {@code delta} in one statement, only if it stays at or above zero; answers
         * whether it did. Two desks taking the last one: the second finds nothing to change.
         */
        public boolean move(UUID itemId, int delta, String actor, OffsetDateTime at) {
            return getEntityManager().createNativeQuery("update supply_item set stock = stock + ?1,"
                    + " version = version + 1, updated_by = ?2, updated_at = ?3 where id = ?4 and stock + ?1 >= 0")
                    .setParameter(1, delta).setParameter(2, actor).setParameter(3, at).setParameter(4, itemId)
                    .executeUpdate() == 1;
        }
    }

    @ApplicationScoped
    public static class Movements implements PanacheRepositoryBase<StockMovementEntity, UUID> {
    }

    @ApplicationScoped
    public static class Kits implements PanacheRepositoryBase<KitEntity, UUID> {
    }

    @ApplicationScoped
    public static class KitItems implements PanacheRepositoryBase<KitItemEntity, KitItemEntity.Key> {
    }

    @ApplicationScoped
    public static class Issues implements PanacheRepositoryBase<KitIssueEntity, UUID> {
    }
}
