package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameCollationTest {

    private static final List<String> NAMES = List.of("张伟", "欧阳建国", "丁一", "王芳", "田明", "马云", "朱红");

    @Test
    void ordersBySurnameStrokes() {
        List<String> names = new ArrayList<>(NAMES);
        names.sort(NameCollation.byStrokes());
        // 丁 2 strokes, 马 3, 王 4, 田 5, 朱 6, 张 7, 欧 8
        assertEquals(List.of("丁一", "马云", "王芳", "田明", "朱红", "张伟", "欧阳建国"), names);
    }

    @Test
    void ordersByPinyin() {
        List<String> names = new ArrayList<>(NAMES);
        names.sort(NameCollation.byPinyin());
        assertEquals(List.of("丁一", "马云", "欧阳建国", "田明", "王芳", "张伟", "朱红"), names);
    }

    @Test
    void sortKeysOrderLikeTheCollator() {
        List<String> byKey = new ArrayList<>(NAMES);
        byKey.sort((a, b) -> java.util.Arrays.compareUnsigned(NameCollation.strokeKey(a), NameCollation.strokeKey(b)));
        List<String> byCollator = new ArrayList<>(NAMES);
        byCollator.sort(NameCollation.byStrokes());
        assertEquals(byCollator, byKey);
    }

    @Test
    void givesPinyinForSearch() {
        assertEquals("ouyangjianguo", NameCollation.pinyin("欧阳建国"));
        assertEquals("oyjg", NameCollation.initials("欧阳建国"));
        assertEquals("wangfang", NameCollation.pinyin("王芳"));
        assertEquals("johnsmith", NameCollation.pinyin("John Smith"));
    }
}
