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
    DESTROYED;

    /** Whether a holder has the copy (it is due back). */
    public boolean isOut() {
        return this == ISSUED || this == LOANED;
    }
}
