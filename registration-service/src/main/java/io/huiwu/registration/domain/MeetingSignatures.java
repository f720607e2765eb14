package io.huiwu.registration.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;
import java.util.UUID;

/**
 * The Ed25519 signatures on credentials' QR codes ({@link CredentialPayload#SIGNED_VERSION}). What is signed is the
 * ASCII bytes {@code HW2}, the meeting's id and the credential's id (16 bytes each, big-endian), so that a code of one
 * meeting is worthless at another's doors. This is what a check-in device implements to decide offline: it reads the
 * id from the code and checks the signature with the meeting's public key (X.509 SubjectPublicKeyInfo, as the sync
 * download gives it).
 */
public final class MeetingSignatures {

    public static final String ALGORITHM = "Ed25519";
    public static final int SIGNATURE_BYTES = 64;

    private MeetingSignatures() {
    }

    public static byte[] message(UUID meetingId, UUID credentialId) {
        return ByteBuffer.allocate(3 + 32).put(CredentialPayload.SIGNED_VERSION.getBytes(StandardCharsets.US_ASCII))
                .putLong(meetingId.getMostSignificantBits()).putLong(meetingId.getLeastSignificantBits())
                .putLong(credentialId.getMostSignificantBits()).putLong(credentialId.getLeastSignificantBits())
                .array();
    }

    public static byte[] sign(PrivateKey key, UUID meetingId, UUID credentialId) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(message(meetingId, credentialId));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
        }
    }

    /** What a device does: the credential a scanned code names, if the meeting's key signed it. */
    public static Optional<UUID> verify(byte[] publicKey, UUID meetingId, String payload) {
        Optional<CredentialPayload.Signed> read = CredentialPayload.readSigned(payload);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKey));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(message(meetingId, read.get().credentialId()));
            return signature.verify(read.get().signature()) ? Optional.of(read.get().credentialId())
                    : Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
