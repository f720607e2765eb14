package io.huiwu.logistics.domain;

import io.huiwu.logistics.domain.lodging.RoomBlocks;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rooms held against rooms used, without Quarkus. */
class RoomBlocksTest {

    private static final LocalDate MAY_10 = LocalDate.parse("2027-05-10");
    private static final LocalDate MAY_11 = MAY_10.plusDays(1);
    private static final LocalDate MAY_12 = MAY_10.plusDays(2);
    private static final UUID HOTEL_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID HOTEL_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void aSharedRoomCountsOnceAndANightIsUsedUntilTheDeparture() {
        UUID twin = UUID.randomUUID();
        List<RoomBlocks.Line> lines = RoomBlocks.lines(
                List.of(new RoomBlocks.Held(HOTEL_A, MAY_10, RoomType.TWIN, 1),
                        new RoomBlocks.Held(HOTEL_A, MAY_11, RoomType.TWIN, 1)),
                List.of(new RoomBlocks.Occupied(HOTEL_A, twin, RoomType.TWIN, MAY_10, MAY_12),
                        new RoomBlocks.Occupied(HOTEL_A, twin, RoomType.TWIN, MAY_10, MAY_11)),
                Comparator.naturalOrder());
        assertEquals(List.of(new RoomBlocks.Line(HOTEL_A, MAY_10, RoomType.TWIN, 1, 1),
                new RoomBlocks.Line(HOTEL_A, MAY_11, RoomType.TWIN, 1, 1)), lines);
        assertEquals(0, lines.get(0).over());
        assertEquals(0, lines.get(0).free());
    }

    @Test
    void anOverBlockIsNotMadeUpByFreeRoomsElsewhere() {
        List<RoomBlocks.Line> lines = RoomBlocks.lines(
                List.of(new RoomBlocks.Held(HOTEL_A, MAY_10, RoomType.TWIN, 1),
                        new RoomBlocks.Held(HOTEL_B, MAY_10, RoomType.TWIN, 3)),
                List.of(new RoomBlocks.Occupied(HOTEL_A, UUID.randomUUID(), RoomType.TWIN, MAY_10, MAY_11),
                        new RoomBlocks.Occupied(HOTEL_A, UUID.randomUUID(), RoomType.TWIN, MAY_10, MAY_11),
                        new RoomBlocks.Occupied(HOTEL_A, UUID.randomUUID(), RoomType.SUITE, MAY_10, MAY_11),
                        new RoomBlocks.Occupied(HOTEL_B, UUID.randomUUID(), RoomType.TWIN, null, MAY_11)),
                Comparator.naturalOrder());
        assertEquals(List.of(new RoomBlocks.Line(HOTEL_A, MAY_10, RoomType.TWIN, 1, 2),
                new RoomBlocks.Line(HOTEL_A, MAY_10, RoomType.SUITE, 0, 1),
                new RoomBlocks.Line(HOTEL_B, MAY_10, RoomType.TWIN, 3, 0)), lines);
        assertEquals(List.of(new RoomBlocks.Total(MAY_10, 4, 3, 3, 2)), RoomBlocks.totals(lines));
    }
}
