package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.huiwu.registration.domain.Readiness.Check.BED;
import static io.huiwu.registration.domain.Readiness.Check.CREDENTIAL;
import static io.huiwu.registration.domain.Readiness.Check.SEAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadinessShortfallTest {

    @Test
    void delegationsWithMostPeopleLackingComeFirstThenMostMissingThenByName() {
        List<Readiness.Shortfall> worst = Readiness.worstDelegations(List.of(
                new Readiness.Lacking("乙代表团", List.of(BED)),
                new Readiness.Lacking("甲代表团", List.of(BED)),
                new Readiness.Lacking(null, List.of(BED, SEAT, CREDENTIAL)),
                new Readiness.Lacking("丙代表团", List.of(BED, SEAT)),
                new Readiness.Lacking("丙代表团", List.of(SEAT)),
                new Readiness.Lacking("丁代表团", List.of())));
        assertEquals(List.of("丙代表团", "", "乙代表团", "甲代表团"), worst.stream()
                .map(s -> s.delegation() == null ? "" : s.delegation()).toList());
        assertEquals(2, worst.get(0).people());
        assertEquals(2, worst.get(0).missing(SEAT));
        assertEquals(0, worst.get(0).missing(CREDENTIAL));
        assertEquals(3, worst.get(0).total());
    }
}
