package io.huiwu.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeycloakServerTest {

    private static final Path REALM = Path.of(System.getProperty("huiwu.root", "../.."))
            .resolve("deploy/keycloak/huiwu-realm.json");

    @Test
    void theLocalRealmIsTheProductionRealmWithACommandLineClientAndAUserPerRole() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode production = json.readTree(REALM.toFile());
        JsonNode local = json.readTree(KeycloakServer.localRealm(REALM));

        assertEquals(production.path("clientScopes"), local.path("clientScopes"));
        List<String> clients = new ArrayList<>();
        local.path("clients").forEach(client -> clients.add(client.path("clientId").asText()));
        assertEquals(List.of("huiwu-checkin-app", "huiwu-admin", "huiwu-integration", KeycloakServer.LOCAL_CLIENT,
                KeycloakServer.EXPIRING_CLIENT), clients);
        JsonNode cli = local.path("clients").get(3);
        assertTrue(cli.path("publicClient").asBoolean() && cli.path("directAccessGrantsEnabled").asBoolean());
        production.path("clients").forEach(client -> assertFalse(client.path("directAccessGrantsEnabled")
                .asBoolean(), "no production client takes a password"));

        List<String> users = new ArrayList<>();
        local.path("users").forEach(user -> {
            users.add(user.path("username").asText());
            assertEquals(user.path("username").asText(), user.path("id").asText(), "the id is the subject grants name");
            assertEquals(user.path("username").asText(), user.path("credentials").get(0).path("value").asText());
            assertEquals(user.path("username").asText().equals("administrator"),
                    user.path("realmRoles").toString().contains("administrator"));
        });
        assertEquals(KeycloakServer.LOCAL_USERS, users);
        assertTrue(production.path("users").isMissingNode(), "the production realm has no users");
    }

    @Test
    void withoutTheDistributionAndWithoutMavenCentralItSaysSoInOneLine(@TempDir Path cache) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        IOException failure = assertThrows(IOException.class, () -> KeycloakServer.distribution(cache,
                "http://localhost:9/unreachable/", cache.resolve("no-m2"),
                new PrintStream(printed, true, StandardCharsets.UTF_8)));
        assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
        assertTrue(failure.getMessage().startsWith("Keycloak " + KeycloakServer.VERSION + " is not in " + cache),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("put keycloak-quarkus-dist-" + KeycloakServer.VERSION + ".zip"),
                failure.getMessage());
        try (var left = Files.list(cache)) {
            assertEquals(0, left.count(), "no partial download is left behind");
        }
    }
}
