package io.huiwu.logistics.domain;

import io.huiwu.logistics.domain.rooming.DelegationHotels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DelegationHotelsTest {

    private static final DelegationHotels.Hotel BIG = new DelegationHotels.Hotel(UUID.randomUUID(), "京西宾馆", 10);
    private static final DelegationHotels.Hotel SMALL = new DelegationHotels.Hotel(UUID.randomUUID(), "友谊宾馆", 6);

    @Test
    void eachDelegationGoesWholeIntoOneHotelLargestFirst() {
        List<DelegationHotels.Person> people = new ArrayList<>();
        people.addAll(members("长安区代表团", 7));
        people.addAll(members("雁塔区代表团", 5));
        people.addAll(members("碑林区代表团", 3));
        DelegationHotels.Placement placement = DelegationHotels.place(people, List.of(BIG, SMALL));
        for (String delegation : List.of("长安区代表团", "雁塔区代表团", "碑林区代表团")) {
            Set<UUID> hotels = people.stream().filter(p -> p.delegation().equals(delegation))
                    .map(p -> placement.hotelOf().get(p.id())).collect(Collectors.toSet());
            assertEquals(1, hotels.size(), delegation + " is split over " + hotels);
        }
        // 7 into the hotel of 10, then 5 into the one of 6 (more free beds than the 3 left), then 3 into the first
        assertEquals(BIG.id(), hotelOf(placement, people, "长安区代表团"));
        assertEquals(SMALL.id(), hotelOf(placement, people, "雁塔区代表团"));
        assertEquals(BIG.id(), hotelOf(placement, people, "碑林区代表团"));
        assertTrue(placement.split().isEmpty());
    }

    @Test
    void aDelegationFollowsItsMembersPlacedByHandAndAStrayPinIsReported() {
        List<DelegationHotels.Person> people = new ArrayList<>(members("长安区代表团", 3));
        DelegationHotels.Person inSmall = new DelegationHotels.Person(UUID.randomUUID(), "长安区代表团", SMALL.id());
        DelegationHotels.Person alsoInSmall = new DelegationHotels.Person(UUID.randomUUID(), "长安区代表团",
                SMALL.id());
        DelegationHotels.Person stray = new DelegationHotels.Person(UUID.randomUUID(), "长安区代表团", BIG.id());
        people.addAll(List.of(inSmall, alsoInSmall, stray));
        DelegationHotels.Placement placement = DelegationHotels.place(people, List.of(BIG, SMALL));
        assertEquals(SMALL.id(), placement.hotelOf().get(people.get(0).id()));
        assertEquals(BIG.id(), placement.hotelOf().get(stray.id()), "a pinned person is never moved");
        assertEquals(List.of(stray.id()), placement.split());
    }

    @Test
    void theSameInputGivesTheSamePlan() {
        List<DelegationHotels.Person> people = new ArrayList<>(members("甲", 4));
        people.addAll(members("乙", 4));
        people.add(new DelegationHotels.Person(UUID.randomUUID(), null, null));
        List<DelegationHotels.Person> reversed = new ArrayList<>(people);
        Collections.reverse(reversed);
        assertEquals(DelegationHotels.place(people, List.of(BIG, SMALL)).hotelOf(),
                DelegationHotels.place(reversed, List.of(SMALL, BIG)).hotelOf());
    }

    @Test
    void withoutHotelsNobodyIsPlaced() {
        assertTrue(DelegationHotels.place(members("甲", 2), List.of()).hotelOf().isEmpty());
    }

    private static List<DelegationHotels.Person> members(String delegation, int count) {
        List<DelegationHotels.Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new DelegationHotels.Person(UUID.randomUUID(), delegation, null));
        }
        return people;
    }

    private static UUID hotelOf(DelegationHotels.Placement placement, List<DelegationHotels.Person> people,
            String delegation) {
        return people.stream().filter(p -> delegation.equals(p.delegation())).findFirst()
                .map(p -> placement.hotelOf().get(p.id())).orElseThrow();
    }
}
