package io.huiwu.registration.domain;

/** A revoked credential stops working at once and stays on record; a reissue is a new credential. */
public enum CredentialStatus {
    ACTIVE, REVOKED
}
