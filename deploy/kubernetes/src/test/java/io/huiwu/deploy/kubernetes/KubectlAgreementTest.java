package io.huiwu.deploy.kubernetes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where {@code kubectl} is installed, it renders each overlay to the same objects as {@link Kustomize}: what the
 * build validates is what {@code kubectl apply -k} sends. Skipped on a machine without it, or with a kubectl whose
 * Kustomize is older than 5 (which does not read {@code labels}).
 */
class KubectlAgreementTest {

    static List<String> overlays() {
        return Manifests.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void kubectlRendersTheSameObjects(String overlay) throws Exception {
        assumeTrue(kubectl() != null, "kubectl is not on the PATH");
        assumeTrue(kustomizeMajorVersion() >= 5, "kubectl's Kustomize is older than 5");
        Path output = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Process process = new ProcessBuilder(kubectl().toString(), "kustomize", Manifests.overlay(overlay).toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assumeTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl did not answer in time");
        String rendered = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        assertEquals(0, process.exitValue(), rendered);

        List<ObjectNode> objects = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (JsonParser parser = yaml.getFactory().createParser(rendered)) {
            JsonNode document;
            while ((document = yaml.readTree(parser)) != null) {
                objects.add((ObjectNode) document);
            }
        }
        Map<String, ObjectNode> theirs = Kustomize.byId(objects);
        Map<String, ObjectNode> ours = Kustomize.byId(Manifests.rendered(overlay));
        assertEquals(theirs.keySet().stream().sorted().toList(), ours.keySet().stream().sorted().toList());
        for (Map.Entry<String, ObjectNode> entry : theirs.entrySet()) {
            assertEquals(entry.getValue(), ours.get(entry.getKey()), entry.getKey());
        }
        System.out.printf("overlays/%s: kubectl kustomize renders the same %d objects%n", overlay, objects.size());
    }

    private static int kustomizeMajorVersion() throws Exception {
        Process process = new ProcessBuilder(kubectl().toString(), "version", "--client").redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        Matcher version = Pattern.compile("Kustomize Version: v(\\d+)").matcher(output);
        return version.find() ? Integer.parseInt(version.group(1)) : 0;
    }

    private static Path kubectl() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
