package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterOrderTest {

    @Test
    void delegationsFollowTheAgreedOrderThenStrokesAndNoneComesLast() {
        // strokes: 长 4, 莲 10, 雁 12, 碑 13
        List<String> delegations = new ArrayList<>(Arrays.asList(null, "碑林区代表团", "长安区代表团", "雁塔区代表团",
                "莲湖区代表团"));
        delegations.sort(RosterOrder.delegations(Map.of("雁塔区代表团", 1, "碑林区代表团", 2)));
        assertEquals(Arrays.asList("雁塔区代表团", "碑林区代表团", "长安区代表团", "莲湖区代表团", null), delegations);
        delegations.sort(RosterOrder.delegations(Map.of()));
        assertEquals(Arrays.asList("长安区代表团", "莲湖区代表团", "雁塔区代表团", "碑林区代表团", null), delegations);
    }

    @Test
    void keysCompareAsUnsignedBytes() {
        assertTrue(RosterOrder.keys().compare(new byte[] {0x01}, new byte[] {(byte) 0xF0}) < 0);
        assertTrue(RosterOrder.keys().compare(new byte[] {0x01}, new byte[] {0x01, 0x00}) < 0);
    }
}
