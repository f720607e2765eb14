package io.huiwu.logistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** How many of an item a kit holds. */
@Entity
@Table(name = "kit_item")
@IdClass(KitItemEntity.Key.class)
public class KitItemEntity {

    @Id
    @Column(name = "kit_id")
    public UUID kitId;

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(nullable = false)
    public int quantity;

    /** The key of a kit's line: the kit and the item. */
    public static class Key implements Serializable {

        public UUID kitId;
        public UUID itemId;

        public Key() {
        }

        public Key(UUID kitId, UUID itemId) {
            this.kitId = kitId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(kitId, key.kitId) && Objects.equals(itemId, key.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kitId, itemId);
        }
    }
}
