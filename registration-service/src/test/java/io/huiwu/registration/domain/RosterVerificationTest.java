package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterVerificationTest {

    @Test
    void statesFollowTheCount() {
        assertEquals(RosterVerification.VerificationState.UNVERIFIED, RosterVerification.state(0, 2));
        assertEquals(RosterVerification.VerificationState.PARTIAL, RosterVerification.state(1, 2));
        assertEquals(RosterVerification.VerificationState.VERIFIED, RosterVerification.state(2, 2));
        assertEquals(RosterVerification.VerificationState.PARTIAL, RosterVerification.state(2, 3));
    }

    @Test
    void anOverrideMakesAVersionFinalUntilItHasEnoughVerifications() {
        assertEquals(RosterVerification.VerificationState.OVERRIDDEN, RosterVerification.state(0, 2, true));
        assertEquals(RosterVerification.VerificationState.OVERRIDDEN, RosterVerification.state(2, 3, true));
        assertEquals(RosterVerification.VerificationState.VERIFIED, RosterVerification.state(2, 2, true));
        assertEquals(RosterVerification.VerificationState.UNVERIFIED, RosterVerification.state(0, 2, false));
        assertTrue(RosterVerification.VerificationState.VERIFIED.isFinal());
        assertTrue(RosterVerification.VerificationState.OVERRIDDEN.isFinal());
        assertFalse(RosterVerification.VerificationState.PARTIAL.isFinal());
        assertFalse(RosterVerification.VerificationState.UNVERIFIED.isFinal());
        assertTrue(RosterVerification.mayOverride(RosterVerification.VerificationState.PARTIAL));
        assertFalse(RosterVerification.mayOverride(RosterVerification.VerificationState.VERIFIED));
        assertFalse(RosterVerification.mayOverride(RosterVerification.VerificationState.OVERRIDDEN));
    }

    @Test
    void theLastEditorAndRepeatVerifiersAreRefused() {
        assertNotNull(RosterVerification.refusal("wang", "wang", List.of(), 2));
        assertNotNull(RosterVerification.refusal("li", "wang", List.of("li"), 2));
        assertNotNull(RosterVerification.refusal("zhao", "wang", List.of("li", "zhang"), 2));
        assertNull(RosterVerification.refusal("zhao", "wang", List.of("li"), 2));
        assertNull(RosterVerification.refusal("zhao", "wang", List.of("li", "zhang"), 3));
    }
}
