package io.huiwu.chassis.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for creating POSTs. The first request with a key runs and its response is stored in the
 * same transaction as its effect; a later request with the same key (from the same caller) and the same body gets
 * that response again, marked {@code Idempotent-Replayed: true}, and changes nothing; the same key with another
 * body is refused with 422. Two requests racing with one key are serialised by the key's primary key: the second
 * waits for the first to commit and then replays it. A request that fails stores nothing and may be retried.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private static final String CLAIM = "insert into idempotent_request (principal, idempotency_key,"
            + " request_fingerprint, response_status) values (?, ?, ?, 0) on conflict do nothing";
    private static final String FIND = "select request_fingerprint, response_status, response_location,"
            + " response_etag, response_body from idempotent_request where principal = ? and idempotency_key = ?";
    private static final String STORE = "update idempotent_request set response_status = ?, response_location = ?,"
            + " response_etag = ?, response_body = ? where principal = ? and idempotency_key = ?";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    public IdempotentRequests(AgroalDataSource dataSource, ObjectMapper json, SecurityIdentity identity) {
        this.dataSource = dataSource;
        this.json = json;
        this.identity = identity;
    }

    /**
     * Runs a creating request at most once per key.
     *
     * @param key       the {@code Idempotency-Key} header, or null to run the action without idempotency
     * @param operation what is being done, e.g. {@code POST /api/v1/meetings}; a key is bound to one operation
     * @param body      the request body, compared with the first request's
     * @param action    the request's work; it joins the transaction opened here
     */
    public Response execute(String key, String operation, Object body, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ProblemException.invalidField("Idempotency-Key", Message.of(
                    "must be 1 to 200 visible ASCII characters, such as a UUID", "必须是 1 至 200 个可见 ASCII 字符，如 UUID"));
        }
        String principal = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
        String fingerprint = fingerprint(operation, body);
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (claim(principal, key, fingerprint)) {
                Response response = action.get();
                store(principal, key, response);
                return response;
            }
            return replay(principal, key, fingerprint);
        });
    }

    private boolean claim(String principal, String key, String fingerprint) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, principal);
            claim.setString(2, key);
            claim.setString(3, fingerprint);
            return claim.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the idempotency key", e);
        }
    }

    private void store(String principal, String key, Response response) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement store = connection.prepareStatement(STORE)) {
            store.setInt(1, response.getStatus());
            store.setString(2, response.getLocation() == null ? null : response.getLocation().toString());
            Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            store.setString(3, etag == null ? null : etag.toString());
            store.setString(4, response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null);
            store.setString(5, principal);
            store.setString(6, key);
            store.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not store the response for the idempotency key", e);
        }
    }

    private Response replay(String principal, String key, String fingerprint) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, principal);
            find.setString(2, key);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    throw new ProblemException(ProblemType.CONFLICT, Message.of(
                            "A request with this Idempotency-Key is still running; retry shortly",
                            "使用该 Idempotency-Key 的请求仍在处理中；请稍后重试"));
                }
                if (!row.getString(1).equals(fingerprint)) {
                    throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, Message.of(
                            "This Idempotency-Key was first used with a different request; use a new key for a"
                                    + " new request", "该 Idempotency-Key 已用于另一个请求；新请求请使用新的键"));
                }
                Response.ResponseBuilder replay = Response.status(row.getInt(2)).header(REPLAYED_HEADER, "true");
                if (row.getString(3) != null) {
                    replay.header(HttpHeaders.LOCATION, row.getString(3));
                }
                if (row.getString(4) != null) {
                    replay.header(HttpHeaders.ETAG, row.getString(4));
                }
                if (row.getString(5) != null) {
                    replay.entity(row.getString(5)).type(MediaType.APPLICATION_JSON_TYPE);
                }
                return replay.build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the stored response for the idempotency key", e);
        }
    }

    private String fingerprint(String operation, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("could not fingerprint the request", e);
        }
    }
}
