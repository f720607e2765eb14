package io.huiwu.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static io.huiwu.deploy.kubernetes.Manifests.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken object fails validation with a message that names the object and the field. */
class ManifestValidatorTest {

    private final ManifestValidator validator = new ManifestValidator(Manifests.schemas());

    @Test
    void theRenderedObjectsAreValidAsTheyAre() {
        for (String kind : List.of("Deployment", "KafkaTopic", "Cluster", "Keycloak", "NetworkPolicy")) {
            ObjectNode object = Manifests.ofKind("production", kind).get(0);
            assertEquals(List.of(), validator.validate(object), kind);
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        assertProblem(broken("Deployment", "venue-service", d -> d.with("spec").put("replicas", "two")),
                "Deployment huiwu/venue-service: $.spec.replicas: ", "integer");
    }

    @Test
    void aMisspelledFieldIsNamed() {
        ObjectNode deployment = broken("Deployment", "venue-service", d -> ((ObjectNode) d
                .at("/spec/template/spec/containers/0")).put("imagePullPolcy", "Always"));
        assertProblem(deployment, "Deployment huiwu/venue-service: $.spec.template.spec.containers[0]",
                "imagePullPolcy");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        ObjectNode deployment = broken("Deployment", "venue-service", d -> ((ObjectNode) d
                .at("/spec/template/spec/containers/0")).remove("name"));
        assertProblem(deployment, "Deployment huiwu/venue-service: $.spec.template.spec.containers[0]", "name");
    }

    @Test
    void anIntOrStringIsNeitherOtherwise() {
        ObjectNode policy = broken("NetworkPolicy", "venue-db", p -> ((ObjectNode) p.at("/spec/ingress/0/ports/0"))
                .put("port", true));
        assertProblem(policy, "NetworkPolicy huiwu/venue-db: $.spec.ingress[0].ports[0].port", "boolean");
    }

    @Test
    void strimziFieldsAreChecked() {
        ObjectNode topic = broken("KafkaTopic", "registration.attendee", t -> t.with("spec").put("partitions", "six"));
        assertProblem(topic, "KafkaTopic huiwu/registration.attendee: $.spec.partitions", "integer");
        ObjectNode pool = broken("KafkaNodePool", "dual-role", p -> p.with("spec").putArray("roles").add("leader"));
        assertProblem(pool, "KafkaNodePool huiwu/dual-role: $.spec.roles[0]", "broker");
    }

    @Test
    void cloudNativePgFieldsAreChecked() {
        ObjectNode cluster = broken("Cluster", "venue-db", c -> c.with("spec").put("instances", 0));
        assertProblem(cluster, "Cluster huiwu/venue-db: $.spec.instances", "minimum");
        ObjectNode backups = broken("Cluster", "venue-db", c -> c.with("spec").with("backup")
                .with("barmanObjectStore").put("destinationPat", "s3://x"));
        assertProblem(backups, "Cluster huiwu/venue-db: $.spec.backup.barmanObjectStore", "destinationPat");
    }

    @Test
    void keycloakFieldsAreChecked() {
        ObjectNode keycloak = broken("Keycloak", "keycloak", k -> k.with("spec").with("db").put("vendr", "postgres"));
        assertProblem(keycloak, "Keycloak huiwu/keycloak: $.spec.db", "vendr");
        ObjectNode realm = broken("KeycloakRealmImport", "huiwu", r -> r.with("spec").with("realm")
                .put("enabled", "yes"));
        assertProblem(realm, "KeycloakRealmImport huiwu/huiwu: $.spec.realm.enabled", "boolean");
    }

    @Test
    void theMetadataOfACustomResourceIsChecked() {
        ObjectNode topic = broken("KafkaTopic", "registration.attendee", t -> t.with("metadata")
                .put("labelz", "x"));
        assertProblem(topic, "KafkaTopic huiwu/registration.attendee: $.metadata", "labelz");
    }

    @Test
    void aKindWithoutASchemaIsRefused() {
        ObjectNode object = broken("Deployment", "venue-service", d -> d.put("apiVersion", "apps/v1beta1"));
        assertProblem(object, "Deployment huiwu/venue-service: no schema for Deployment in apps/v1beta1", "");
    }

    private static ObjectNode broken(String kind, String name, Consumer<ObjectNode> change) {
        ObjectNode object = named("production", kind, name).deepCopy();
        change.accept(object);
        return object;
    }

    private void assertProblem(JsonNode object, String prefix, String mention) {
        List<String> problems = validator.validate(object);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(prefix) && p.contains(mention)),
                "expected a problem starting with '" + prefix + "' mentioning '" + mention + "', got " + problems);
    }
}
