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
    DESTROYED
}
