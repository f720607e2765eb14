package io.huiwu.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.huiwu.deploy.kubernetes.Manifests.ROOT;
import static io.huiwu.deploy.kubernetes.Manifests.SERVICES;
import static io.huiwu.deploy.kubernetes.Manifests.name;
import static io.huiwu.deploy.kubernetes.Manifests.named;
import static io.huiwu.deploy.kubernetes.Manifests.ofKind;
import static io.huiwu.deploy.kubernetes.Manifests.rendered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each overlay renders, every object in it is valid, and it runs what the services need the way they need it. */
class OverlaysTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern REQUIRED_ENV = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    static List<String> overlays() {
        return Manifests.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsValidAgainstTheKubernetesAndOperatorSchemas(String overlay) {
        long start = System.nanoTime();
        List<ObjectNode> objects = rendered(overlay);
        ManifestValidator validator = new ManifestValidator(Manifests.schemas());
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            problems.addAll(validator.validate(object));
        }
        assertTrue(problems.isEmpty(), "overlays/" + overlay + ":\n" + String.join("\n", problems));
        Map<String, Long> kinds = objects.stream().collect(Collectors.groupingBy(o -> o.path("kind").asText(),
                TreeMap::new, Collectors.counting()));
        System.out.printf("overlays/%s: %d objects rendered and validated in %d ms %s%n", overlay, objects.size(),
                (System.nanoTime() - start) / 1_000_000, kinds);
        assertTrue(objects.size() > 60, "the overlay renders everything: " + objects.size());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceRunsWithProbesResourcesABudgetAndAnAutoscaler(String overlay) throws IOException {
        int least = overlay.equals("production") ? 2 : 1;
        for (String service : SERVICES) {
            ObjectNode deployment = named(overlay, "Deployment", service);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), service);
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), service);
            assertFalse(container.at("/resources/requests/cpu").isMissingNode(), service + " requests CPU");
            assertFalse(container.at("/resources/limits/memory").isMissingNode(), service + " limits memory");
            assertTrue(deployment.at("/spec/replicas").asInt() >= least, service + " replicas");

            int port = Integer.parseInt(properties(service).getProperty("quarkus.http.port"));
            assertEquals(port, container.at("/ports/0/containerPort").asInt(), service + " listens on its port");
            ObjectNode svc = named(overlay, "Service", service);
            assertEquals(port, svc.at("/spec/ports/0/port").asInt(), service + " is reached on its port");
            JsonNode selector = deployment.at("/spec/selector/matchLabels");
            assertEquals(selector, svc.at("/spec/selector"), service + " Service selects its pods");
            assertEquals(selector, named(overlay, "PodDisruptionBudget", service).at("/spec/selector/matchLabels"));
            assertTrue(labelsMatch(selector, deployment.at("/spec/template/metadata/labels")), service);

            ObjectNode hpa = named(overlay, "HorizontalPodAutoscaler", service);
            assertEquals(service, hpa.at("/spec/scaleTargetRef/name").asText());
            assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
            assertTrue(hpa.at("/spec/minReplicas").asInt() >= least, service + " scales down to " + least);
            assertTrue(hpa.at("/spec/maxReplicas").asInt() > hpa.at("/spec/minReplicas").asInt());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceIsGivenWhatItsProductionProfileReads(String overlay) throws IOException {
        for (String service : SERVICES) {
            ObjectNode deployment = named(overlay, "Deployment", service);
            Set<String> provided = environment(overlay, deployment);
            Set<String> needed = new TreeSet<>(List.of("QUARKUS_OIDC_AUTH_SERVER_URL", "KAFKA_BOOTSTRAP_SERVERS",
                    "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"));
            // what the service's application.properties takes from the environment without a default, outside
            // the local and test profiles
            for (String line : Files.readAllLines(ROOT.resolve(service).resolve(
                    "src/main/resources/application.properties"))) {
                Matcher matcher = REQUIRED_ENV.matcher(line);
                while (!line.startsWith("%") && !line.startsWith("#") && matcher.find()) {
                    needed.add(matcher.group(1));
                }
            }
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(provided);
            assertTrue(missing.isEmpty(), overlay + " " + service + " lacks " + missing);

            String url = configValue(overlay, deployment, "QUARKUS_DATASOURCE_JDBC_URL");
            String database = properties(service).getProperty("quarkus.datasource.username");
            ObjectNode cluster = named(overlay, "Cluster", database + "-db");
            assertEquals("jdbc:postgresql://" + database + "-db-rw:5432/" + database, url);
            assertEquals(database, cluster.at("/spec/bootstrap/initdb/database").asText());
            assertEquals(database, cluster.at("/spec/bootstrap/initdb/owner").asText());
            assertTrue(deployment.toString().contains("\"name\":\"" + database + "-db-app\""),
                    service + " reads the credentials CloudNativePG writes for its database");
        }
        String issuer = configValue(overlay, named(overlay, "Deployment", SERVICES.get(0)),
                "QUARKUS_OIDC_AUTH_SERVER_URL");
        assertTrue(issuer.endsWith("/realms/huiwu"), issuer);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void nothingSecretIsCommitted(String overlay) {
        assertTrue(ofKind(overlay, "Secret").isEmpty(), "Secrets are created in the cluster, not committed");
        for (ObjectNode deployment : ofKind(overlay, "Deployment")) {
            for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
                boolean secretName = env.path("name").asText().matches(".*(PASSWORD|KEY|SECRET).*");
                assertFalse(secretName && env.has("value"), name(deployment) + " " + env + " comes from a Secret");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyTopicOfTheEventCatalogueAndEveryDeadLetterTopicIsDeclared(String overlay) throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String service : SERVICES) {
            JsonNode asyncapi = YAML.readTree(ROOT.resolve(service).resolve("asyncapi/asyncapi.yaml").toFile());
            for (JsonNode channel : asyncapi.path("channels")) {
                expected.add(channel.path("address").asText());
            }
            for (JsonNode operation : asyncapi.path("operations")) {
                String ref = operation.at("/channel/$ref").asText();
                String address = asyncapi.path("channels").path(ref.substring(ref.lastIndexOf('/') + 1))
                        .path("address").asText();
                if (operation.path("action").asText().equals("receive")) {
                    // EventConsumer dead-letters to <topic>.<group>.dlq; the group is the service's name
                    expected.add(address + "." + service + ".dlq");
                }
            }
        }
        List<ObjectNode> topics = ofKind(overlay, "KafkaTopic");
        Set<String> declared = topics.stream().map(t -> t.at("/spec/topicName").asText(name(t)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, declared);
        assertTrue(expected.size() >= 33, "17 topics and 16 dead-letter topics at least: " + expected.size());

        int replicas = overlay.equals("production") ? 3 : 1;
        int minInSync = overlay.equals("production") ? 2 : 1;
        for (ObjectNode topic : topics) {
            assertEquals("huiwu", topic.at("/metadata/labels/strimzi.io~1cluster").asText(), name(topic));
            assertEquals(replicas, topic.at("/spec/replicas").asInt(), name(topic));
            assertEquals(minInSync, topic.at("/spec/config/min.insync.replicas").asInt(), name(topic));
            assertTrue(topic.at("/spec/partitions").asInt() >= 1, name(topic));
        }
        ObjectNode kafka = named(overlay, "Kafka", "huiwu");
        assertFalse(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true),
                "only declared topics exist");
        assertFalse(kafka.at("/spec/entityOperator/topicOperator").isMissingNode(), "topics are operated");
        assertEquals(replicas, named(overlay, "KafkaNodePool", "dual-role").at("/spec/replicas").asInt());
        assertEquals("huiwu-kafka-bootstrap:9092", configValue(overlay, named(overlay, "Deployment",
                SERVICES.get(0)), "KAFKA_BOOTSTRAP_SERVERS"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachDatabaseAcceptsConnectionsOnlyFromItsService(String overlay) {
        List<ObjectNode> clusters = ofKind(overlay, "Cluster");
        assertEquals(5, clusters.size(), "a database per service and one for Keycloak");
        int instances = overlay.equals("production") ? 3 : 1;
        for (ObjectNode cluster : clusters) {
            String name = name(cluster);
            assertEquals(instances, cluster.at("/spec/instances").asInt(), name);
            List<ObjectNode> policies = ofKind(overlay, "NetworkPolicy").stream()
                    .filter(p -> name.equals(p.at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText()))
                    .toList();
            assertEquals(1, policies.size(), "one policy guards " + name);
            Set<JsonNode> clients = new HashSet<>();
            for (JsonNode rule : policies.get(0).at("/spec/ingress")) {
                boolean postgres = false;
                for (JsonNode port : rule.path("ports")) {
                    postgres |= port.path("port").asInt() == 5432;
                }
                for (JsonNode peer : rule.path("from")) {
                    boolean ownInstances = name.equals(peer.at("/podSelector/matchLabels/cnpg.io~1cluster")
                            .asText());
                    if (postgres && !ownInstances) {
                        assertTrue(peer.path("namespaceSelector").isMissingNode(), name + " is reached only from"
                                + " its namespace: " + peer);
                        clients.add(peer.at("/podSelector/matchLabels"));
                    }
                }
            }
            assertEquals(1, clients.size(), name + " accepts one client: " + clients);
            JsonNode client = clients.iterator().next();
            List<String> reaching = new ArrayList<>();
            for (ObjectNode deployment : ofKind(overlay, "Deployment")) {
                if (labelsMatch(client, deployment.at("/spec/template/metadata/labels"))) {
                    reaching.add(name(deployment));
                }
            }
            String database = cluster.at("/spec/bootstrap/initdb/database").asText();
            List<String> expected = database.equals("keycloak") ? List.of() : List.of(database + "-service");
            assertEquals(expected, reaching, "the pods that may reach " + name);
            if (database.equals("keycloak")) {
                assertEquals("keycloak", client.path("app").asText(), "Keycloak's pods reach keycloak-db");
            }
        }
    }

    @Test
    void productionBacksUpEveryDatabaseToAnObjectStore() {
        for (ObjectNode cluster : ofKind("production", "Cluster")) {
            JsonNode store = cluster.at("/spec/backup/barmanObjectStore");
            assertTrue(store.path("destinationPath").asText().startsWith("s3://"), name(cluster));
            assertFalse(store.at("/s3Credentials/secretAccessKey/name").asText().isEmpty(), name(cluster));
            assertTrue(ofKind("production", "ScheduledBackup").stream()
                    .anyMatch(b -> name(cluster).equals(b.at("/spec/cluster/name").asText())), name(cluster));
        }
        assertTrue(ofKind("local", "ScheduledBackup").isEmpty(), "a local cluster keeps no backups");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void keycloakImportsTheRealmOfDeployKeycloak(String overlay) throws IOException {
        JsonNode realm = new ObjectMapper().readTree(ROOT.resolve("deploy/keycloak/huiwu-realm.json").toFile());
        ObjectNode realmImport = named(overlay, "KeycloakRealmImport", "huiwu");
        assertEquals(realm, realmImport.at("/spec/realm"), "the realm import differs from huiwu-realm.json");
        assertEquals(name(named(overlay, "Keycloak", "keycloak")), realmImport.at("/spec/keycloakCRName").asText());
        String issuer = configValue(overlay, named(overlay, "Deployment", SERVICES.get(0)),
                "QUARKUS_OIDC_AUTH_SERVER_URL");
        assertTrue(issuer.endsWith("/realms/" + realm.path("realm").asText()), issuer);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everythingIsInTheNamespaceHuiwu(String overlay) {
        for (ObjectNode object : rendered(overlay)) {
            String namespace = object.at("/metadata/namespace").asText();
            if (!object.path("kind").asText().equals("Namespace")) {
                assertEquals("huiwu", namespace, ManifestValidator.describe(object));
            }
            assertEquals("huiwu", object.at("/metadata/labels/app.kubernetes.io~1part-of").asText(),
                    ManifestValidator.describe(object));
        }
    }

    private static Set<String> environment(String overlay, ObjectNode deployment) {
        Set<String> names = new HashSet<>();
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        for (JsonNode env : container.path("env")) {
            names.add(env.path("name").asText());
        }
        for (JsonNode from : container.path("envFrom")) {
            ObjectNode map = named(overlay, "ConfigMap", from.at("/configMapRef/name").asText());
            map.path("data").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static String configValue(String overlay, ObjectNode deployment, String variable) {
        String value = null;
        // later sources win, as in Kubernetes
        for (JsonNode from : deployment.at("/spec/template/spec/containers/0/envFrom")) {
            JsonNode data = named(overlay, "ConfigMap", from.at("/configMapRef/name").asText()).path("data");
            if (data.has(variable)) {
                value = data.get(variable).asText();
            }
        }
        if (value == null) {
            throw new AssertionError(name(deployment) + " has no " + variable + " in its ConfigMaps");
        }
        return value;
    }

    private static boolean labelsMatch(JsonNode selector, JsonNode labels) {
        for (Map.Entry<String, JsonNode> entry : selector.properties()) {
            if (!entry.getValue().equals(labels.path(entry.getKey()))) {
                return false;
            }
        }
        return !selector.isEmpty();
    }

    private static Properties properties(String service) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(service).resolve(
                "src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
