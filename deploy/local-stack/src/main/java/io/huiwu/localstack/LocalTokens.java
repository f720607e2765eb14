package io.huiwu.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local token issuer: an RSA signing key generated once per data folder, and RS256 bearer tokens for any role.
 * The services of the local stack (profile {@code local}) and of the tests trust its public key instead of an OIDC
 * server; the production profile refuses such a key.
 */
public final class LocalTokens {

    public static final String ISSUER = "https://huiwu.local/issuer";
    /** The audience the services accept ({@code quarkus.oidc.token.audience}). */
    public static final String AUDIENCE = "huiwu-api";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair keys;

    private LocalTokens(KeyPair keys) {
        this.keys = keys;
    }

    /** A new key that lives only in memory, for tests. */
    public static LocalTokens generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new LocalTokens(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** The key kept in {@code folder}, generated there on first use. */
    public static LocalTokens inFolder(Path folder) throws IOException {
        Path privateFile = folder.resolve("signing-key.pk8");
        Path publicFile = folder.resolve("signing-key.pub");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
                return new LocalTokens(new KeyPair(publicKey, privateKey));
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("the signing key in " + folder + " is damaged; delete the folder to make a new one",
                    e);
        }
        LocalTokens tokens = generate();
        Files.createDirectories(folder);
        Files.write(privateFile, tokens.keys.getPrivate().getEncoded());
        Files.write(publicFile, tokens.keys.getPublic().getEncoded());
        try {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return tokens;
    }

    /** The public key as the services take it in {@code quarkus.oidc.public-key}: base64 of its X.509 encoding. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /**
     * A token for a member of staff. Their roles in meetings come from grants, not from the token; {@code roles}
     * holds platform roles only ({@code administrator}).
     */
    public String staff(String subject, Duration lifetime, String... roles) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("preferred_username", subject);
        claims.put("groups", List.of(roles));
        return sign(claims, lifetime);
    }

    /**
     * A token for one attendee of one meeting: role {@code attendee}, their attendee id in {@code attendee_id} and
     * their meeting in {@code meeting_id}.
     */
    public String attendee(UUID meetingId, UUID attendeeId, Duration lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "attendee-" + attendeeId);
        claims.put("preferred_username", "attendee-" + attendeeId);
        claims.put("groups", List.of("attendee"));
        claims.put("attendee_id", attendeeId.toString());
        claims.put("meeting_id", meetingId.toString());
        return sign(claims, lifetime);
    }

    /**
     * Signs arbitrary claims; {@code iss}, {@code aud}, {@code iat}, {@code exp} and {@code jti} are added unless the
     * claims set them.
     */
    public String sign(Map<String, Object> claims, Duration lifetime) {
        Instant now = Instant.now();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("iss", ISSUER);
        all.put("aud", AUDIENCE);
        all.putAll(claims);
        all.put("iat", now.getEpochSecond());
        all.put("exp", now.plus(lifetime).getEpochSecond());
        all.put("jti", UUID.randomUUID().toString());
        String header = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"local\"}"
                .getBytes(StandardCharsets.UTF_8));
        String payload = URL.encodeToString(json(all).getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + payload;
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String json(Map<String, Object> claims) {
        try {
            return JSON.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("claims cannot be written as JSON", e);
        }
    }
}
