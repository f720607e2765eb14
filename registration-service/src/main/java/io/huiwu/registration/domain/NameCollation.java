package io.huiwu.registration.domain;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The two official orders of Chinese names (DOMAIN.md, Names) and the pinyin that finds a name.
 *
 * <p><b>By strokes</b> (姓氏笔画): character by character, surname first, by the mainland's stroke count
 * ({@link StrokeTable}: 阝 counts 2 and 艹 3), equal counts by the class of the first stroke in GB/T 13418's order
 * 横 竖 撇 点 折, then of the second, and so on; characters with the same strokes by code point. A character whose
 * sequence is not known follows the known ones of its count. Latin letters follow all Chinese characters. Within a
 * surname, names with a one-character given name come first (丁宁 before 丁小强), as official lists have it.
 *
 * <p><b>By pinyin</b>: syllable by syllable (letters, ü after u, then the tone), the surname read as a surname
 * ({@link Surnames}: 曾 zēng, 尉迟 yù chí); names that read alike by strokes.
 *
 * <p>Sort keys are bytes that compare (unsigned) in the same order, so the database orders and pages by them; the
 * {@link #version()} names the data that made them, and keys of another version are made again. Middle dots in
 * minority names count for nothing in either order or in search. Thread-safe.
 */
public final class NameCollation {

    /** Raised when the layout of the keys changes, so stored keys are made again. */
    private static final int KEY_FORMAT = 3;
    private static final byte SYLLABLE_END = 0x01;
    private static final byte NAME_END = 0x00;
    private static final byte UNKNOWN_SEQUENCE = 6;
    private static final int LATIN = 0xF0;
    private static final int MIDDLE_DOT = PersonName.MIDDLE_DOT.charAt(0);
    private static final byte SINGLE_GIVEN_NAME = 0;
    private static final byte LONGER_NAME = 1;

    private static final Transliterator HAN_TO_LATIN = Transliterator.getInstance("Han-Latin");
    private static final Map<Integer, String> READINGS = new ConcurrentHashMap<>();
    private static final String VERSION = "names-" + KEY_FORMAT + "-" + dataDigest() + "-icu"
            + VersionInfo.ICU_VERSION;

    private NameCollation() {
    }

    /** The data and layout the keys were made with; keys made under another version must be made again. */
    public static String version() {
        return VERSION;
    }

    /**
     * The key of the order by strokes. After the surname's first character, a name with a one-character given name
     * (two characters in all) comes before longer ones, as official lists have it (丁宁 丁纯 丁小强); longer names
     * follow character by character.
     */
    public static byte[] strokeKey(String name) {
        ByteArrayOutputStream key = new ByteArrayOutputStream(name.length() * 12);
        int[] codePoints = name.codePoints().filter(c -> c != MIDDLE_DOT && !Character.isWhitespace(c)).toArray();
        for (int i = 0; i < codePoints.length; i++) {
            appendStrokes(key, codePoints[i]);
            if (i == 0 && StrokeTable.strokes(codePoints[0]) != null) {
                key.write(codePoints.length == 2 ? SINGLE_GIVEN_NAME : LONGER_NAME);
            }
        }
        return key.toByteArray();
    }

    /** The key of the order by pinyin: the syllables, then the order by strokes for names that read alike. */
    public static byte[] pinyinKey(String name) {
        return pinyinKey(syllables(name, true), name);
    }

    /**
     * Orders any text (a name, a delegation) by strokes. Each comparator remembers the keys it made, so take a new
     * one for each list rather than keeping one.
     */
    public static Comparator<String> byStrokes() {
        return byKey(NameCollation::strokeKey);
    }

    /** Orders people's names by pinyin, the surname read as a surname; one comparator per list, as above. */
    public static Comparator<String> byPinyin() {
        return byKey(NameCollation::pinyinKey);
    }

    /** Orders other text (a delegation, a place) by pinyin, every character with its common reading. */
    public static Comparator<String> textByPinyin() {
        return byKey(text -> pinyinKey(syllables(text, false), text));
    }

    private static Comparator<String> byKey(Function<String, byte[]> key) {
        Map<String, byte[]> keys = new ConcurrentHashMap<>();
        return (a, b) -> Arrays.compareUnsigned(keys.computeIfAbsent(a, key), keys.computeIfAbsent(b, key));
    }

    /** The pinyin of a name in lower case without tones or spaces, ü as u: 曾国藩 gives {@code zengguofan}. */
    public static String pinyin(String name) {
        StringBuilder out = new StringBuilder();
        for (String syllable : syllables(name, true)) {
            out.append(letters(syllable).replace('v', 'u'));
        }
        return out.toString();
    }

    /** The initials of the syllables: 欧阳建国 gives {@code oyjg}. */
    public static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String syllable : syllables(name, true)) {
            String letters = letters(syllable);
            if (!letters.isEmpty()) {
                out.append(letters.charAt(0));
            }
        }
        return out.toString();
    }

    /**
     * What a search for a name is matched with: the text without middle dots or spaces (matched against the name
     * without its dots), and its Latin letters in lower case with {@code v} for ü (matched against the pinyin and
     * the initials).
     */
    public static Search search(String text) {
        String plain = PersonName.normalize(text).replace(PersonName.MIDDLE_DOT, "");
        String latin = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").replace('v', 'u');
        return new Search(plain, latin);
    }

    /** A search's two forms; {@code latin} is empty when the text has no Latin letters. */
    public record Search(String name, String latin) {
    }

    private static void appendStrokes(ByteArrayOutputStream key, int codePoint) {
        byte[] strokes = StrokeTable.strokes(codePoint);
        if (strokes == null) {
            key.write(LATIN);
            writeCodePoint(key, Character.toLowerCase(codePoint));
            return;
        }
        key.write(strokes[0]);
        if (strokes.length == 1) {
            key.write(UNKNOWN_SEQUENCE);
        } else {
            key.write(strokes, 1, strokes.length - 1);
        }
        key.write(0);
        writeCodePoint(key, codePoint);
    }

    private static void writeCodePoint(ByteArrayOutputStream key, int codePoint) {
        key.write(codePoint >>> 16);
        key.write(codePoint >>> 8);
        key.write(codePoint);
    }

    private static byte[] pinyinKey(List<String> syllables, String name) {
        ByteArrayOutputStream key = new ByteArrayOutputStream(64);
        for (String syllable : syllables) {
            String letters = letters(syllable);
            key.writeBytes((letters.isEmpty() ? "{" : letters).getBytes(StandardCharsets.US_ASCII));
            key.write('0' + tone(syllable));
            key.write(SYLLABLE_END);
        }
        key.write(NAME_END);
        key.writeBytes(strokeKey(name));
        return key.toByteArray();
    }

    /**
     * The syllables of a name with their tone marks, each Chinese character one syllable, words in other scripts
     * as they are; with {@code asName}, the surname read as a surname.
     */
    static List<String> syllables(String name, boolean asName) {
        List<String> syllables = new ArrayList<>();
        String rest = name.replace(PersonName.MIDDLE_DOT, " ").strip();
        if (asName) {
            Surnames.Surname surname = Surnames.of(rest);
            if (surname != null) {
                syllables.addAll(surname.syllables());
                rest = rest.substring(surname.text().length());
            }
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < rest.length(); i += Character.charCount(rest.codePointAt(i))) {
            int codePoint = rest.codePointAt(i);
            if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
                endWord(word, syllables);
                syllables.add(READINGS.computeIfAbsent(codePoint, NameCollation::reading));
            } else if (Character.isLetterOrDigit(codePoint)) {
                word.appendCodePoint(codePoint);
            } else {
                endWord(word, syllables);
            }
        }
        endWord(word, syllables);
        return syllables;
    }

    private static void endWord(StringBuilder word, List<String> syllables) {
        if (!word.isEmpty()) {
            syllables.add(word.toString());
            word.setLength(0);
        }
    }

    private static String reading(int codePoint) {
        synchronized (HAN_TO_LATIN) {
            return HAN_TO_LATIN.transliterate(Character.toString(codePoint)).strip();
        }
    }

    /** The letters of a syllable in lower case without tone marks, ü as v. */
    static String letters(String syllable) {
        String decomposed = Normalizer.normalize(syllable.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replace("u\u0308", "v");
        return decomposed.replaceAll("[^a-z]", "");
    }

    /** The tone of a syllable: 1 to 4 from its mark, 5 for none. */
    static int tone(String syllable) {
        String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        if (decomposed.indexOf('\u0304') >= 0) {
            return 1;
        } else if (decomposed.indexOf('\u0301') >= 0) {
            return 2;
        } else if (decomposed.indexOf('\u030C') >= 0) {
            return 3;
        } else if (decomposed.indexOf('\u0300') >= 0) {
            return 4;
        }
        return 5;
    }

    private static String dataDigest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String resource : List.of(StrokeTable.RESOURCE, Surnames.RESOURCE)) {
                try (InputStream in = NameCollation.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException(resource + " is missing from the class path");
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
