package io.huiwu.registration.domain;

import java.util.Collection;

/**
 * The roster's rule that no entry is final until it is verified (handbook item 7: "要经2、3人再核实一遍"): each
 * version of an entry needs {@code required} verifications (a meeting setting, 2 or 3) by distinct members of
 * staff, none of them the person who last edited it. An edit makes a new version, so earlier verifications no
 * longer count (they stay in the history).
 */
public final class RosterVerification {

    private RosterVerification() {
    }

    public enum VerificationState {
        /** No verification of the current version yet. */
        UNVERIFIED,
        /** Some, but fewer than the meeting requires. */
        PARTIAL,
        /** Final. */
        VERIFIED
    }

    public static VerificationState state(int verifications, int required) {
        if (verifications <= 0) {
            return VerificationState.UNVERIFIED;
        }
        return verifications >= required ? VerificationState.VERIFIED : VerificationState.PARTIAL;
    }

    /** Why a member of staff may not verify a version of an entry. */
    public enum Refusal {
        /** They made the version themselves: someone else must check it. */
        OWN_VERSION,
        /** They verified this version already. */
        ALREADY_VERIFIED,
        /** The version has all the verifications the meeting requires. */
        ENOUGH
    }

    /**
     * Why {@code verifier} may not verify this version, or null if they may.
     *
     * @param lastEditor      who made the current version
     * @param verifiersSoFar  who has verified the current version
     */
    public static Refusal refusal(String verifier, String lastEditor, Collection<String> verifiersSoFar,
            int required) {
        if (verifier.equals(lastEditor)) {
            return Refusal.OWN_VERSION;
        }
        if (verifiersSoFar.contains(verifier)) {
            return Refusal.ALREADY_VERIFIED;
        }
        if (verifiersSoFar.size() >= required) {
            return Refusal.ENOUGH;
        }
        return null;
    }
}
