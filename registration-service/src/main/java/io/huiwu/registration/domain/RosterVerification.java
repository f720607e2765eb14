package io.huiwu.registration.domain;

import java.util.Collection;

/**
 * The roster's rule that no entry is final until it is verified (handbook item 7: "要经2、3人再核实一遍"): each
 * version of an entry needs {@code required} verifications (a meeting setting, 2 or 3) by distinct members of
 * staff, none of them the person who last edited it. An edit makes a new version, so earlier verifications no
 * longer count (they stay in the history).
 *
 * <p>Only a final entry gets a credential issued or printed (DOMAIN.md: "no error allowed"). An organizer may let
 * one version of one entry pass without its verifications, giving a reason (an override); it is recorded, and like
 * verifications it counts for that version only.
 */
public final class RosterVerification {

    private RosterVerification() {
    }

    /** Where a version of an entry stands; within one version it only moves forward, in this order. */
    public enum VerificationState {
        /** No verification of the current version yet. */
        UNVERIFIED,
        /** Some, but fewer than the meeting requires. */
        PARTIAL,
        /** Fewer verifications than the meeting requires, but an organizer let this version pass with a reason. */
        OVERRIDDEN,
        /** Final. */
        VERIFIED;

        /** Whether credentials may be issued and printed for the entry. */
        public boolean isFinal() {
            return this == VERIFIED || this == OVERRIDDEN;
        }
    }

    public static VerificationState state(int verifications, int required) {
        return state(verifications, required, false);
    }

    /**
     * The state of a version with {@code verifications} verifications, {@code overridden} if an organizer let it
     * pass; enough verifications make it VERIFIED whether or not it was overridden.
     */
    public static VerificationState state(int verifications, int required, boolean overridden) {
        if (verifications >= required && required > 0) {
            return VerificationState.VERIFIED;
        }
        if (overridden) {
            return VerificationState.OVERRIDDEN;
        }
        return verifications <= 0 ? VerificationState.UNVERIFIED : VerificationState.PARTIAL;
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

    /**
     * Whether an organizer may override a version in this state: only one that is not final yet. The last editor
     * may override too: it is the organizer's recorded decision, and organizers are usually the ones who edit.
     */
    public static boolean mayOverride(VerificationState state) {
        return !state.isFinal();
    }
}
