import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the stroke table that orders names by the mainland's stroke counts: for every character Unihan gives a
 * total stroke count, the count for simplified Chinese (the first value of {@code kTotalStrokes}) and, where the
 * cnchar-order data has it, the stroke sequence in GB/T 13418's five classes (1 横, 2 竖, 3 撇, 4 点, 5 折).
 *
 * Sequences of name characters that data lacks come from {@code extra-sequences.tsv}, kept by hand.
 *
 * <p>Run by {@code regenerate.sh}: {@code java StrokeTable.java <Unihan_IRGSources.txt> <cnchar.order.min.js>
 * <extra-sequences.tsv> <out.txt.gz>}.
 */
public class StrokeTable {

    /** cnchar-order's stroke letters by class: 提 is 横, 竖钩 is 竖, 捺 is 点; every other stroke with a turn is 5. */
    private static final Map<Character, Character> CLASS = Map.ofEntries(
            Map.entry('j', '1'), Map.entry('i', '1'),                      // 横, 提
            Map.entry('f', '2'), Map.entry('g', '2'),                      // 竖, 竖钩
            Map.entry('s', '3'),                                           // 撇
            Map.entry('k', '4'), Map.entry('d', '4'), Map.entry('l', '4')); // 点, 左点, 捺

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: java StrokeTable.java <Unihan_IRGSources.txt> <cnchar.order.min.js>"
                    + " <extra-sequences.tsv> <out>");
            System.exit(2);
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] field = line.split("\t");
            if (field.length == 3 && field[1].equals("kTotalStrokes")) {
                counts.put(Integer.parseInt(field[0].substring(2), 16), Integer.parseInt(field[2].split(" ")[0]));
            }
        }
        String script = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        Matcher orders = Pattern.compile("\"(\\p{IsHan})\":\"([a-z]+)\"").matcher(script);
        Map<Integer, String> sequences = new TreeMap<>();
        int disagree = 0;
        while (orders.find()) {
            int codePoint = orders.group(1).codePointAt(0);
            String letters = orders.group(2);
            Integer count = counts.get(codePoint);
            if (count == null || count != letters.length()) {
                disagree++;
                System.err.printf("left out %s: Unihan counts %s strokes, the sequence %s has %d%n",
                        orders.group(1), count, letters, letters.length());
                continue;
            }
            StringBuilder digits = new StringBuilder();
            for (char letter : letters.toCharArray()) {
                digits.append(CLASS.getOrDefault(letter, '5'));
            }
            sequences.put(codePoint, digits.toString());
        }
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] field = line.split("\t");
            int codePoint = field[0].codePointAt(0);
            Integer count = counts.get(codePoint);
            if (count == null || count != field[1].length() || !field[1].matches("[1-5]+")) {
                disagree++;
                System.err.printf("left out %s: Unihan counts %s strokes, the extra sequence is %s%n", field[0],
                        count, field[1]);
                continue;
            }
            sequences.put(codePoint, field[1]);
        }
        try (PrintStream out = new PrintStream(new GZIPOutputStream(Files.newOutputStream(Path.of(args[3]))), false,
                StandardCharsets.UTF_8)) {
            out.println("# Mainland stroke counts and stroke sequences (1 横 2 竖 3 撇 4 点 5 折), by regenerate.sh");
            out.println("# counts: Unicode Unihan kTotalStrokes, first value (zh-Hans);"
                    + " Unicode License (unicode.org/license.txt)");
            out.println("# sequences: cnchar-order 3.2.6 (npm), MIT License, classes of GB/T 13418;"
                    + " a few by hand (extra-sequences.tsv)");
            for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
                String sequence = sequences.get(entry.getKey());
                out.print(Character.toString(entry.getKey()) + "\t" + entry.getValue());
                out.println(sequence == null ? "" : "\t" + sequence);
            }
        }
        System.err.printf("%d characters, %d with a stroke sequence, %d sequences left out%n", counts.size(),
                sequences.size(), disagree);
    }
}
