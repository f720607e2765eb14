package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterComparisonTest {

    private static final UUID KEPT = UUID.randomUUID();
    private static final UUID CHANGED = UUID.randomUUID();
    private static final UUID GONE = UUID.randomUUID();
    private static final UUID NEW = UUID.randomUUID();

    @Test
    void addedRemovedAndChangedFieldsWithTheirValuesBeforeAndAfter() {
        List<RosterComparison.Entry> before = List.of(entry(KEPT, "王芳", "局长", "长安区代表团"),
                entry(CHANGED, "赵国庆", "区长", "长安区代表团"), entry(GONE, "钱学森", "主席", null));
        List<RosterComparison.Entry> after = List.of(entry(NEW, "周杰", "处长", null),
                entry(CHANGED, "赵国强", "区长", null), entry(KEPT, "王芳", "局长", "长安区代表团"));
        RosterComparison.Result result = RosterComparison.compare(before, after);
        assertEquals(List.of(NEW), result.added());
        assertEquals(List.of(GONE), result.removed());
        assertEquals(List.of(new RosterComparison.Changed(CHANGED, List.of(
                new RosterComparison.FieldChange("name", "赵国庆", "赵国强"),
                new RosterComparison.FieldChange("delegation", "长安区代表团", null)))), result.changed());
    }

    @Test
    void theSameValuesAreNoChangeAndAFieldNoLongerKeptWasEmptied() {
        assertTrue(RosterComparison.compare(List.of(entry(KEPT, "王芳", "局长", null)),
                List.of(entry(KEPT, "王芳", "局长", null))).isEmpty());
        RosterComparison.Entry fewer = new RosterComparison.Entry(KEPT, Map.of("name", "王芳"));
        assertEquals(List.of(new RosterComparison.FieldChange("title", "局长", null)),
                RosterComparison.compare(List.of(entry(KEPT, "王芳", "局长", null)), List.of(fewer)).changed().get(0)
                        .fields());
    }

    private static RosterComparison.Entry entry(UUID id, String name, String title, String delegation) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("delegation", delegation);
        fields.put("title", title);
        return new RosterComparison.Entry(id, fields);
    }
}
