package io.huiwu.documents.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecallDeadlineTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final OffsetDateTime CHANGED = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void theEndOfTheLastDayPlusTheHoursAllowed() {
        assertEquals(OffsetDateTime.of(2026, 3, 13, 0, 0, 0, 0, ZoneOffset.ofHours(8)),
                RecallDeadline.of(LocalDate.of(2026, 3, 12), BEIJING, 0, CHANGED, 24));
        assertEquals(OffsetDateTime.of(2026, 3, 13, 12, 0, 0, 0, ZoneOffset.ofHours(8)),
                RecallDeadline.of(LocalDate.of(2026, 3, 12), BEIJING, 12, CHANGED, 24));
    }

    @Test
    void anUnknownOrPastEndCountsFromTheChange() {
        assertEquals(CHANGED.plusHours(24), RecallDeadline.of(null, BEIJING, 0, CHANGED, 24));
        assertEquals(CHANGED.plusHours(6), RecallDeadline.of(LocalDate.of(2026, 3, 1), BEIJING, 0, CHANGED, 6));
    }
}
