package io.huiwu.registration.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ethnic groups (民族) by GB/T 3304, 中国各民族名称的罗马字母拼写法和代码: the 56 groups by their two-digit codes in
 * the standard's order, and its two further codes, 97 for people of a group not yet identified and 98 for Chinese
 * citizens of foreign origin. The API and the events carry the code ("01"); people write the name (汉族, or 汉).
 */
public enum Ethnicity {
    HAN("01", "汉族"),
    MONGOL("02", "蒙古族"),
    HUI("03", "回族"),
    TIBETAN("04", "藏族"),
    UYGHUR("05", "维吾尔族"),
    MIAO("06", "苗族"),
    YI("07", "彝族"),
    ZHUANG("08", "壮族"),
    BUYEI("09", "布依族"),
    KOREAN("10", "朝鲜族"),
    MANCHU("11", "满族"),
    DONG("12", "侗族"),
    YAO("13", "瑶族"),
    BAI("14", "白族"),
    TUJIA("15", "土家族"),
    HANI("16", "哈尼族"),
    KAZAK("17", "哈萨克族"),
    DAI("18", "傣族"),
    LI("19", "黎族"),
    LISU("20", "傈僳族"),
    VA("21", "佤族"),
    SHE("22", "畲族"),
    GAOSHAN("23", "高山族"),
    LAHU("24", "拉祜族"),
    SUI("25", "水族"),
    DONGXIANG("26", "东乡族"),
    NAXI("27", "纳西族"),
    JINGPO("28", "景颇族"),
    KIRGIZ("29", "柯尔克孜族"),
    TU("30", "土族"),
    DAUR("31", "达斡尔族"),
    MULAO("32", "仫佬族"),
    QIANG("33", "羌族"),
    BLANG("34", "布朗族"),
    SALAR("35", "撒拉族"),
    MAONAN("36", "毛南族"),
    GELAO("37", "仡佬族"),
    XIBE("38", "锡伯族"),
    ACHANG("39", "阿昌族"),
    PUMI("40", "普米族"),
    TAJIK("41", "塔吉克族"),
    NU("42", "怒族"),
    UZBEK("43", "乌孜别克族"),
    RUSSIAN("44", "俄罗斯族"),
    EWENKI("45", "鄂温克族"),
    DEANG("46", "德昂族"),
    BONAN("47", "保安族"),
    YUGUR("48", "裕固族"),
    GIN("49", "京族"),
    TATAR("50", "塔塔尔族"),
    DERUNG("51", "独龙族"),
    OROQEN("52", "鄂伦春族"),
    HEZHEN("53", "赫哲族"),
    MONBA("54", "门巴族"),
    LHOBA("55", "珞巴族"),
    JINO("56", "基诺族"),
    UNIDENTIFIED("97", "其他未识别民族"),
    FOREIGN_ORIGIN("98", "外国血统中国籍人士");

    private static final Map<String, Ethnicity> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Ethnicity::code, Function.identity()));

    private final String code;
    private final String chineseName;

    Ethnicity(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /** The two-digit code of GB/T 3304. */
    public String code() {
        return code;
    }

    /** The name as the standard writes it: 汉族, 蒙古族. */
    public String chineseName() {
        return chineseName;
    }

    /** The group of a two-digit code; empty for anything else. */
    public static Optional<Ethnicity> ofCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /**
     * The group as people write it on a sheet: its code (01, or 1 as a spreadsheet shows a number), its name (汉族),
     * or for the 56 groups the name without 族 (汉, 维吾尔). Empty when it is none of these.
     */
    public static Optional<Ethnicity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.matches("[0-9]{1,2}")) {
            return ofCode(value.length() == 1 ? "0" + value : value);
        }
        for (Ethnicity group : values()) {
            if (group.chineseName.equals(value)
                    || group.chineseName.endsWith("族") && group.chineseName.equals(value + "族")) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
