package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.BuildingRequest;
import io.huiwu.logistics.api.BuildingView;
import io.huiwu.logistics.api.FloorRequest;
import io.huiwu.logistics.api.FloorView;
import io.huiwu.logistics.api.HotelRequest;
import io.huiwu.logistics.api.HotelView;
import io.huiwu.logistics.api.RoomRequest;
import io.huiwu.logistics.api.RoomView;
import io.huiwu.logistics.domain.RoomType;
import io.huiwu.logistics.mapping.InventoryMapping;
import io.huiwu.logistics.persistence.BuildingEntity;
import io.huiwu.logistics.persistence.FloorEntity;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.RoomEntity;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lodging inventory of a meeting: hotels, their buildings and floors, and the rooms with their type, beds and
 * telephone. A place is removed only when nothing is left inside it, a room only while nobody sleeps in it, and a
 * room keeps at least as many beds as are given.
 */
@ApplicationScoped
public class InventoryService {

    private final LodgingRepositories.Hotels hotels;
    private final LodgingRepositories.Buildings buildings;
    private final LodgingRepositories.Floors floors;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRepositories.Assignments assignments;

    public InventoryService(LodgingRepositories.Hotels hotels, LodgingRepositories.Buildings buildings,
            LodgingRepositories.Floors floors, LodgingRepositories.Rooms rooms,
            LodgingRepositories.Assignments assignments) {
        this.hotels = hotels;
        this.buildings = buildings;
        this.floors = floors;
        this.rooms = rooms;
        this.assignments = assignments;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    // hotels

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HotelView> listHotels(UUID meetingId) {
        return hotels.find("meetingId = ?1 order by name", meetingId).list().stream().map(this::hotelView).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HotelView getHotel(UUID meetingId, UUID hotelId) {
        return hotelView(requireHotel(meetingId, hotelId));
    }

    @Transactional
    public HotelView createHotel(UUID meetingId, HotelRequest request, String actor) {
        String name = request.name().strip();
        requireUniqueHotel(meetingId, name, null);
        HotelEntity hotel = new HotelEntity();
        hotel.id = UUID.randomUUID();
        hotel.meetingId = meetingId;
        fill(hotel, name, request, actor);
        hotels.persist(hotel);
        hotels.flush();
        return hotelView(hotel);
    }

    @Transactional
    public HotelView updateHotel(UUID meetingId, UUID hotelId, long expectedVersion, HotelRequest request,
            String actor) {
        HotelEntity hotel = requireHotel(meetingId, hotelId);
        Versions.check(expectedVersion, hotel.version, RecordNames.HOTEL);
        String name = request.name().strip();
        requireUniqueHotel(meetingId, name, hotelId);
        fill(hotel, name, request, actor);
        hotels.flush();
        return hotelView(hotel);
    }

    @Transactional
    public void deleteHotel(UUID meetingId, UUID hotelId) {
        HotelEntity hotel = requireHotel(meetingId, hotelId);
        long inside = buildings.count("hotelId", hotelId);
        if (inside > 0) {
            throw ProblemException.conflict(Message.of("{0} still has {1} buildings: remove them first",
                    "{0} 仍有 {1} 栋楼：请先删除", hotel.name, inside));
        }
        hotels.delete(hotel);
    }

    private static void fill(HotelEntity hotel, String name, HotelRequest request, String actor) {
        hotel.name = name;
        hotel.address = blankToNull(request.address());
        hotel.phone = blankToNull(request.phone());
        hotel.updatedBy = actor;
        hotel.updatedAt = now();
    }

    private void requireUniqueHotel(UUID meetingId, String name, UUID except) {
        HotelEntity same = hotels.find("meetingId = ?1 and name = ?2", meetingId, name).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw duplicate("name", Message.of("is already the name of hotel {0}", "已是酒店 {0} 的名称", same.id));
        }
    }

    public HotelEntity requireHotel(UUID meetingId, UUID hotelId) {
        return hotels.find("id = ?1 and meetingId = ?2", hotelId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.HOTEL, hotelId));
    }

    private HotelView hotelView(HotelEntity hotel) {
        List<RoomEntity> inHotel = rooms.list("hotelId", hotel.id);
        return InventoryMapping.view(hotel, (int) buildings.count("hotelId", hotel.id), inHotel.size(),
                inHotel.stream().mapToInt(r -> r.beds).sum());
    }

    // buildings

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BuildingView> listBuildings(UUID meetingId, UUID hotelId) {
        requireHotel(meetingId, hotelId);
        return buildings.find("hotelId = ?1 order by name", hotelId).list().stream().map(this::buildingView).toList();
    }

    @Transactional
    public BuildingView createBuilding(UUID meetingId, UUID hotelId, BuildingRequest request) {
        requireHotel(meetingId, hotelId);
        String name = request.name().strip();
        requireUniqueBuilding(hotelId, name, null);
        BuildingEntity building = new BuildingEntity();
        building.id = UUID.randomUUID();
        building.meetingId = meetingId;
        building.hotelId = hotelId;
        building.name = name;
        building.updatedAt = now();
        buildings.persist(building);
        buildings.flush();
        return buildingView(building);
    }

