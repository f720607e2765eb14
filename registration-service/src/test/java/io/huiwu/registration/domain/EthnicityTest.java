package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EthnicityTest {

    @Test
    void theFiftySixGroupsHaveTheCodesOneToFiftySixInTheStandardsOrder() {
        Ethnicity[] groups = Ethnicity.values();
        assertEquals(58, groups.length);
        IntStream.range(0, 56).forEach(i -> assertEquals(String.format("%02d", i + 1), groups[i].code()));
        assertEquals("97", Ethnicity.UNIDENTIFIED.code());
        assertEquals("98", Ethnicity.FOREIGN_ORIGIN.code());
        assertEquals(58, Arrays.stream(groups).map(Ethnicity::chineseName).distinct().count());
        assertTrue(Arrays.stream(groups).limit(56).allMatch(group -> group.chineseName().endsWith("族")));
    }

    @Test
    void codesAreLookedUpExactly() {
        assertEquals(Optional.of(Ethnicity.HAN), Ethnicity.ofCode("01"));
        assertEquals(Optional.of(Ethnicity.HUI), Ethnicity.ofCode("03"));
        assertEquals("基诺族", Ethnicity.ofCode("56").orElseThrow().chineseName());
        assertEquals(Optional.empty(), Ethnicity.ofCode("1"));
        assertEquals(Optional.empty(), Ethnicity.ofCode("57"));
        assertEquals(Optional.empty(), Ethnicity.ofCode("99"));
        assertEquals(Optional.empty(), Ethnicity.ofCode(null));
    }
}
