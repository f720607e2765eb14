package io.huiwu.logistics.mapping;

import io.huiwu.logistics.api.VehicleView;
import io.huiwu.logistics.event.TransportEvents;
import io.huiwu.logistics.persistence.VehicleEntity;

/** Entities of transport to the records the API returns and the events publish. */
public final class TransportMapping {

    private TransportMapping() {
    }

    public static VehicleView view(VehicleEntity vehicle) {
        return new VehicleView(vehicle.id, vehicle.meetingId, vehicle.plate, vehicle.kind, vehicle.seats,
                vehicle.luggage, vehicle.driverName, vehicle.driverPhone, vehicle.staffInCharge, vehicle.updatedAt,
                vehicle.version);
    }

    /** The vehicle as registration reads it, without the driver's phone. */
    public static TransportEvents.VehicleRegistered registered(VehicleEntity vehicle) {
        return new TransportEvents.VehicleRegistered(vehicle.meetingId, vehicle.id, vehicle.plate,
                vehicle.kind.name(), vehicle.driverName, vehicle.seats, vehicle.luggage, vehicle.staffInCharge);
    }
}
