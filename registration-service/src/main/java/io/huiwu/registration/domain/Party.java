package io.huiwu.registration.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Party affiliation (党派) as rosters of people's congresses and CPPCC sessions record it: the Communist Party of
 * China, the eight democratic parties, people without party affiliation (无党派人士) and the public (群众). Each has
 * its full Chinese name and the short names people write on sheets (民革, 民盟, 九三...).
 */
public enum Party {
    /** 中国共产党. */
    CPC("中国共产党", "中共", "共产党", "中共党员", "共产党员"),
    /** 中国国民党革命委员会. */
    RCCK("中国国民党革命委员会", "民革"),
    /** 中国民主同盟. */
    CDL("中国民主同盟", "民盟"),
    /** 中国民主建国会. */
    CNDCA("中国民主建国会", "民建"),
    /** 中国民主促进会. */
    CAPD("中国民主促进会", "民进"),
    /** 中国农工民主党. */
    CPWDP("中国农工民主党", "农工党", "农工民主党"),
    /** 中国致公党. */
    CZGP("中国致公党", "致公党"),
    /** 九三学社. */
    JIUSAN("九三学社", "九三"),
    /** 台湾民主自治同盟. */
    TDSGL("台湾民主自治同盟", "台盟"),
    /** 无党派人士. */
    NON_PARTY("无党派人士", "无党派"),
    /** 群众. */
    MASSES("群众");

    private final String label;
    private final List<String> shortNames;

    Party(String label, String... shortNames) {
        this.label = label;
        this.shortNames = List.of(shortNames);
    }

    /** The full Chinese name. */
    public String label() {
        return label;
    }

    /** The party as written on a sheet: its full or short Chinese name, or its code (CPC, JIUSAN). */
    public static Optional<Party> parse(String text) {
        String value = text.strip();
        for (Party party : values()) {
            if (party.label.equals(value) || party.shortNames.contains(value)
                    || party.name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(party);
            }
        }
        return Optional.empty();
    }
}
