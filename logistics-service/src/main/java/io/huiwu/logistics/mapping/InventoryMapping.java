package io.huiwu.logistics.mapping;

import io.huiwu.logistics.api.BuildingView;
import io.huiwu.logistics.api.FloorView;
import io.huiwu.logistics.api.HotelView;
import io.huiwu.logistics.api.RoomView;
import io.huiwu.logistics.persistence.BuildingEntity;
import io.huiwu.logistics.persistence.FloorEntity;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.RoomEntity;

/** Entities of the lodging inventory to the records the API returns. */
public final class InventoryMapping {

    private InventoryMapping() {
    }

    public static HotelView view(HotelEntity hotel, int buildings, int rooms, int beds) {
        return new HotelView(hotel.id, hotel.meetingId, hotel.name, hotel.address, hotel.phone, buildings, rooms, beds,
                hotel.updatedAt, hotel.version);
    }

    public static BuildingView view(BuildingEntity building, int floors) {
        return new BuildingView(building.id, building.hotelId, building.name, floors, building.version);
    }

    public static FloorView view(FloorEntity floor, int rooms) {
        return new FloorView(floor.id, floor.buildingId, floor.level, floor.name, rooms, floor.version);
    }

    public static RoomView view(RoomEntity room, HotelEntity hotel, BuildingEntity building, FloorEntity floor) {
        return new RoomView(room.id, hotel.id, hotel.name, building.id, building.name, floor.id, floor.level,
                room.number, room.type, room.beds, room.phone, room.version);
    }
}
