package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.RoomBlockRequest;
import io.huiwu.logistics.api.RoomBlockUsageView;
import io.huiwu.logistics.api.RoomBlockView;
import io.huiwu.logistics.domain.StayStatus;
import io.huiwu.logistics.domain.lodging.RoomBlocks;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.RoomBlockEntity;
import io.huiwu.logistics.persistence.RoomBlockNightEntity;
import io.huiwu.logistics.persistence.RoomEntity;
import io.huiwu.logistics.persistence.StayEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hotels' blocks (预订房间数): set whole per hotel, and read against the rooms the stays use (domain
 * {@link RoomBlocks}).
 */
@ApplicationScoped
public class RoomBlockService {

    static final Message BLOCK = Message.of("The room block of hotel", "酒店的预订房间数");

    private final LodgingRepositories.Blocks blocks;
    private final LodgingRepositories.BlockNights nights;
    private final LodgingRepositories.Hotels hotels;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRepositories.Stays stays;
    private final InventoryService inventory;
    private final StayNights stayNights;

    public RoomBlockService(LodgingRepositories.Blocks blocks, LodgingRepositories.BlockNights nights,
            LodgingRepositories.Hotels hotels, LodgingRepositories.Rooms rooms, LodgingRepositories.Stays stays,
            InventoryService inventory, StayNights stayNights) {
        this.blocks = blocks;
        this.nights = nights;
        this.hotels = hotels;
        this.rooms = rooms;
        this.stays = stays;
        this.inventory = inventory;
        this.stayNights = stayNights;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoomBlockView get(UUID meetingId, UUID hotelId) {
        HotelEntity hotel = inventory.requireHotel(meetingId, hotelId);
        RoomBlockEntity block = blocks.findById(hotelId);
        if (block == null) {
            throw ProblemException.notFound(BLOCK, hotelId);
        }
        return view(hotel, block);
    }

    /**
     * Replaces the hotel's block. A block not yet set is created without {@code expectedVersion}; one that exists
     * needs it (428 without). Nights must lie within the meeting's default nights when its dates are known.
     */
    @Transactional
    public RoomBlockView put(UUID meetingId, UUID hotelId, Long expectedVersion, RoomBlockRequest request,
            String actor) {
        HotelEntity hotel = inventory.requireHotel(meetingId, hotelId);
        validate(meetingId, request);
        // the hotel's row serialises two members of staff setting its block at once, the first time too (when there
        // is no block row to lock yet): the second then finds the first's block and needs its version
        blocks.getEntityManager().lock(hotel, LockModeType.PESSIMISTIC_WRITE);
        RoomBlockEntity block = blocks.findById(hotelId);
        if (block != null) {
            long expected = expectedVersion == null ? Versions.required(null) : expectedVersion;
            Versions.check(expected, block.version, BLOCK);
        } else {
            if (expectedVersion != null && expectedVersion != 0) {
                Versions.check(expectedVersion, 0, BLOCK);
            }
            block = new RoomBlockEntity();
            block.hotelId = hotelId;
            block.meetingId = meetingId;
        }
        block.releaseDate = request.releaseDate();
        block.rateNote = InventoryService.blankToNull(request.rateNote());
        block.updatedBy = actor;
        // a new time each write, so the version (the ETag) moves even when only the nights change
        block.updatedAt = InventoryService.now();
        if (!blocks.isPersistent(block)) {
            blocks.persist(block);
        }
        nights.delete("hotelId", hotelId);
        nights.flush();
        for (RoomBlockRequest.Night night : request.nights()) {
            RoomBlockNightEntity row = new RoomBlockNightEntity();
            row.id = UUID.randomUUID();
            row.hotelId = hotelId;
            row.meetingId = meetingId;
            row.night = night.night();
            row.roomType = night.roomType();
            row.rooms = night.rooms();
            nights.persist(row);
        }
        blocks.flush();
        return view(hotel, block);
    }

    private void validate(UUID meetingId, RoomBlockRequest request) {
        StayNights.MeetingNights meeting = stayNights.meetingNights(meetingId);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.nights().size(); i++) {
            RoomBlockRequest.Night night = request.nights().get(i);
            String field = "nights[" + i + "].night";
            if (meeting != null && (night.night().isBefore(meeting.arrival())
                    || !night.night().isBefore(meeting.departure()))) {
                throw ProblemException.invalidField(field, Message.of("{0} is not one of the meeting''s nights"
                        + " ({1} to {2})", "{0} 不在会期住宿晚数内（{1} 至 {2}）", night.night(), meeting.arrival(),
                        meeting.departure().minusDays(1)));
            }
            if (!seen.add(night.night() + "/" + night.roomType())) {
                throw ProblemException.invalidField(field, Message.of("{0} {1} is given twice",
                        "{0} {1} 重复填写", night.night(), night.roomType()));
            }
        }
    }

    /** Rooms held and used per night, hotel and type (one hotel, one night when given), with totals per night. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoomBlockUsageView usage(UUID meetingId, UUID hotelId, LocalDate night) {
        if (hotelId != null) {
            inventory.requireHotel(meetingId, hotelId);
        }
        Map<UUID, HotelEntity> byId = hotels.list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(h -> h.id, Function.identity()));
        Map<UUID, RoomEntity> roomsById = rooms.list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<RoomBlocks.Held> held = nights.list("meetingId", meetingId).stream()
                .filter(n -> hotelId == null || hotelId.equals(n.hotelId))
                .map(n -> new RoomBlocks.Held(n.hotelId, n.night, n.roomType, n.rooms)).toList();
        List<StayEntity> open = stays.list("meetingId = ?1 and status <> ?2", meetingId, StayStatus.CANCELLED)
                .stream().filter(s -> hotelId == null || hotelId.equals(s.hotelId))
                .filter(s -> roomsById.containsKey(s.roomId)).toList();
        List<RoomBlocks.Occupied> occupied = open.stream().map(s -> new RoomBlocks.Occupied(s.hotelId, s.roomId,
                roomsById.get(s.roomId).type, s.arrival, s.departure)).toList();
        Comparator<UUID> hotelOrder = Comparator.comparing((UUID id) -> byId.containsKey(id) ? byId.get(id).name
                : "").thenComparing(Function.identity());
        List<RoomBlocks.Line> lines = RoomBlocks.lines(held, occupied, hotelOrder).stream()
                .filter(l -> night == null || night.equals(l.night())).toList();
        int undated = (int) open.stream().filter(s -> s.arrival == null || s.departure == null).count();
        return new RoomBlockUsageView(
                lines.stream().map(l -> new RoomBlockUsageView.Line(l.night(), l.hotelId(),
                        byId.containsKey(l.hotelId()) ? byId.get(l.hotelId()).name : "", l.type(), l.blocked(),
                        l.used(), l.free(), l.over(), l.over() > 0)).toList(),
                RoomBlocks.totals(lines).stream().map(t -> new RoomBlockUsageView.Total(t.night(), t.blocked(),
                        t.used(), t.free(), t.over(), t.over() > 0)).toList(),
                undated);
    }

    private RoomBlockView view(HotelEntity hotel, RoomBlockEntity block) {
        List<RoomBlockRequest.Night> rows = nights.list("hotelId", hotel.id).stream()
                .sorted(Comparator.comparing((RoomBlockNightEntity n) -> n.night).thenComparing(n -> n.roomType))
                .map(n -> new RoomBlockRequest.Night(n.night, n.roomType, n.rooms)).toList();
        return new RoomBlockView(hotel.id, hotel.name, block.releaseDate, block.rateNote, rows, block.updatedBy,
                block.updatedAt, block.version);
    }
}