    @Transactional
    public BuildingView updateBuilding(UUID meetingId, UUID buildingId, long expectedVersion,
            BuildingRequest request) {
        BuildingEntity building = requireBuilding(meetingId, buildingId);
        Versions.check(expectedVersion, building.version, RecordNames.BUILDING);
        String name = request.name().strip();
        requireUniqueBuilding(building.hotelId, name, buildingId);
        building.name = name;
        building.updatedAt = now();
        buildings.flush();
        return buildingView(building);
    }

    @Transactional
    public void deleteBuilding(UUID meetingId, UUID buildingId) {
        BuildingEntity building = requireBuilding(meetingId, buildingId);
        long inside = floors.count("buildingId", buildingId);
        if (inside > 0) {
            throw ProblemException.conflict(Message.of("{0} still has {1} floors: remove them first",
                    "{0} 仍有 {1} 个楼层：请先删除", building.name, inside));
        }
        buildings.delete(building);
    }

    private void requireUniqueBuilding(UUID hotelId, String name, UUID except) {
        BuildingEntity same = buildings.find("hotelId = ?1 and name = ?2", hotelId, name).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw duplicate("name", Message.of("is already the name of a building of this hotel",
                    "已是该酒店另一栋楼的名称"));
        }
    }

    public BuildingEntity requireBuilding(UUID meetingId, UUID buildingId) {
        return buildings.find("id = ?1 and meetingId = ?2", buildingId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.BUILDING, buildingId));
    }

    private BuildingView buildingView(BuildingEntity building) {
        return InventoryMapping.view(building, (int) floors.count("buildingId", building.id));
    }

    // floors

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FloorView> listFloors(UUID meetingId, UUID buildingId) {
        requireBuilding(meetingId, buildingId);
        return floors.find("buildingId = ?1 order by level", buildingId).list().stream().map(this::floorView).toList();
    }

    @Transactional
    public FloorView createFloor(UUID meetingId, UUID buildingId, FloorRequest request) {
        requireBuilding(meetingId, buildingId);
        requireUniqueLevel(buildingId, request.level(), null);
        FloorEntity floor = new FloorEntity();
        floor.id = UUID.randomUUID();
        floor.meetingId = meetingId;
        floor.buildingId = buildingId;
        floor.level = request.level();
        floor.name = blankToNull(request.name());
        floor.updatedAt = now();
        floors.persist(floor);
        floors.flush();
        return floorView(floor);
    }

    @Transactional
    public FloorView updateFloor(UUID meetingId, UUID floorId, long expectedVersion, FloorRequest request) {
        FloorEntity floor = requireFloor(meetingId, floorId);
        Versions.check(expectedVersion, floor.version, RecordNames.FLOOR);
        requireUniqueLevel(floor.buildingId, request.level(), floorId);
        floor.level = request.level();
        floor.name = blankToNull(request.name());
        floor.updatedAt = now();
        floors.flush();
        return floorView(floor);
    }

    @Transactional
    public void deleteFloor(UUID meetingId, UUID floorId) {
        FloorEntity floor = requireFloor(meetingId, floorId);
        long inside = rooms.count("floorId", floorId);
        if (inside > 0) {
            throw ProblemException.conflict(Message.of("floor {0} still has {1} rooms: remove them first",
                    "{0} 层仍有 {1} 个房间：请先删除", floor.level, inside));
        }
        floors.delete(floor);
    }

    private void requireUniqueLevel(UUID buildingId, int level, UUID except) {
        FloorEntity same = floors.find("buildingId = ?1 and level = ?2", buildingId, level).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw duplicate("level", Message.of("is already a floor of this building", "该楼栋已有此楼层"));
        }
    }

    public FloorEntity requireFloor(UUID meetingId, UUID floorId) {
        return floors.find("id = ?1 and meetingId = ?2", floorId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.FLOOR, floorId));
    }

    private FloorView floorView(FloorEntity floor) {
        return InventoryMapping.view(floor, (int) rooms.count("floorId", floor.id));
    }

    // rooms

    /** The criteria of a list of rooms; each may be left out. */
    public record RoomQuery(UUID hotelId, UUID buildingId, UUID floorId, RoomType type) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoomView> listRooms(UUID meetingId, RoomQuery query) {
        StringBuilder where = new StringBuilder("meetingId = :meeting");
        Parameters parameters = Parameters.with("meeting", meetingId);
        if (query.hotelId() != null) {
            where.append(" and hotelId = :hotel");
            parameters.and("hotel", query.hotelId());
        }
        if (query.floorId() != null) {
            where.append(" and floorId = :floor");
            parameters.and("floor", query.floorId());
        }
        if (query.buildingId() != null) {
            where.append(" and floorId in (select f.id from FloorEntity f where f.buildingId = :building)");
            parameters.and("building", query.buildingId());
        }
        if (query.type() != null) {
            where.append(" and type = :type");
            parameters.and("type", query.type());
        }
        return views(meetingId, rooms.list(where.toString(), parameters));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoomView getRoom(UUID meetingId, UUID roomId) {
        return views(meetingId, List.of(requireRoom(meetingId, roomId))).get(0);
    }

    @Transactional
    public RoomView createRoom(UUID meetingId, UUID floorId, RoomRequest request) {
        FloorEntity floor = requireFloor(meetingId, floorId);
        BuildingEntity building = buildings.findById(floor.buildingId);
        String number = request.number().strip();
        requireFits(request);
        requireUniqueNumber(building.hotelId, number, null);
        RoomEntity room = new RoomEntity();
        room.id = UUID.randomUUID();
        room.meetingId = meetingId;
        room.hotelId = building.hotelId;
        room.floorId = floorId;
        fill(room, number, request);
        rooms.persist(room);
        rooms.flush();
        return views(meetingId, List.of(room)).get(0);
    }

    @Transactional
    public RoomView updateRoom(UUID meetingId, UUID roomId, long expectedVersion, RoomRequest request) {
        RoomEntity room = requireRoom(meetingId, roomId);
        Versions.check(expectedVersion, room.version, RecordNames.ROOM);
        String number = request.number().strip();
        requireFits(request);
        requireUniqueNumber(room.hotelId, number, roomId);
        long highestBed = assignments.find("roomId = ?1 order by bed desc", roomId).firstResultOptional()
                .map(a -> a.bed).orElse(0);
        if (request.beds() < highestBed) {
            Message message = Message.of("cannot be fewer than {0}: bed {0} is given to someone",
                    "不能少于 {0}：{0} 号床已分配", highestBed);
            throw new ProblemException(ProblemType.CONFLICT, Message.of("beds {0}", "beds：{0}", message),
                    List.of(new ProblemException.FieldIssue("beds", message)));
        }
        fill(room, number, request);
        rooms.flush();
        return views(meetingId, List.of(room)).get(0);
    }

    @Transactional
    public void deleteRoom(UUID meetingId, UUID roomId) {
        RoomEntity room = requireRoom(meetingId, roomId);
        long sleeping = assignments.count("roomId", roomId);
        if (sleeping > 0) {
            throw ProblemException.conflict(Message.of("room {0} has {1} people assigned: move them first",
                    "房间 {0} 已分配 {1} 人：请先调出", room.number, sleeping));
        }
        rooms.delete(room);
    }

    private static void requireFits(RoomRequest request) {
        if (!request.type().fits(request.beds())) {
            throw ProblemException.invalidField("beds", request.type() == RoomType.SINGLE
                    ? Message.of("must be 1 for a SINGLE room", "单人间必须为 1 张床")
                    : Message.of("must be at least 2 for a TWIN room", "标准间至少 2 张床"));
        }
    }

    private void requireUniqueNumber(UUID hotelId, String number, UUID except) {
        RoomEntity same = rooms.find("hotelId = ?1 and number = ?2", hotelId, number).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw duplicate("number", Message.of("is already a room of this hotel", "该酒店已有此房号"));
        }
    }

    private static void fill(RoomEntity room, String number, RoomRequest request) {
        room.number = number;
        room.type = request.type();
        room.beds = request.beds();
        room.phone = blankToNull(request.phone());
        room.updatedAt = now();
    }

    public RoomEntity requireRoom(UUID meetingId, UUID roomId) {
        return rooms.find("id = ?1 and meetingId = ?2", roomId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.ROOM, roomId));
    }

    /** Rooms with their hotel, building and floor, ordered by hotel, building, floor and number. */
    List<RoomView> views(UUID meetingId, List<RoomEntity> found) {
        Map<UUID, HotelEntity> hotelsById = hotels.list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(h -> h.id, Function.identity()));
        Map<UUID, FloorEntity> floorsById = floors.list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(f -> f.id, Function.identity()));
        Map<UUID, BuildingEntity> buildingsById = buildings.list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(b -> b.id, Function.identity()));
        return found.stream().map(room -> {
            FloorEntity floor = floorsById.get(room.floorId);
            return InventoryMapping.view(room, hotelsById.get(room.hotelId), buildingsById.get(floor.buildingId),
                    floor);
        }).sorted(Comparator.comparing(RoomView::hotel).thenComparing(RoomView::building)
                .thenComparingInt(RoomView::floor).thenComparing(RoomView::number)).toList();
    }

    private static ProblemException duplicate(String field, Message message) {
        return new ProblemException(ProblemType.CONFLICT, Message.of("{0} {1}", "{0}：{1}", field, message),
                List.of(new ProblemException.FieldIssue(field, message)));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
