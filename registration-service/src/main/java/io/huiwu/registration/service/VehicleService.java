package io.huiwu.registration.service;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.persistence.CheckInRepositories;
import io.huiwu.registration.persistence.VehicleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The vehicles of each meeting, as logistics registers them (vehicle-registered on logistics.transport): vehicles
 * and drivers belong to logistics (EVENTS.md, "Decisions on ownership"); registration keeps what a 车辆通行证
 * needs, the plate, the kind and the driver's name.
 */
@ApplicationScoped
public class VehicleService {

    private static final String REGISTER = "insert into vehicle (id, meeting_id, plate, kind, driver, registered_at)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (id) do update set plate = excluded.plate,"
            + " kind = excluded.kind, driver = excluded.driver, registered_at = excluded.registered_at"
            + " where vehicle.meeting_id = excluded.meeting_id";

    private final CheckInRepositories.Vehicles vehicles;

    public VehicleService(CheckInRepositories.Vehicles vehicles) {
        this.vehicles = vehicles;
    }

    /** A vehicle registered (or registered again, with a new plate or driver), in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(UUID meetingId, UUID vehicleId, String plate, String kind, String driver) {
        if (meetingId == null || vehicleId == null || plate == null || plate.isBlank()) {
            throw new EventCodec.MalformedEventException("a vehicle needs meetingId, vehicleId and plate");
        }
        vehicles.getEntityManager().createNativeQuery(REGISTER).setParameter(1, vehicleId)
                .setParameter(2, meetingId).setParameter(3, cut(plate, 20)).setParameter(4, cut(kind, 30))
                .setParameter(5, cut(driver, 100)).setParameter(6, MeetingService.now()).executeUpdate();
    }

    /** The vehicle a request names, or a 400 naming the field. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VehicleEntity require(UUID meetingId, UUID vehicleId, String field) {
        return vehicles.find("id = ?1 and meetingId = ?2", vehicleId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalidField(field, Message.of(
                        "is not a vehicle registered for this meeting (logistics registers vehicles)",
                        "不是本次会议已登记的车辆（车辆由保障组登记）")));
    }

    /** The meeting's vehicles, by plate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VehicleEntity> ofMeeting(UUID meetingId) {
        return vehicles.find("meetingId = ?1 order by plate, id", meetingId).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, VehicleEntity> byId(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : vehicles.find("id in ?1", ids).list().stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
    }

    private static String cut(String text, int length) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length);
    }
}
