package io.huiwu.registration.bench;

import io.huiwu.registration.domain.NameCollation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Ordering a roster of 5,000 names by surname strokes (姓氏笔画) and by pinyin with the comparators (each comparison
 * makes both keys); and making the sort keys the database orders by, as an import of 5,000 rows does, then sorting
 * them. Run as docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class NameOrderBenchmark {

    private static final String[] FAMILY = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
        "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
        "欧阳", "司马", "诸葛", "上官", "丁", "卜", "乜", "万"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建国", "海燕", "晓东", "红梅", "振华"};

    private List<String> names;

    @Setup
    public void roster() {
        Random random = new Random(5000);
        names = new ArrayList<>(5000);
        for (int i = 0; i < 5000; i++) {
            names.add(FAMILY[random.nextInt(FAMILY.length)] + GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : ""));
        }
    }

    @Benchmark
    public List<String> sortByStrokes() {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(NameCollation.byStrokes());
        return sorted;
    }

    @Benchmark
    public List<String> sortByPinyin() {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(NameCollation.byPinyin());
        return sorted;
    }

    /** The stroke keys of 5,000 names, sorted: what ordering by the stored keys costs, key making included. */
    @Benchmark
    public byte[][] strokeKeysSorted() {
        byte[][] keys = new byte[names.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = NameCollation.strokeKey(names.get(i));
        }
        Arrays.sort(keys, Arrays::compareUnsigned);
        return keys;
    }

    /** The same with the pinyin keys (surname readings, syllables, tones). */
    @Benchmark
    public byte[][] pinyinKeysSorted() {
        byte[][] keys = new byte[names.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = NameCollation.pinyinKey(names.get(i));
        }
        Arrays.sort(keys, Arrays::compareUnsigned);
        return keys;
    }
}
