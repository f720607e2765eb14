package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterColumnsTest {

    @Test
    void headingsMayBeChineseOrFieldNames() {
        var layout = RosterColumns.layout(List.of("*姓名", "Gender", "人员类别", "", "身份证号码"));
        assertEquals(0, layout.get(RosterColumns.Column.NAME));
        assertEquals(1, layout.get(RosterColumns.Column.GENDER));
        assertEquals(2, layout.get(RosterColumns.Column.CATEGORY));
        assertEquals(4, layout.get(RosterColumns.Column.ID_NUMBER));
    }

    @Test
    void missingAndUnknownHeadingsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RosterColumns.layout(List.of("姓名", "爱好")));
        assertTrue(e.getMessage().contains("missing columns [性别, 类别]"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown columns [爱好]"), e.getMessage());
    }

    @Test
    void valuesMayBeChineseOrEnumNames() {
        assertEquals(Gender.FEMALE, RosterColumns.gender("女"));
        assertEquals(Gender.MALE, RosterColumns.gender("male"));
        assertEquals(Category.NON_VOTING, RosterColumns.category("列席"));
        assertEquals(Category.STAFF, RosterColumns.category("工作人员"));
        assertEquals(Category.GUEST, RosterColumns.category("特邀"));
        assertEquals(Category.PRESS, RosterColumns.category("PRESS"));
        assertThrows(IllegalArgumentException.class, () -> RosterColumns.category("领导"));
        assertThrows(IllegalArgumentException.class, () -> RosterColumns.gender("未知"));
    }

    @Test
    void theNewColumnsAreReadByTheirChineseHeadingsOrFieldNames() {
        var layout = RosterColumns.layout(List.of("姓名", "性别", "类别", "民族", "界别", "政治面貌", "职级", "团内职务",
                "随行对象", "饮食", "accessibilityNeeds", "健康需求", "证件类型", "证件号码"));
        assertEquals(3, layout.get(RosterColumns.Column.ETHNICITY));
        assertEquals(5, layout.get(RosterColumns.Column.PARTY));
        assertEquals(8, layout.get(RosterColumns.Column.PRINCIPAL));
        assertEquals(10, layout.get(RosterColumns.Column.ACCESSIBILITY_NEEDS));
        assertEquals(12, layout.get(RosterColumns.Column.ID_TYPE));
        assertEquals(13, layout.get(RosterColumns.Column.ID_NUMBER));
    }

    @Test
    void codedValuesMayBeChineseNamesShortNamesOrCodes() {
        assertEquals(Ethnicity.HAN, RosterColumns.ethnicity("汉族"));
        assertEquals(Ethnicity.HAN, RosterColumns.ethnicity("汉"));
        assertEquals(Ethnicity.HAN, RosterColumns.ethnicity("1"));
        assertEquals(Ethnicity.UYGHUR, RosterColumns.ethnicity("维吾尔"));
        assertEquals(Ethnicity.JINO, RosterColumns.ethnicity("56"));
        assertEquals(Ethnicity.FOREIGN_ORIGIN, RosterColumns.ethnicity("外国血统中国籍人士"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> RosterColumns.ethnicity("穿青族"));
        assertTrue(unknown.getMessage().contains("穿青族"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RosterColumns.ethnicity("57"));

        assertEquals(Party.CDL, RosterColumns.party("民盟"));
        assertEquals(Party.JIUSAN, RosterColumns.party("九三学社"));
        assertEquals(Party.CPC, RosterColumns.party("中共党员"));
        assertEquals(Party.NON_PARTY, RosterColumns.party("NON_PARTY"));
        assertThrows(IllegalArgumentException.class, () -> RosterColumns.party("共青团员"));

        assertEquals(Grade.BUREAU_FULL, RosterColumns.grade("正厅级"));
        assertEquals(Grade.PROVINCIAL_DEPUTY, RosterColumns.grade("省部级副职"));
        assertEquals(DelegationRole.DEPUTY_LEADER, RosterColumns.delegationRole("副团长"));
        assertEquals(IdDocumentType.TAIWAN_PERMIT, RosterColumns.idType("台胞证"));
        assertEquals(IdDocumentType.PASSPORT, RosterColumns.idType("PASSPORT"));
    }

    @Test
    void dietsAreListedWithAnyUsualSeparatorAndNoneIsEmpty() {
        assertEquals(Set.of(Diet.HALAL, Diet.NO_SEAFOOD), RosterColumns.diet("清真、海鲜过敏"));
        assertEquals(Set.of(Diet.VEGETARIAN, Diet.DIABETIC), RosterColumns.diet("DIABETIC, 素食"));
        assertEquals(Set.of(), RosterColumns.diet("无"));
        assertThrows(IllegalArgumentException.class, () -> RosterColumns.diet("清真、辣"));
        assertEquals("清真、不吃海鲜", RosterColumns.label(List.of(Diet.NO_SEAFOOD, Diet.HALAL)));
    }

    @Test
    void aPrincipalIsNamedByRowIdNumberOrAttendeeId() {
        assertEquals(5, RosterColumns.principal("第5行").row());
        assertEquals(12, RosterColumns.principal("第 12 行").row());
        assertEquals(7, RosterColumns.principal("row 7").row());
        assertEquals(3, RosterColumns.principal("3").row());
        assertEquals("11010519491231002X", RosterColumns.principal("110105 19491231 002x").idNumber());
        UUID id = UUID.randomUUID();
        assertEquals(id, RosterColumns.principal(id.toString()).attendeeId());
    }

    @Test
    void gradesRunFromTheHighest() {
        assertEquals(1, Grade.NATIONAL_FULL.level());
        assertEquals(10, Grade.TOWNSHIP_DEPUTY.level());
        assertTrue(Grade.BUREAU_FULL.level() < Grade.BUREAU_DEPUTY.level());
    }
}
