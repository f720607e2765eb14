package io.huiwu.registration.domain;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * The two official orders of Chinese names (DOMAIN.md, Names), from ICU's collation data rather than a hand-made
 * table: by stroke count of the surname (姓氏笔画, {@code zh@collation=stroke}), then of the following characters;
 * and by pinyin ({@code zh@collation=pinyin}). Sort keys are bytes that compare in the same order, so a database
 * can order and page by them. Also gives the pinyin of a name for searching ({@code ouyangjianguo}, initials
 * {@code oyjg}).
 *
 * <p>Instances are thread-safe: ICU collators are frozen, and transliteration is synchronised.
 */
public final class NameCollation {

    private static final Collator STROKE = frozen("zh@collation=stroke");
    private static final Collator PINYIN = frozen("zh@collation=pinyin");
    private static final Transliterator HAN_TO_LATIN = Transliterator.getInstance("Han-Latin");

    private NameCollation() {
    }

    private static Collator frozen(String locale) {
        Collator collator = Collator.getInstance(new ULocale(locale));
        collator.setStrength(Collator.TERTIARY);
        return collator.freeze();
    }

    /** The ICU collation version; keys made under another version must be made again. */
    public static String version() {
        return STROKE.getVersion() + "/" + PINYIN.getVersion();
    }

    public static byte[] strokeKey(String name) {
        return STROKE.getCollationKey(name).toByteArray();
    }

    public static byte[] pinyinKey(String name) {
        return PINYIN.getCollationKey(name).toByteArray();
    }

    public static Comparator<String> byStrokes() {
        return STROKE::compare;
    }

    public static Comparator<String> byPinyin() {
        return PINYIN::compare;
    }

    /** The pinyin of a name in lower case without tones or spaces: 欧阳建国 gives {@code ouyangjianguo}. */
    public static String pinyin(String name) {
        return String.join("", syllables(name));
    }

    /** The initials of the syllables: 欧阳建国 gives {@code oyjg}. */
    public static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String syllable : syllables(name)) {
            if (!syllable.isEmpty()) {
                out.append(syllable.charAt(0));
            }
        }
        return out.toString();
    }

    private static String[] syllables(String name) {
        String latin;
        synchronized (HAN_TO_LATIN) {
            latin = HAN_TO_LATIN.transliterate(name);
        }
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").strip();
        return plain.isEmpty() ? new String[0] : plain.split("\\s+");
    }
}
