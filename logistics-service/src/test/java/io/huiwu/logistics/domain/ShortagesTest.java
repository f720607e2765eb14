package io.huiwu.logistics.domain;

import io.huiwu.logistics.domain.supplies.Shortages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShortagesTest {

    private final UUID handbook = UUID.randomUUID();
    private final UUID pen = UUID.randomUUID();
    private final UUID badge = UUID.randomUUID();

    @Test
    void anItemIsShortByWhatTheKitsStillToHandOutNeedBeyondItsStock() {
        List<Shortages.Kit> kits = List.of(
                new Shortages.Kit(UUID.randomUUID(), "代表资料袋", List.of(new Shortages.Line(handbook, 1),
                        new Shortages.Line(pen, 2)), 100),
                new Shortages.Kit(UUID.randomUUID(), "记者包", List.of(new Shortages.Line(pen, 1),
                        new Shortages.Line(badge, 1)), 30));
        List<Shortages.Item> items = List.of(new Shortages.Item(handbook, "会议手册", 120),
                new Shortages.Item(pen, "签字笔", 200), new Shortages.Item(badge, "记者证套", 10));

        List<Shortages.Shortage> lacking = Shortages.of(kits, items, false);

        // pens: 100 x 2 + 30 x 1 = 230 needed, 200 in stock; badges: 30 needed, 10 in stock; handbooks suffice
        assertEquals(List.of("签字笔", "记者证套"), lacking.stream().map(Shortages.Shortage::item).toList());
        assertEquals(30, lacking.get(0).shortBy());
        assertEquals(230, lacking.get(0).needed());
        assertEquals(List.of("代表资料袋", "记者包"), lacking.get(0).kits());
        assertEquals(20, lacking.get(1).shortBy());
        assertEquals(List.of("记者包"), lacking.get(1).kits());
        assertEquals(3, Shortages.of(kits, items, true).size());
    }

    @Test
    void aKitEveryoneHasHadNeedsNothingAndAnItemInNoKitIsNotListed() {
        List<Shortages.Kit> kits = List.of(new Shortages.Kit(UUID.randomUUID(), "代表资料袋",
                List.of(new Shortages.Line(handbook, 1)), 0));
        List<Shortages.Item> items = List.of(new Shortages.Item(handbook, "会议手册", 0),
                new Shortages.Item(pen, "签字笔", 0));

        assertEquals(List.of(), Shortages.of(kits, items, false));
        List<Shortages.Shortage> all = Shortages.of(kits, items, true);
        assertEquals(1, all.size());
        assertEquals(0, all.get(0).needed());
        assertEquals(List.of(), all.get(0).kits());
    }
}
