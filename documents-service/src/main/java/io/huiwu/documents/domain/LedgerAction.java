package io.huiwu.documents.domain;

/** The kinds of entry in a copy's ledger. */
public enum LedgerAction {
    REGISTERED,
    ISSUED,
    RETURNED,
    TRANSFERRED,
    LOANED,
    MISSING,
    FOUND,
    DESTROYED,
    /** Handed over to the holder's unit (移交所在单位): kept there, off the meeting's books. */
    HANDED_OVER
}
