package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.logistics.api.PlacementRequest;
import io.huiwu.logistics.api.RoomHistoryView;
import io.huiwu.logistics.api.StayPatch;
import io.huiwu.logistics.api.StayView;
import io.huiwu.logistics.domain.StayStatus;
import io.huiwu.logistics.event.LodgingSnapshot;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.LodgingRoster;
import io.huiwu.logistics.persistence.RoomEntity;
import io.huiwu.logistics.persistence.StayEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stays as staff keep them: the nights (changed field by field, never replaced whole), cancelling (the bed is given
 * up, the stay remembers it) and reinstating (the same bed back if nobody has taken it).
 */
@ApplicationScoped
public class StayService {

    static final Message STAY = Message.of("A stay of attendee", "参会人员的住宿");

    private final LodgingRepositories.Stays stays;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRepositories.Hotels hotels;
    private final LodgingRepositories.RoomHistory history;
    private final AssignmentService assignments;
    private final LodgingRoster roster;

    public StayService(LodgingRepositories.Stays stays, LodgingRepositories.Rooms rooms,
            LodgingRepositories.Hotels hotels, LodgingRepositories.RoomHistory history, AssignmentService assignments,
            LodgingRoster roster) {
        this.stays = stays;
        this.rooms = rooms;
        this.hotels = hotels;
        this.history = history;
        this.assignments = assignments;
        this.roster = roster;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StayView> list(UUID meetingId, UUID hotelId, StayStatus status) {
        Names names = names(meetingId);
        return stays.list("meetingId", meetingId).stream()
                .filter(s -> hotelId == null || hotelId.equals(s.hotelId))
                .filter(s -> status == null || status == s.status)
                .map(s -> view(s, names))
                .sorted(Comparator.comparing(StayView::hotel).thenComparing(v -> v.room() == null ? "" : v.room())
                        .thenComparingInt(StayView::bed).thenComparing(StayView::name))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StayView get(UUID meetingId, UUID attendeeId) {
        return view(require(meetingId, attendeeId), names(meetingId));
    }

    @Transactional
    public StayView patch(UUID meetingId, UUID attendeeId, StayPatch patch, String actor) {
        StayEntity stay = require(meetingId, attendeeId);
        LocalDate arrival = patch.arrival() != null ? patch.arrival() : stay.arrival;
        LocalDate departure = patch.departure() != null ? patch.departure() : stay.departure;
        if (arrival != null && departure != null && !departure.isAfter(arrival)) {
            String field = patch.departure() != null ? "departure" : "arrival";
            throw ProblemException.invalidField(field, Message.of("departure {0} must be after arrival {1}",
                    "离店日期 {0} 必须晚于入住日期 {1}", departure, arrival));
        }
        stay.arrival = arrival;
        stay.departure = departure;
        if (patch.arrival() != null) {
            stay.arrivalSource = StayNights.STAFF;
        }
        if (patch.departure() != null) {
            stay.departureSource = StayNights.STAFF;
        }
        if (patch.requests() != null) {
            stay.requests = patch.requests().isBlank() ? null : patch.requests().strip();
        }
        stay.updatedBy = actor;
        stay.updatedAt = InventoryService.now();
        stays.flush();
        return view(stay, names(meetingId));
    }

    /** Gives the bed up; the stay keeps which bed it was. Cancelling a cancelled stay changes nothing. */
    @Transactional
    public StayView cancel(UUID meetingId, UUID attendeeId, String actor) {
        StayEntity stay = require(meetingId, attendeeId);
        if (stay.status != StayStatus.CANCELLED) {
            assignments.remove(meetingId, attendeeId, actor);
        }
        return view(stay, names(meetingId));
    }

    /**
     * The bed the stay held, given back by hand (pinned), with its nights and requests as they were; 409 naming whoever
     * holds the bed now. Reinstating a stay that is not cancelled changes nothing.
     */
    @Transactional
    public StayView reinstate(UUID meetingId, UUID attendeeId, String actor) {
        StayEntity stay = require(meetingId, attendeeId);
        if (stay.status == StayStatus.CANCELLED) {
            RoomEntity room = rooms.findById(stay.roomId);
            if (room == null) {
                throw ProblemException.conflict(Message.of("the room of this stay has been removed: give a bed by"
                        + " hand", "该住宿的房间已被删除：请手工分配床位"));
            }
            assignments.place(meetingId, attendeeId, new PlacementRequest(room.id, stay.bed), actor);
        }
        return view(stay, names(meetingId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoomHistoryView> history(UUID meetingId, UUID attendeeId) {
        List<RoomHistoryView> changes = history.list("meetingId = ?1 and attendeeId = ?2 order by seq", meetingId,
                attendeeId).stream().map(h -> new RoomHistoryView(h.change, h.hotel, h.roomId, h.room, h.bed,
                        h.arrival, h.departure, h.changedBy, h.changedAt)).toList();
        if (changes.isEmpty()) {
            throw ProblemException.notFound(Message.of("A room history of attendee", "参会人员的住房记录"),
                    attendeeId);
        }
        return changes;
    }

    public StayEntity require(UUID meetingId, UUID attendeeId) {
        return stays.find("meetingId = ?1 and attendeeId = ?2", meetingId, attendeeId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(STAY, attendeeId));
    }

    /** Who the stays' guests are and where, read once per answer. */
    record Names(Map<UUID, LodgingSnapshot> people, Map<UUID, HotelEntity> hotels, Map<UUID, RoomEntity> rooms,
            Set<UUID> occupied) {
    }

    Names names(UUID meetingId) {
        return new Names(
                roster.active(meetingId).stream().collect(Collectors.toMap(LodgingSnapshot::attendeeId,
                        Function.identity())),
                hotels.list("meetingId", meetingId).stream().collect(Collectors.toMap(h -> h.id, h -> h)),
                rooms.list("meetingId", meetingId).stream().collect(Collectors.toMap(r -> r.id, r -> r)),
                stays.list("meetingId = ?1 and status = ?2", meetingId, StayStatus.ARRIVED).stream()
                        .map(s -> s.roomId).collect(Collectors.toSet()));
    }

    static StayView view(StayEntity stay, Names names) {
        LodgingSnapshot person = names.people().get(stay.attendeeId);
        HotelEntity hotel = names.hotels().get(stay.hotelId);
        RoomEntity room = names.rooms().get(stay.roomId);
        Integer nights = stay.arrival != null && stay.departure != null
                ? (int) ChronoUnit.DAYS.between(stay.arrival, stay.departure) : null;
        return new StayView(stay.attendeeId, person == null ? stay.attendeeId.toString() : person.name(),
                person == null ? null : person.delegation(), stay.hotelId, hotel == null ? "" : hotel.name,
                stay.roomId, room == null ? null : room.number, stay.bed, stay.status, stay.arrival, stay.departure,
                nights, stay.arrivalSource, stay.departureSource, stay.requests, stay.confirmationNumber,
                stay.arrivedAt, stay.keyHandedBy, stay.keyByHand,
                names.occupied().contains(stay.roomId), stay.updatedBy, stay.updatedAt, stay.version);
    }
}
