package io.huiwu.registration.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Surnames read otherwise than their characters' common reading (曾 zēng, 单 shàn) and compound surnames read as
 * one (尉迟 yù chí), from {@code names/surnames.tsv}. A name starting with a compound surname is read with it only
 * when it is long enough that the compound is the likelier reading (单于明 is 单 + 于明).
 */
final class Surnames {

    static final String RESOURCE = "names/surnames.tsv";

    /** A surname at the start of a name and its syllables, in pinyin with tone marks. */
    record Surname(String text, List<String> syllables, int shortestName) {
    }

    /** Longest surnames first, so 尉迟 wins over 尉. */
    private static final List<Surname> SURNAMES = load();

    private Surnames() {
    }

    /** The surname reading the name starts with, or null when its characters read as usual. */
    static Surname of(String name) {
        int length = name.codePointCount(0, name.length());
        for (Surname surname : SURNAMES) {
            if (name.startsWith(surname.text()) && length >= surname.shortestName()) {
                return surname;
            }
        }
        return null;
    }

    static List<Surname> all() {
        return SURNAMES;
    }

    private static List<Surname> load() {
        InputStream resource = Surnames.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (resource == null) {
            throw new IllegalStateException("The surname table " + RESOURCE + " is missing from the class path");
        }
        List<Surname> surnames = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] field = line.split("\t");
                surnames.add(new Surname(field[0], List.of(field[1].split(" ")), Integer.parseInt(field[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the surname table " + RESOURCE, e);
        }
        surnames.sort(Comparator.comparingInt((Surname surname) -> surname.text().length()).reversed());
        return List.copyOf(surnames);
    }
}
