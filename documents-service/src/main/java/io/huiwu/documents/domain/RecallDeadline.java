package io.huiwu.documents.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The deadline of the recall (清退) that opens when the meeting enters CLOSING (DOMAIN.md: copies are recalled before
 * the delegates leave): the end of the meeting's last day, plus a number of hours the organiser allows. A meeting
 * whose end is unknown, or already past at the phase change, gets a deadline counted from the change instead, so
 * that a recall never opens with a deadline behind it.
 */
public final class RecallDeadline {

    private RecallDeadline() {
    }

    public static OffsetDateTime of(LocalDate endDate, ZoneId zone, int hoursAfterEnd, OffsetDateTime changedAt,
            int hoursWhenEndPassed) {
        if (endDate != null) {
            OffsetDateTime end = endDate.plusDays(1).atStartOfDay(zone).toOffsetDateTime().plusHours(hoursAfterEnd);
            if (end.isAfter(changedAt)) {
                return end;
            }
        }
        return changedAt.plusHours(Math.max(1, hoursWhenEndPassed));
    }
}
