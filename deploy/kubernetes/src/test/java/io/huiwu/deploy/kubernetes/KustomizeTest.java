package io.huiwu.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huiwu.deploy.kubernetes.Kustomize.KustomizeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer's merge rules, on small kustomizations of its own. */
class KustomizeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                  - name: web
                    image: huiwu/web:1.0
                    args: [a, b]
                    env:
                    - name: A
                      value: "1"
                    - name: B
                      value: "2"
                  - name: sidecar
                    image: other/sidecar:2
            """;

    @TempDir
    Path folder;

    private final Kustomize kustomize = new Kustomize(Manifests.schemas());

    @Test
    void aStrategicMergeMergesContainersAndEnvByNameAndReplacesOtherLists() throws IOException {
        write("base/kustomization.yaml", "resources:\n- deployment.yaml\n");
        write("base/deployment.yaml", DEPLOYMENT);
        write("overlay/kustomization.yaml", """
                namespace: n
                resources:
                - ../base
                patches:
                - path: patch.yaml
                images:
                - name: huiwu/web
                  newName: registry.test/web
                labels:
                - pairs:
                    team: a
                """);
        write("overlay/patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: null
                  template:
                    spec:
                      containers:
                      - name: web
                        args: [c]
                        env:
                        - name: B
                          value: "3"
                        - name: C
                          value: "4"
                """);
        ObjectNode web = kustomize.render(folder.resolve("overlay")).get(0);
        JsonNode containers = web.at("/spec/template/spec/containers");
        assertEquals(2, containers.size(), "containers merge by name: " + containers);
        assertEquals("registry.test/web:1.0", containers.at("/0/image").asText(), "the tag stays");
        assertEquals("other/sidecar:2", containers.at("/1/image").asText());
        assertEquals("[\"c\"]", containers.at("/0/args").toString(), "args has no merge key: replaced");
        assertEquals("[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"3\"},"
                + "{\"name\":\"C\",\"value\":\"4\"}]", containers.at("/0/env").toString());
        assertFalse(web.at("/spec").has("replicas"), "null removes");
        assertEquals("n", web.at("/metadata/namespace").asText());
        assertEquals("a", web.at("/metadata/labels/team").asText());
    }

    @Test
    void aTargetedPatchChangesEveryObjectItSelects() throws IOException {
        write("kustomization.yaml", """
                resources:
                - topics.yaml
                patches:
                - path: one-replica.yaml
                  target:
                    kind: KafkaTopic
                - path: json-patch.yaml
                  target:
                    kind: KafkaTopic
                    name: a\\..*
                """);
        write("topics.yaml", """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: a.one
                spec:
                  replicas: 3
                  partitions: 6
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: b.two
                spec:
                  replicas: 3
                  partitions: 6
                """);
        write("one-replica.yaml", """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: any
                spec:
                  replicas: 1
                """);
        write("json-patch.yaml", """
                - op: replace
                  path: /spec/partitions
                  value: 1
                - op: add
                  path: /spec/config
                  value: {retention.ms: 1000}
                """);
        List<ObjectNode> topics = kustomize.render(folder);
        assertEquals(List.of(1, 1), topics.stream().map(t -> t.at("/spec/replicas").asInt()).toList());
        assertEquals(List.of(1, 6), topics.stream().map(t -> t.at("/spec/partitions").asInt()).toList());
        assertEquals(1000, topics.get(0).at("/spec/config/retention.ms").asInt());
        assertTrue(topics.get(1).at("/spec/config").isMissingNode());
        assertEquals(List.of("a.one", "b.two"), topics.stream().map(Manifests::name).toList());
    }

    @Test
    void whatTheRendererCannotDoIsRefused() throws IOException {
        write("kustomization.yaml", "resources:\n- deployment.yaml\nconfigMapGenerator:\n- name: x\n");
        write("deployment.yaml", DEPLOYMENT);
        KustomizeException unsupported = assertThrows(KustomizeException.class, () -> kustomize.render(folder));
        assertTrue(unsupported.getMessage().contains("configMapGenerator"), unsupported.getMessage());

        write("kustomization.yaml", "resources:\n- deployment.yaml\npatches:\n- path: patch.yaml\n");
        write("patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: webb\nspec:\n  replicas: 1\n");
        KustomizeException unmatched = assertThrows(KustomizeException.class, () -> kustomize.render(folder));
        assertTrue(unmatched.getMessage().contains("matches no object"), unmatched.getMessage());

        write("kustomization.yaml", "resources:\n- deployment.yaml\n- deployment.yaml\n");
        KustomizeException twice = assertThrows(KustomizeException.class, () -> kustomize.render(folder));
        assertTrue(twice.getMessage().contains("Deployment web is defined twice"), twice.getMessage());
    }

    private void write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
