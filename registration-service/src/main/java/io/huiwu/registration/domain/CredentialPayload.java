package io.huiwu.registration.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * What a credential's QR code holds, in one of two forms, both base64url:
 * <ul>
 * <li>{@code HW2.<credential id>.<signature>}: an Ed25519 signature by the meeting's own key over
 * {@link MeetingSignatures#message}. A registered check-in device verifies it offline with the meeting's public key
 * and cannot make one. The server keeps the signature each credential was issued with and compares the scanned one
 * with it (the same proof, without the cost of a signature check on every scan).</li>
 * <li>{@code HW1.<credential id>.<mac>}: an HMAC-SHA256 (truncated to 128 bits) under a key that only the service
 * holds; credentials issued before signed codes carry it, and it stays valid until they are reissued.</li>
 * </ul>
 * The id is a random UUID, so it cannot be guessed. A code that was not made here is refused before the database is
 * asked where possible. Whether the credential is still valid (not revoked) is for the database to say.
 */
public final class CredentialPayload {

    public static final String VERSION = "HW1";
    public static final String SIGNED_VERSION = "HW2";

    /** A scanned code that has the shape of a signed one: the server compares its signature with the stored one. */
    public record Signed(UUID credentialId, byte[] signature) {

        /** Whether this is the signature the credential was issued with (false if it has none). */
        public boolean matches(byte[] issued) {
            return issued != null && MessageDigest.isEqual(issued, signature);
        }
    }
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    /** @param key at least 32 bytes of secret key material */
    public CredentialPayload(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the credential signing key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public String payloadFor(UUID credentialId) {
        byte[] id = bytes(credentialId);
        return VERSION + "." + ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(sign(id));
    }

    /** The signed code of a credential, from the signature it was issued with. */
    public static String signedPayloadFor(UUID credentialId, byte[] signature) {
        return SIGNED_VERSION + "." + ENCODER.encodeToString(bytes(credentialId)) + "."
                + ENCODER.encodeToString(signature);
    }

    /** The code of a credential: the signed one if it was issued with a signature, else the older one. */
    public String payloadFor(UUID credentialId, byte[] signature) {
        return signature == null ? payloadFor(credentialId) : signedPayloadFor(credentialId, signature);
    }

    /**
     * The credential a scanned code names, and for a signed code the signature to compare with the stored one (null
     * for an older code, whose MAC was checked here). Empty if the code cannot be one of ours.
     */
    public Optional<Signed> read(String payload) {
        if (payload != null && payload.startsWith(SIGNED_VERSION + ".")) {
            return readSigned(payload);
        }
        return verify(payload).map(id -> new Signed(id, null));
    }

    /** The credential and signature of a signed code, if it has the shape of one; the signature is not checked. */
    public static Optional<Signed> readSigned(String payload) {
        if (payload == null || payload.length() > 140) {
            return Optional.empty();
        }
        String[] parts = payload.strip().split("\\.");
        if (parts.length != 3 || !parts[0].equals(SIGNED_VERSION)) {
            return Optional.empty();
        }
        try {
            byte[] id = DECODER.decode(parts[1]);
            byte[] signature = DECODER.decode(parts[2]);
            if (id.length != 16 || signature.length != MeetingSignatures.SIGNATURE_BYTES) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(id);
            return Optional.of(new Signed(new UUID(buffer.getLong(), buffer.getLong()), signature));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The credential an older (HMAC) payload names, if the payload is well formed and signed with this key. */
    public Optional<UUID> verify(String payload) {
        if (payload == null || payload.length() > 100) {
            return Optional.empty();
        }
        String[] parts = payload.strip().split("\\.");
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            byte[] id = DECODER.decode(parts[1]);
            byte[] signature = DECODER.decode(parts[2]);
            if (id.length != 16 || !MessageDigest.isEqual(sign(id), signature)) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(id);
            return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] id) {
        Mac mac = macs.get();
        mac.update(VERSION.getBytes(StandardCharsets.US_ASCII));
        return Arrays.copyOf(mac.doFinal(id), SIGNATURE_BYTES);
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
