package io.huiwu.documents.domain;

/** Where a copy is, as its ledger says. */
public enum CopyState {
    /** With the materials group (registered, returned or found): 在库. */
    IN_CUSTODY,
    /** Out with a holder who signed for it. */
    ISSUED,
    /** Lent to a temporary reader or the press, with a due time. */
    LOANED,
    /** Not back when due, or reported lost. */
    MISSING,
    /** Destroyed; nothing more can happen to it. */
    DESTROYED,
    /**
     * Handed over to the holder's unit with a receipt (移交所在单位, 账外文件): the unit keeps it under its own
     * register, so it is no longer due back; nothing more happens to it here.
     */
    HANDED_OVER;

    /** Whether a holder has the copy (it is due back). */
    public boolean isOut() {
        return this == ISSUED || this == LOANED;
    }
}
