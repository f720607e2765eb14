package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
