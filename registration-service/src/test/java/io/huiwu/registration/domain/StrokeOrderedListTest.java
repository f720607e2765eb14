package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order by strokes against a list published 按姓氏笔画为序: the 2,296 delegates of a national congress (新华社,
 * 2022), 317 surnames from 丁 to 瞿, with every family of components whose count differs between the mainland and
 * traditional characters (阝 邓 陈 郑 郭, 艹 范 董 蒋 葛 蓝, 讠 许 谢, 纟 纪 缪, 钅 钟 钱, 门 闫 阎,
 * 贝 贺 贾, 页 项 顾, 鱼 鲁 鲍). Names that appear more than once (told apart in print by notes) are equal here.
 */
class StrokeOrderedListTest {

    @Test
    void sortingThePublishedListGivesItBackUnchanged() throws IOException {
        List<String> published = published();
        assertEquals(2296, published.size());

        List<String> sorted = new ArrayList<>(published);
        sorted.sort(NameCollation.byStrokes());
        List<String> outOfOrder = new ArrayList<>();
        for (int i = 1; i < published.size(); i++) {
            if (Arrays.compareUnsigned(NameCollation.strokeKey(published.get(i - 1)),
                    NameCollation.strokeKey(published.get(i))) > 0) {
                outOfOrder.add(published.get(i - 1) + " > " + published.get(i));
            }
        }
        assertEquals(List.of(), outOfOrder);
        assertEquals(published, sorted);
    }

    @Test
    void theListCoversTheComponentFamilies() throws IOException {
        Set<Integer> surnames = new LinkedHashSet<>();
        published().forEach(name -> surnames.add(name.codePointAt(0)));
        assertEquals(317, surnames.size());
        "邓陈郑郭阎范董蒋葛蓝许谢纪缪钟钱闫贺贾项顾鲁鲍".codePoints()
                .forEach(c -> assertTrue(surnames.contains(c), Character.toString(c)));
    }

    @Test
    void traditionalCountsWouldPutTheseSurnamesAGroupLate() throws IOException {
        // 艹 as 4 and 阝 as 3 would move 范 (8) among the 9-stroke surnames and 陈 (7) among the 8-stroke ones
        List<String> published = published();
        int chen = indexOfSurname(published, "陈");
        int lin = indexOfSurname(published, "林");
        int fan = indexOfSurname(published, "范");
        int zhao = indexOfSurname(published, "赵");
        assertTrue(chen < lin && fan < zhao, "陈 before the 8-stroke 林, 范 before the 9-stroke 赵");
        assertEquals(7, StrokeTable.count("陈".codePointAt(0)));
        assertEquals(8, StrokeTable.count("范".codePointAt(0)));
    }

    private static int indexOfSurname(List<String> names, String surname) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).startsWith(surname)) {
                return i;
            }
        }
        throw new AssertionError(surname + " not in the list");
    }

    private static List<String> published() throws IOException {
        try (InputStream in = StrokeOrderedListTest.class.getResourceAsStream("/names/stroke-ordered-list.txt")) {
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(PersonName.normalize(line));
                }
            }
            return names;
        }
    }
}
