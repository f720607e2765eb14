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
 * What a credential's QR code holds: {@code HW1.<credential id>.<signature>}, both parts base64url. The id is a
 * random UUID, so it cannot be guessed; the signature is an HMAC-SHA256 (truncated to 128 bits) under a key that
 * only the service holds, so a payload cannot be forged, and a scanned code that was not made here is refused
 * before the database is asked. Whether the credential is still valid (not revoked) is for the database to say.
 */
public final class CredentialPayload {

    public static final String VERSION = "HW1";
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

    /** The credential a payload names, if the payload is well formed and signed with this key. */
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
