package io.huiwu.registration.service;

import io.huiwu.registration.config.CredentialConfig;
import io.huiwu.registration.domain.MeetingSignatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each meeting's Ed25519 key pair for its credentials' QR codes, made when the meeting's first credential is
 * issued. The private key is stored sealed with AES-GCM under a key derived from the service's credential key, so a
 * copy of the database alone cannot sign codes. A meeting's key never changes once made, so it is remembered.
 */
@ApplicationScoped
public class MeetingSigningKeys {

    private static final int NONCE_BYTES = 12;

    private final EntityManager entityManager;
    private final SecretKeySpec sealingKey;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, KeyPair> known = new ConcurrentHashMap<>();

    public MeetingSigningKeys(EntityManager entityManager, CredentialConfig config) {
        this.entityManager = entityManager;
        this.sealingKey = sealingKey(config.signingKey());
    }

    /** Signs a credential of the meeting, making the meeting's key first if it has none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] sign(UUID meetingId, UUID credentialId) {
        return MeetingSignatures.sign(keys(meetingId).getPrivate(), meetingId, credentialId);
    }

    /** The meeting's public key (X.509 SubjectPublicKeyInfo), making the key pair if the meeting has none yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] publicKey(UUID meetingId) {
        return keys(meetingId).getPublic().getEncoded();
    }

    private KeyPair keys(UUID meetingId) {
        KeyPair pair = known.get(meetingId);
        if (pair != null) {
            return pair;
        }
        pair = load(meetingId);
        if (pair == null) {
            KeyPair made = generate();
            // two first issuances at once: one key is stored, and both use the stored one
            entityManager.createNativeQuery("insert into meeting_signing_key (meeting_id, public_key,"
                            + " sealed_private_key, created_at) values (?1, ?2, ?3, now()) on conflict do nothing")
                    .setParameter(1, meetingId).setParameter(2, made.getPublic().getEncoded())
                    .setParameter(3, seal(made.getPrivate().getEncoded())).executeUpdate();
            pair = load(meetingId);
        }
        known.put(meetingId, pair);
        return pair;
    }

    private KeyPair load(UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select public_key, sealed_private_key"
                + " from meeting_signing_key where meeting_id = ?1").setParameter(1, meetingId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        try {
            KeyFactory factory = KeyFactory.getInstance(MeetingSignatures.ALGORITHM);
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec((byte[]) rows.get(0)[0]));
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(unseal((byte[]) rows.get(0)[1])));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key of meeting " + meetingId
                    + " cannot be opened: was huiwu.credentials.signing-key changed?", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(MeetingSignatures.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(MeetingSignatures.ALGORITHM + " is not available", e);
        }
    }

    private byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a signing key", e);
        }
    }

    private byte[] unseal(byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private static SecretKeySpec sealingKey(String configured) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("huiwu meeting signing keys".getBytes(StandardCharsets.US_ASCII));
            return new SecretKeySpec(digest.digest(Base64.getDecoder().decode(configured.strip())), "AES");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("huiwu.credentials.signing-key must be base64", e);
        }
    }
}
