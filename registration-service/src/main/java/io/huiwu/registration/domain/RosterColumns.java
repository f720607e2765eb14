package io.huiwu.registration.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a roster spreadsheet, as staff write them: Chinese headings (姓名, 性别, 类别, 代表团, 单位, 职务,
 * 排序, 电话, 身份证号) or the API's field names, and Chinese values (男/女, 出席/列席/特邀/工作人员/记者/随行) or the
 * API's enum names. The same columns, in this order, are written on export.
 */
public final class RosterColumns {

    public enum Column {
        NAME("姓名", "name"),
        GENDER("性别", "gender"),
        CATEGORY("类别", "category", "人员类别"),
        DELEGATION("代表团", "delegation", "所属代表团"),
        UNIT("单位", "unit", "工作单位"),
        TITLE("职务", "title"),
        RANK("排序", "rank", "序号"),
        PHONE("电话", "phone", "手机", "联系电话"),
        ID_NUMBER("身份证号", "idNumber", "身份证号码", "公民身份号码");

        private final String heading;
        private final String[] aliases;

        Column(String heading, String... aliases) {
            this.heading = heading;
            this.aliases = aliases;
        }

        public String heading() {
            return heading;
        }

        public String field() {
            return aliases[0];
        }

        boolean matches(String text) {
            String cleaned = text.strip().replace("*", "").replace("：", "").replace(":", "");
            if (cleaned.equals(heading)) {
                return true;
            }
            for (String alias : aliases) {
                if (cleaned.equalsIgnoreCase(alias)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Map<String, Category> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("出席", Category.ATTENDEE);
        CATEGORIES.put("代表", Category.ATTENDEE);
        CATEGORIES.put("委员", Category.ATTENDEE);
        CATEGORIES.put("列席", Category.NON_VOTING);
        CATEGORIES.put("特邀", Category.GUEST);
        CATEGORIES.put("嘉宾", Category.GUEST);
        CATEGORIES.put("工作人员", Category.STAFF);
        CATEGORIES.put("记者", Category.PRESS);
        CATEGORIES.put("随行", Category.ACCOMPANYING);
    }

    private RosterColumns() {
    }

    /** Which column each heading is; fails naming the headings it does not know or the ones missing. */
    public static Map<Column, Integer> layout(List<String> headings) {
        Map<Column, Integer> layout = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i) == null ? "" : headings.get(i).strip();
            if (heading.isEmpty()) {
                continue;
            }
            Optional<Column> column = java.util.Arrays.stream(Column.values()).filter(c -> c.matches(heading))
                    .findFirst();
            if (column.isEmpty()) {
                unknown.add(heading);
            } else if (layout.putIfAbsent(column.get(), i) != null) {
                throw new IllegalArgumentException("the heading " + heading + " appears twice");
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column required : List.of(Column.NAME, Column.GENDER, Column.CATEGORY)) {
            if (!layout.containsKey(required)) {
                missing.add(required.heading());
            }
        }
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new IllegalArgumentException((missing.isEmpty() ? "" : "missing columns " + missing + "; ")
                    + (unknown.isEmpty() ? "" : "unknown columns " + unknown + "; ")
                    + "the first row must hold the headings 姓名, 性别, 类别 and any of 代表团, 单位, 职务, 排序, 电话,"
                    + " 身份证号");
        }
        return layout;
    }

    public static Gender gender(String text) {
        String value = text.strip();
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "男", "MALE", "M" -> Gender.MALE;
            case "女", "FEMALE", "F" -> Gender.FEMALE;
            default -> throw new IllegalArgumentException("gender must be 男 or 女 (MALE or FEMALE), not " + value);
        };
    }

    public static Category category(String text) {
        String value = text.strip();
        for (Map.Entry<String, Category> entry : CATEGORIES.entrySet()) {
            if (value.equals(entry.getKey()) || value.equals(entry.getKey() + "人员")) {
                return entry.getValue();
            }
        }
        try {
            return Category.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("category must be one of 出席, 列席, 特邀, 工作人员, 记者, 随行 (or "
                    + "ATTENDEE, NON_VOTING, GUEST, STAFF, PRESS, ACCOMPANYING), not " + text.strip());
        }
    }

    /** How a category is written on an exported sheet. */
    public static String label(Category category) {
        return switch (category) {
            case ATTENDEE -> "出席";
            case NON_VOTING -> "列席";
            case GUEST -> "特邀";
            case STAFF -> "工作人员";
            case PRESS -> "记者";
            case ACCOMPANYING -> "随行";
        };
    }

    public static String label(Gender gender) {
        return gender == Gender.MALE ? "男" : "女";
    }
}
