package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class RosterVerificationTest {

    @Test
    void statesFollowTheCount() {
        assertEquals(RosterVerification.VerificationState.UNVERIFIED, RosterVerification.state(0, 2));
        assertEquals(RosterVerification.VerificationState.PARTIAL, RosterVerification.state(1, 2));
        assertEquals(RosterVerification.VerificationState.VERIFIED, RosterVerification.state(2, 2));
        assertEquals(RosterVerification.VerificationState.PARTIAL, RosterVerification.state(2, 3));
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
