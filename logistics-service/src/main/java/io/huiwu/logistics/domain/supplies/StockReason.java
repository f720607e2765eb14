package io.huiwu.logistics.domain.supplies;

/** Why an item's stock changed. */
public enum StockReason {
    /** The stock an item was entered with. */
    INITIAL,
    /** Delivered (入库). */
    RECEIVED,
    /** Damaged, lost or given away outside a kit (报损). */
    WRITTEN_OFF,
    /** Set right after a count of what is on the shelf (盘点). */
    COUNTED,
    /** Handed out in a kit. */
    ISSUED;

    /** Whether staff may record it by hand: INITIAL and ISSUED are recorded by the service itself. */
    public boolean byHand() {
        return this == RECEIVED || this == WRITTEN_OFF || this == COUNTED;
    }
}
