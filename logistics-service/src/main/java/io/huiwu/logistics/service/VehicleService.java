package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.VehicleRequest;
import io.huiwu.logistics.api.VehicleView;
import io.huiwu.logistics.event.TransportEvents;
import io.huiwu.logistics.mapping.TransportMapping;
import io.huiwu.logistics.persistence.ReturnTripRepositories;
import io.huiwu.logistics.persistence.SiteVisitStore;
import io.huiwu.logistics.persistence.TransportRepositories;
import io.huiwu.logistics.persistence.VehicleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The meeting's vehicles. A plate is unique in the meeting; each registration or change publishes
 * {@code vehicle-registered}, from which registration issues the vehicle's pass. The driver's phone stays here.
 */
@ApplicationScoped
public class VehicleService {

    private final TransportRepositories.Vehicles vehicles;
    private final TransportRepositories.Pickups pickups;
    private final ReturnTripRepositories.SendOffs sendOffs;
    private final TransportEvents events;
    private final SiteVisitStore siteVisits;

    public VehicleService(TransportRepositories.Vehicles vehicles, TransportRepositories.Pickups pickups,
            ReturnTripRepositories.SendOffs sendOffs, TransportEvents events, SiteVisitStore siteVisits) {
        this.vehicles = vehicles;
        this.pickups = pickups;
        this.sendOffs = sendOffs;
        this.events = events;
        this.siteVisits = siteVisits;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VehicleView> list(UUID meetingId) {
        return vehicles.find("meetingId = ?1 order by kind, plate", meetingId).list().stream()
                .map(TransportMapping::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VehicleView get(UUID meetingId, UUID vehicleId) {
        return TransportMapping.view(require(meetingId, vehicleId));
    }

    @Transactional
    public VehicleView create(UUID meetingId, VehicleRequest request, String actor) {
        String plate = plate(request.plate());
        requireUniquePlate(meetingId, plate, null);
        VehicleEntity vehicle = new VehicleEntity();
        vehicle.id = UUID.randomUUID();
        vehicle.meetingId = meetingId;
        fill(vehicle, plate, request, actor);
        vehicles.persist(vehicle);
        vehicles.flush();
        events.vehicleRegistered(TransportMapping.registered(vehicle));
        return TransportMapping.view(vehicle);
    }

    @Transactional
    public VehicleView update(UUID meetingId, UUID vehicleId, long expectedVersion, VehicleRequest request,
            String actor) {
        VehicleEntity vehicle = require(meetingId, vehicleId);
        Versions.check(expectedVersion, vehicle.version, RecordNames.VEHICLE);
        String plate = plate(request.plate());
        requireUniquePlate(meetingId, plate, vehicleId);
        fill(vehicle, plate, request, actor);
        vehicles.flush();
        events.vehicleRegistered(TransportMapping.registered(vehicle));
        return TransportMapping.view(vehicle);
    }

    @Transactional
    public void delete(UUID meetingId, UUID vehicleId) {
        VehicleEntity vehicle = require(meetingId, vehicleId);
        long serving = pickups.count("vehicleId", vehicleId);
        if (serving > 0) {
            throw ProblemException.conflict(Message.of("{0} serves {1} pickups: plan them without it first",
                    "{0} 已承担 {1} 个接站任务：请先重新安排", vehicle.plate, serving));
        }
        long sending = sendOffs.count("vehicleId", vehicleId);
        if (sending > 0) {
            throw ProblemException.conflict(Message.of("{0} serves {1} send-offs: plan them without it first",
                    "{0} 已承担 {1} 个送站任务：请先重新安排", vehicle.plate, sending));
        }
        long visiting = siteVisits.busesOf(vehicleId);
        if (visiting > 0) {
            throw ProblemException.conflict(Message.of("{0} is a bus of {1} site visits: plan them without it first",
                    "{0} 已承担 {1} 次现场参观用车：请先重新安排", vehicle.plate, visiting));
        }
        vehicles.delete(vehicle);
    }

    public VehicleEntity require(UUID meetingId, UUID vehicleId) {
        return vehicles.find("id = ?1 and meetingId = ?2", vehicleId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.VEHICLE, vehicleId));
    }

    /** A plate as kept: without surrounding blanks, in capitals, so that 京a12345 and 京A12345 are one plate. */
    static String plate(String plate) {
        return plate.strip().toUpperCase(Locale.ROOT);
    }

    private void requireUniquePlate(UUID meetingId, String plate, UUID except) {
        VehicleEntity same = vehicles.find("meetingId = ?1 and plate = ?2", meetingId, plate).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw DiningService.duplicate("plate", Message.of("is already the plate of vehicle {0}",
                    "已是车辆 {0} 的车牌号", same.id));
        }
    }

    private static void fill(VehicleEntity vehicle, String plate, VehicleRequest request, String actor) {
        vehicle.plate = plate;
        vehicle.kind = request.kind();
        vehicle.seats = request.seats();
        vehicle.luggage = request.luggage() == null ? 0 : request.luggage();
        vehicle.driverName = InventoryService.blankToNull(request.driverName());
        vehicle.driverPhone = InventoryService.blankToNull(request.driverPhone());
        vehicle.staffInCharge = InventoryService.blankToNull(request.staffInCharge());
        vehicle.updatedBy = actor;
        vehicle.updatedAt = InventoryService.now();
    }
}
