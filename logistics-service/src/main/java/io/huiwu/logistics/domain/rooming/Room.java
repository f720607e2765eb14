package io.huiwu.logistics.domain.rooming;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import io.huiwu.logistics.domain.RoomType;

import java.util.UUID;

/** A room as the planner sees it: where it is, what kind, how many beds. */
public class Room {

    @PlanningId
    private UUID id;
    private UUID hotelId;
    private String floorKey;
    private String number;
    private RoomType type;
    private int beds;

    public Room() {
    }

    /**
     * @param floorKey the building and floor, the same for rooms on one floor: "close together" means on one
     */
    public Room(UUID id, UUID hotelId, String floorKey, String number, RoomType type, int beds) {
        this.id = id;
        this.hotelId = hotelId;
        this.floorKey = floorKey;
        this.number = number;
        this.type = type;
        this.beds = beds;
    }

    public UUID getId() {
        return id;
    }

    public UUID getHotelId() {
        return hotelId;
    }

    public String getFloorKey() {
        return floorKey;
    }

    public String getNumber() {
        return number;
    }

    public RoomType getType() {
        return type;
    }

    public int getBeds() {
        return beds;
    }

    public boolean isSuite() {
        return type == RoomType.SUITE;
    }

    @Override
    public String toString() {
        return number;
    }
}
