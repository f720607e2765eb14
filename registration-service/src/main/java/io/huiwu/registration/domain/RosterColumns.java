package io.huiwu.registration.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a roster spreadsheet, as staff write them: Chinese headings (姓名, 性别, 类别, 代表团, 单位, 职务,
 * 排序, 电话, 证件类型, 身份证号, 民族, 界别, 党派, 职级, 团内职务, 随行对象, 饮食, 无障碍需求, 健康需求) or the API's
 * field names, and Chinese values (男/女, 出席/列席/特邀/工作人员/记者/随行, 汉族, 民盟, 正厅级, 团长, 清真...) or the
 * API's codes. The same columns, in this order, are written on export.
 *
 * <p>A 随行 row names its principal in 随行对象 by the principal's row in the same file as the spreadsheet numbers
 * it (第5行, the heading being row 1), by the principal's ID number (of a row in the file or of an entry already on
 * the roster), or by the principal's attendee id. Names are not used: two people may share one.
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
        ID_TYPE("证件类型", "idType"),
        ID_NUMBER("身份证号", "idNumber", "身份证号码", "公民身份号码", "证件号码", "证件号"),
        ETHNICITY("民族", "ethnicity"),
        SECTOR("界别", "sector"),
        PARTY("党派", "party", "政治面貌"),
        GRADE("职级", "grade", "级别"),
        DELEGATION_ROLE("团内职务", "delegationRole", "代表团职务"),
        PRINCIPAL("随行对象", "principalId", "随行于"),
        DIET("饮食", "diet", "饮食要求", "饮食禁忌"),
        ACCESSIBILITY_NEEDS("无障碍需求", "accessibilityNeeds", "无障碍"),
        HEALTH_NEEDS("健康需求", "healthNeeds", "医疗需求");

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
    private static final Pattern ROW_REFERENCE = Pattern.compile(
            "(?:第\\s*([0-9]{1,6})\\s*行|([0-9]{1,6})\\s*行|(?i:row)\\s*([0-9]{1,6})|#\\s*([0-9]{1,6})|([0-9]{1,6}))");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DIET_SEPARATORS = Pattern.compile("[、,，;；/／\\s]+");
    private static final Set<String> NO_DIET = Set.of("无", "无要求", "无特殊要求", "NONE", "-");

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
            Optional<Column> column = Arrays.stream(Column.values()).filter(c -> c.matches(heading))
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
                    + "the first row must hold the headings 姓名, 性别, 类别 and any of " + String.join(", ",
                    Arrays.stream(Column.values()).skip(3).map(Column::heading).toList()));
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

    /** A 随行 row's principal: a row of the same file, an ID number, or an attendee id; exactly one is set. */
    public record PrincipalReference(Integer row, String idNumber, UUID attendeeId) {
    }

    /** 第5行, 5行, row 5, #5 or 5: row 5 of the file; an attendee id; otherwise an ID number. */
    public static PrincipalReference principal(String text) {
        String value = text.strip();
        Matcher row = ROW_REFERENCE.matcher(value);
        if (row.matches()) {
            for (int group = 1; group <= row.groupCount(); group++) {
                if (row.group(group) != null) {
                    return new PrincipalReference(Integer.valueOf(row.group(group)), null, null);
                }
            }
        }
        if (UUID_TEXT.matcher(value).matches()) {
            return new PrincipalReference(null, null, UUID.fromString(value));
        }
        return new PrincipalReference(null, normalizeIdNumber(value), null);
    }

    /** An ID number as stored: without spaces, letters in upper case. */
    public static String normalizeIdNumber(String number) {
        return number == null ? null : number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static IdDocumentType idType(String text) {
        return IdDocumentType.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "must be one of 居民身份证, 护照, 港澳居民来往内地通行证, 台湾居民来往大陆通行证, 其他 (or MAINLAND_ID,"
                        + " PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, OTHER), not " + text.strip()));
    }

    /** An ethnic group by its GB/T 3304 code or its name; the code is what is stored. */
    public static Ethnicity ethnicity(String text) {
        return Ethnicity.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "is not an ethnic group of GB/T 3304: " + text.strip() + "; write its name (汉族, 蒙古族...) or its"
                        + " two-digit code (01 to 56, 97, 98)"));
    }

    public static Party party(String text) {
        return Party.parse(text).orElseThrow(() -> new IllegalArgumentException("must be one of "
                + String.join(", ", Arrays.stream(Party.values()).map(Party::label).toList())
                + " (or their short names, such as 民盟), not " + text.strip()));
    }

    public static Grade grade(String text) {
        return Grade.parse(text).orElseThrow(() -> new IllegalArgumentException("must be one of "
                + String.join(", ", Arrays.stream(Grade.values()).map(Grade::label).toList())
                + " (or 正部级, 副厅级...), not " + text.strip()));
    }

    public static DelegationRole delegationRole(String text) {
        return DelegationRole.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "must be one of 团长, 副团长, 联络员, 团员 (or LEADER, DEPUTY_LEADER, LIAISON, MEMBER), not "
                        + text.strip()));
    }

    /** Diets separated by 、 , ; / or spaces (清真、不吃海鲜); 无 for none. */
    public static Set<Diet> diet(String text) {
        Set<Diet> diets = EnumSet.noneOf(Diet.class);
        for (String part : DIET_SEPARATORS.split(text.strip())) {
            if (part.isEmpty() || NO_DIET.contains(part.toUpperCase(Locale.ROOT))) {
                continue;
            }
            diets.add(Diet.parse(part).orElseThrow(() -> new IllegalArgumentException("has " + part
                    + ", which is none of " + String.join(", ", Arrays.stream(Diet.values())
                    .map(Diet::label).toList()) + " (or 无 for none)")));
        }
        return diets;
    }

    /** How diets are written on an exported sheet: 清真、不吃海鲜. */
    public static String label(Collection<Diet> diets) {
        return String.join("、", Diet.sorted(diets).stream().map(Diet::label).toList());
    }
}
