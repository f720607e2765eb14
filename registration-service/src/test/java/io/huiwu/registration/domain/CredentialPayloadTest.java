package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialPayloadTest {

    private final CredentialPayload signer =
            new CredentialPayload("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void aPayloadNamesItsCredential() {
        UUID id = UUID.randomUUID();
        String payload = signer.payloadFor(id);
        assertTrue(payload.startsWith("HW1."));
        assertTrue(payload.length() < 60, "short enough for a small QR code: " + payload);
        assertEquals(Optional.of(id), signer.verify(payload));
    }

    @Test
    void alteredForgedOrMalformedPayloadsAreRefused() {
        UUID id = UUID.randomUUID();
        String payload = signer.payloadFor(id);
        String[] parts = payload.split("\\.");
        String otherId = signer.payloadFor(UUID.randomUUID()).split("\\.")[1];
        assertEquals(Optional.empty(), signer.verify(parts[0] + "." + otherId + "." + parts[2]));
        CredentialPayload otherKey = new CredentialPayload("fedcba9876543210fedcba9876543210".getBytes());
        assertEquals(Optional.empty(), signer.verify(otherKey.payloadFor(id)));
        assertEquals(Optional.empty(), signer.verify("HW2." + parts[1] + "." + parts[2]));
        assertEquals(Optional.empty(), signer.verify("HW1.%%%.***"));
        assertEquals(Optional.empty(), signer.verify(""));
        assertEquals(Optional.empty(), signer.verify(null));
        assertEquals(Optional.empty(), signer.verify("x".repeat(500)));
    }

    @Test
    void shortKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CredentialPayload(new byte[16]));
    }

    @Test
    void aSignedCodeIsReadWithItsSignatureAndVerifiedWithTheMeetingsPublicKey() throws Exception {
        java.security.KeyPair keys = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        UUID meeting = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        byte[] signature = MeetingSignatures.sign(keys.getPrivate(), meeting, id);
        String payload = signer.payloadFor(id, signature);
        assertTrue(payload.startsWith("HW2."), payload);
        assertTrue(payload.length() < 140, "fits a small QR code: " + payload);
        CredentialPayload.Signed read = signer.read(payload).orElseThrow();
        assertEquals(id, read.credentialId());
        assertTrue(read.matches(signature));
        assertTrue(!read.matches(MeetingSignatures.sign(keys.getPrivate(), meeting, UUID.randomUUID())));
        assertTrue(!read.matches(null));
        byte[] publicKey = keys.getPublic().getEncoded();
        assertEquals(Optional.of(id), MeetingSignatures.verify(publicKey, meeting, payload));
        assertEquals(Optional.empty(), MeetingSignatures.verify(publicKey, UUID.randomUUID(), payload));
        byte[] other = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()
                .getEncoded();
        assertEquals(Optional.empty(), MeetingSignatures.verify(other, meeting, payload));
        // an older code is read as before, its MAC checked here
        assertEquals(Optional.of(new CredentialPayload.Signed(id, null)).map(CredentialPayload.Signed::credentialId),
                signer.read(signer.payloadFor(id)).map(CredentialPayload.Signed::credentialId));
        assertEquals(Optional.empty(), signer.read("HW2.short.sig"));
        assertEquals(Optional.empty(), MeetingSignatures.verify(publicKey, meeting, signer.payloadFor(id)));
    }
}
