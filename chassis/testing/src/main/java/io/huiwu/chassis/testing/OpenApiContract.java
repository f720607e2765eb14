package io.huiwu.chassis.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a service's committed OpenAPI document equal to the one it serves, since clients are generated from the
 * committed file. Run the tests with {@code -Dopenapi.update=true} to rewrite the file after an intended change.
 */
public final class OpenApiContract {

    /** Where each service keeps its committed document, relative to the module. */
    public static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    private OpenApiContract() {
    }

    public static void assertCommittedMatches(String served) throws IOException {
        String normalised = served.replace("\r\n", "\n").strip() + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, normalised, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(COMMITTED)) {
            throw new AssertionError(COMMITTED + " is missing; create it with ./mvnw test -Dopenapi.update=true");
        }
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!committed.equals(normalised)) {
            throw new AssertionError("The served OpenAPI document differs from " + COMMITTED.toAbsolutePath()
                    + ". If the API change is intended, rewrite the file with ./mvnw test -Dopenapi.update=true and"
                    + " commit it. First difference at line " + firstDifference(committed, normalised));
        }
    }

    private static String firstDifference(String a, String b) {
        String[] left = a.split("\n", -1);
        String[] right = b.split("\n", -1);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "<end>";
            String r = i < right.length ? right[i] : "<end>";
            if (!l.equals(r)) {
                return (i + 1) + ":\n  committed: " + l + "\n  served:    " + r;
            }
        }
        return "?";
    }
}
