package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameCollationTest {

    private static final List<String> NAMES = List.of("张伟", "欧阳建国", "丁一", "王芳", "田明", "马云", "朱红");

    @Test
    void ordersBySurnameStrokes() {
        // 丁 2 strokes, 马 3, 王 4, 田 5, 朱 6, 张 7, 欧 8
        assertEquals(List.of("丁一", "马云", "王芳", "田明", "朱红", "张伟", "欧阳建国"), sorted(NAMES, true));
    }

    @ParameterizedTest(name = "{0} has {1} strokes")
    @CsvSource({
        // 阝 is 2 strokes and 艹 3 in the mainland's counts (traditional counts say 3 and 4)
        "邓, 4", "阮, 6", "陈, 7", "邵, 7", "郑, 8", "陆, 7", "郭, 10", "阎, 11",
        "艾, 5", "范, 8", "苏, 7", "萨, 11", "黄, 11", "董, 12", "蒋, 12", "葛, 12",
        // 纟 3, 讠 2, 钅 5, 饣 3, 门 3, 贝 4, 车 4, 马 3, 鸟 5, 见 4, 页 6, 鱼 8
        "纪, 6", "许, 6", "钱, 10", "饶, 9", "闫, 6", "贺, 9", "车, 4", "冯, 5", "鸣, 8", "览, 9", "顾, 10", "鲁, 12"})
    void countsStrokesAsTheMainlandDoes(String character, int strokes) {
        assertEquals(strokes, StrokeTable.count(character.codePointAt(0)));
    }

    @Test
    void ordersEqualCountsByTheFirstStrokeThenTheNext() {
        // all 4 strokes: 王 1121, 毛 3115, 文 4134, 方 4153, 尹 5113, 孔 5215 (竖钩 counts as 竖), 邓 5452
        assertEquals(List.of("王芳", "毛强", "文明", "方华", "尹力", "孔丘", "邓亮"),
                sorted(List.of("孔丘", "邓亮", "尹力", "方华", "文明", "毛强", "王芳"), true));
        // 范 and 郑 both 8: 范 starts with 横, 郑 with 点; 林 1234 follows 范 1224
        assertEquals(List.of("陈明", "范伟", "林立", "郑义", "黄河", "萨仁", "董明"),
                sorted(List.of("董明", "萨仁", "郑义", "黄河", "林立", "范伟", "陈明"), true));
    }

    @Test
    void ordersTheSameSurnameByTheGivenName() {
        // a one-character given name first (一 1 stroke, 大 3, 天 4, 芳 7), then longer ones character by character
        assertEquals(List.of("王一", "王大", "王天", "王芳", "王一凡", "王天明", "王芳芳"),
                sorted(List.of("王芳芳", "王芳", "王天明", "王天", "王一凡", "王大", "王一"), true));
    }

    @Test
    void readsSurnamesAsSurnames() {
        assertEquals("zengguofan", NameCollation.pinyin("曾国藩"));
        assertEquals("zgf", NameCollation.initials("曾国藩"));
        assertEquals("shanxiongxin", NameCollation.pinyin("单雄信"));
        assertEquals("xiejin", NameCollation.pinyin("解缙"));
        assertEquals("qiuying", NameCollation.pinyin("仇英"));
        assertEquals("yuchigong", NameCollation.pinyin("尉迟恭"));
        assertEquals("moqixie", NameCollation.pinyin("万俟卨"));
        assertEquals("chanyulixin", NameCollation.pinyin("单于立新"));
        // too short for the rare compound: 单 + 于明
        assertEquals("shanyuming", NameCollation.pinyin("单于明"));
        // only the surname: 曾 in a given name keeps its common reading
        assertEquals("wangceng", NameCollation.pinyin("王曾"));
        assertEquals("ouyangjianguo", NameCollation.pinyin("欧阳建国"));
        assertEquals("oyjg", NameCollation.initials("欧阳建国"));
        assertEquals("johnsmith", NameCollation.pinyin("John Smith"));
    }

    @Test
    void ordersByPinyinWithTheSurnameReading() {
        // 曾 zēng comes after 陈 and before 张 (read céng it would come first); lu, luo, lü
        assertEquals(List.of("陈明", "卢明", "罗成", "吕布", "单雄信", "曾国藩", "张三"),
                sorted(List.of("张三", "曾国藩", "陈明", "吕布", "卢明", "罗成", "单雄信"), false));
        // syllable by syllable, each by its letters, then its tone: lí before lǐ, mǐn before míng
        assertEquals(List.of("黎明", "李敏", "李明"), sorted(List.of("李明", "李敏", "黎明"), false));
        // the same reading and tones: by strokes (李 7, 理 11)
        assertEquals(List.of("李明", "理明"), sorted(List.of("理明", "李明"), false));
    }

    @Test
    void delegationsAreReadWithoutTheSurnameRule() {
        List<String> delegations = new ArrayList<>(List.of("单县代表团", "山东代表团"));
        delegations.sort(NameCollation.textByPinyin());
        assertEquals(List.of("单县代表团", "山东代表团"), delegations);
    }

    @Test
    void searchesByFullPinyinInitialsAndVForU() {
        assertEquals(new NameCollation.Search("曾国藩", ""), NameCollation.search(" 曾国藩 "));
        assertEquals("zengguofan", NameCollation.search("Zeng Guofan").latin());
        assertEquals("lu", NameCollation.search("lv").latin());
        assertTrue(NameCollation.pinyin("吕布").startsWith(NameCollation.search("lv").latin()));
        assertEquals("阿依古丽买买提", NameCollation.search("阿依古丽・买买提").name());
    }

    @Test
    void middleDotsCountForNothing() {
        assertArrayEquals(NameCollation.strokeKey("阿依古丽买买提"), NameCollation.strokeKey("阿依古丽·买买提"));
        assertEquals(NameCollation.pinyin("阿依古丽买买提"), NameCollation.pinyin("阿依古丽·买买提"));
    }

    @Test
    void sortKeysOrderLikeTheComparators() {
        List<String> names = List.of("曾国藩", "张三", "欧阳建国", "阿依古丽·买买提", "John Smith", "范伟", "郑义",
                "王一", "王", "单于立新", "吕布", "㐀名");
        for (boolean strokes : new boolean[] {true, false}) {
            List<String> byKey = new ArrayList<>(names);
            byKey.sort((a, b) -> Arrays.compareUnsigned(key(a, strokes), key(b, strokes)));
            assertEquals(sorted(names, strokes), byKey);
        }
        // Chinese names before Latin ones; a character without a known sequence after those with one
        List<String> byStrokes = sorted(names, true);
        assertEquals("John Smith", byStrokes.get(byStrokes.size() - 1));
    }

    @Test
    void theTablesAreWhole() {
        assertTrue(StrokeTable.count("丁".codePointAt(0)) == 2 && StrokeTable.count('A') == 0);
        for (String common : List.of("的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会")) {
            common.codePoints().forEach(c -> assertEquals(StrokeTable.count(c), StrokeTable.sequence(c).length,
                    Character.toString(c)));
        }
        Set<String> seen = new HashSet<>();
        for (Surnames.Surname surname : Surnames.all()) {
            assertTrue(seen.add(surname.text()), "twice: " + surname.text());
            assertEquals(surname.text().length(), surname.syllables().size(), surname.text());
            surname.text().codePoints().forEach(c -> assertTrue(StrokeTable.count(c) > 0, surname.text()));
            for (String syllable : surname.syllables()) {
                assertTrue(NameCollation.letters(syllable).matches("[a-z]+") && NameCollation.tone(syllable) < 5,
                        surname.text() + " " + syllable);
            }
        }
        assertTrue(NameCollation.version().startsWith("names-"));
    }

    private static byte[] key(String name, boolean strokes) {
        return strokes ? NameCollation.strokeKey(name) : NameCollation.pinyinKey(name);
    }

    private static List<String> sorted(List<String> names, boolean strokes) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(strokes ? NameCollation.byStrokes() : NameCollation.byPinyin());
        return sorted;
    }
}
