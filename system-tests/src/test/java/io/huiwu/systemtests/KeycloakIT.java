package io.huiwu.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.localstack.FreePorts;
import io.huiwu.localstack.KeycloakServer;
import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The system behind a real Keycloak ({@code ./run --keycloak}): people sign in with a password (the command-line
 * client) and through the mobile check-in app's authorisation code flow with PKCE, and the services enforce the
 * same access as with the stack's own tokens: 200 where a role in the meeting allows it, 403 for the wrong role, 404
 * for a meeting the caller has no role in, 401 for a token of another realm, one that was tampered with, or one
 * that has expired.
 * Opt-in ({@code -Pkeycloak}): the first run downloads Keycloak (about 150 MB) and its first start takes minutes.
 */
@Tag("keycloak")
class KeycloakIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static LocalStack stack;
    private static KeycloakServer keycloak;
    private static String registration;

    @BeforeAll
    static void startStackWithKeycloak() throws Exception {
        Path root = Path.of(System.getProperty("huiwu.root", "..")).toAbsolutePath().normalize();
        Path dir = Path.of(System.getProperty("huiwu.stack.dir", "target/stack")).toAbsolutePath()
                .resolveSibling("keycloak-stack");
        RunningStack.deleteRecursively(dir);
        Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ports.put(spec, FreePorts.one());
        }
        stack = new LocalStack(LocalStack.Settings.defaults(root, dir)
                .withPorts(FreePorts.one(), FreePorts.one(), FreePorts.one(), ports)).withKeycloak(FreePorts.one());
        stack.start(System.out);
        keycloak = stack.keycloak().orElseThrow();
        registration = stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings";
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theRolesOfKeycloakUsersInAMeetingDecideWhatTheyMayDo() throws Exception {
        String administrator = passwordGrant("administrator");
        String organizer = passwordGrant("organizer");
        String registrar = passwordGrant("registrar");
        String outsider = passwordGrant("outsider");

        String meeting = given().auth().oauth2(administrator).contentType(ContentType.JSON)
                .body("{\"name\":\"统一身份认证测试会议\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\","
                        + "\"organizer\":\"organizer\"}")
                .when().post(registration).then().statusCode(201).extract().path("id");
        given().auth().oauth2(organizer).when().get(registration + "/" + meeting + "/attendees")
                .then().statusCode(200);
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body("{\"subject\":\"registrar\",\"role\":\"REGISTRAR\"}")
                .when().post(registration + "/" + meeting + "/staff").then().statusCode(201);

        String entry = "{\"name\":\"王芳\",\"gender\":\"FEMALE\",\"category\":\"ATTENDEE\",\"delegation\":\"长安区代表团\"}";
        String attendee = given().auth().oauth2(organizer).contentType(ContentType.JSON).body(entry)
                .when().post(registration + "/" + meeting + "/attendees").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(registrar).when().get(registration + "/" + meeting + "/attendees/" + attendee)
                .then().statusCode(200);
        given().auth().oauth2(registrar).contentType(ContentType.JSON).body(entry)
                .when().post(registration + "/" + meeting + "/attendees").then().statusCode(403);
        given().auth().oauth2(registrar).contentType(ContentType.JSON)
                .body("{\"subject\":\"venue\",\"role\":\"VENUE\"}")
                .when().post(registration + "/" + meeting + "/staff").then().statusCode(403);
        given().auth().oauth2(outsider).when().get(registration + "/" + meeting + "/attendees")
                .then().statusCode(404);

        // the grant reaches the other services as an event: the same token works there
        String venue = stack.url(ServiceSpec.VENUE) + "/api/v1/meetings/" + meeting + "/attendees/" + attendee;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> given().auth().oauth2(registrar).when().get(venue).then().statusCode(200));
        given().auth().oauth2(outsider).when().get(venue).then().statusCode(404);

        given().when().get(registration + "/" + meeting + "/attendees").then().statusCode(401);
        given().auth().oauth2(masterRealmToken()).when().get(registration + "/" + meeting + "/attendees")
                .then().statusCode(401);
        given().auth().oauth2(tampered(organizer)).when().get(registration + "/" + meeting + "/attendees")
                .then().statusCode(401);
        // a token that has expired (it lasts 2 s) is refused
        String shortLived = accessToken(keycloak.tokenEndpoint(), Map.of("grant_type", "password", "client_id",
                KeycloakServer.EXPIRING_CLIENT, "username", "organizer", "password", "organizer"));
        long expiresAt = JSON.readTree(Base64.getUrlDecoder().decode(shortLived.split("\\.")[1])).path("exp")
                .asLong();
        assertTrue(expiresAt > 0, "the token names when it expires");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().auth().oauth2(shortLived).when()
                        .get(registration + "/" + meeting + "/attendees").then().statusCode(401));
    }

    @Test
    void theCheckInAppSignsInWithTheAuthorisationCodeFlowAndPkce() throws Exception {
        String administrator = passwordGrant("administrator");
        String meeting = given().auth().oauth2(administrator).contentType(ContentType.JSON)
                .body("{\"name\":\"移动签到登录测试会议\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\","
                        + "\"organizer\":\"organizer\"}")
                .when().post(registration).then().statusCode(201).extract().path("id");

        String token = pkceSignIn("huiwu-checkin-app", "cn.huiwu.checkin:/oauth2redirect", "organizer");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals("organizer", claims.path("sub").asText());
        assertEquals("huiwu-checkin-app", claims.path("azp").asText());
        assertTrue(claims.path("aud").toString().contains("huiwu-api"), claims.toString());
        given().auth().oauth2(token).when().get(registration + "/" + meeting + "/checkin/lists")
                .then().statusCode(200);
    }

    /** A user's access token from the command-line client (password grant). */
    private static String passwordGrant(String user) throws Exception {
        return accessToken(keycloak.tokenEndpoint(), Map.of("grant_type", "password", "client_id",
                KeycloakServer.LOCAL_CLIENT, "username", user, "password", user));
    }

    /** A token of the same Keycloak's master realm: the services trust only the huiwu realm. */
    private static String masterRealmToken() throws Exception {
        return accessToken(keycloak.tokenEndpoint().replace("/realms/" + KeycloakServer.REALM + "/",
                "/realms/master/"), Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", "admin"));
    }

    /**
     * Signs in as a browser would for a public client: the authorisation request with a PKCE challenge, the login
     * form, the redirect carrying the code, and the code exchanged with the verifier.
     */
    private static String pkceSignIn(String client, String redirect, String user) throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        // Keycloak's sign-in cookies are marked Secure, which a cookie store keeps from plain http even on the
        // loopback address (browsers treat localhost as secure): carry them by hand
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String authorize = keycloak.issuer() + "/protocol/openid-connect/auth?" + form(Map.of("client_id", client,
                "redirect_uri", redirect, "response_type", "code", "scope", "openid", "state", "s1",
                "code_challenge", challenge, "code_challenge_method", "S256"));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "the login page");
        String cookies = page.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(action.find(), "a login form on the page");
        String login = action.group(1).replace("&amp;", "&");
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(login))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", user,
                        "credentialId", "")))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), "signed in, sent back to the app: " + signedIn.body());
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(redirect + "?"), location);
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertTrue(code.find(), location);
        return accessToken(keycloak.tokenEndpoint(), Map.of("grant_type", "authorization_code", "client_id", client,
                "code", code.group(1), "redirect_uri", redirect, "code_verifier", verifier));
    }

    private static String accessToken(String endpoint, Map<String, String> parameters) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "a token from " + endpoint + ": " + response.body());
        String token = JSON.readTree(response.body()).path("access_token").asText(null);
        assertNotNull(token, response.body());
        return token;
    }

    /** The same token with one claim changed: its signature no longer matches. */
    private static String tampered(String token) throws IOException {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"organizer\"", "\"administrator\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

}
