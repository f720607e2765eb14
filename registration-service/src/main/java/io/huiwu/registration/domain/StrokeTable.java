package io.huiwu.registration.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The mainland's stroke count of each Chinese character and, for the characters in common use, its stroke sequence
 * in GB/T 13418's five classes (1 横, 2 竖, 3 撇, 4 点, 5 折). Read once from {@code names/strokes.txt.gz}, which
 * {@code tools/name-data/regenerate.sh} makes from Unicode's Unihan ({@code kTotalStrokes}, the zh-Hans count) and
 * the cnchar-order stroke data (sources and licences: {@code names/SOURCES.md}).
 */
final class StrokeTable {

    static final String RESOURCE = "names/strokes.txt.gz";

    /** Per character: the count, then the sequence's classes when known. */
    private static final Map<Integer, byte[]> STROKES = load();

    private StrokeTable() {
    }

    /** The stroke count, or 0 for a character the table does not know. */
    static int count(int codePoint) {
        byte[] strokes = STROKES.get(codePoint);
        return strokes == null ? 0 : strokes[0];
    }

    /** The classes of the strokes in writing order (1 to 5 each), or an empty array when not known. */
    static byte[] sequence(int codePoint) {
        byte[] strokes = STROKES.get(codePoint);
        if (strokes == null || strokes.length == 1) {
            return new byte[0];
        }
        byte[] sequence = new byte[strokes.length - 1];
        System.arraycopy(strokes, 1, sequence, 0, sequence.length);
        return sequence;
    }

    /** Count and sequence as stored: {@code [count, class, class, ...]}, or null. */
    static byte[] strokes(int codePoint) {
        return STROKES.get(codePoint);
    }

    private static Map<Integer, byte[]> load() {
        InputStream resource = StrokeTable.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (resource == null) {
            throw new IllegalStateException("The stroke table " + RESOURCE + " is missing from the class path");
        }
        Map<Integer, byte[]> strokes = new HashMap<>(131_072);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                int second = line.indexOf('\t', tab + 1);
                int count = Integer.parseInt(line, tab + 1, second < 0 ? line.length() : second, 10);
                String sequence = second < 0 ? "" : line.substring(second + 1);
                byte[] entry = new byte[1 + sequence.length()];
                entry[0] = (byte) count;
                for (int i = 0; i < sequence.length(); i++) {
                    entry[i + 1] = (byte) (sequence.charAt(i) - '0');
                }
                strokes.put(line.codePointAt(0), entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stroke table " + RESOURCE, e);
        }
        return strokes;
    }
}
