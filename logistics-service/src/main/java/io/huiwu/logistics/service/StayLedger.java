package io.huiwu.logistics.service;

import io.huiwu.logistics.domain.StayStatus;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.RoomAssignmentEntity;
import io.huiwu.logistics.persistence.RoomEntity;
import io.huiwu.logistics.persistence.RoomHistoryEntity;
import io.huiwu.logistics.persistence.StayEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps each person's stay in step with their bed, in the transaction that changed the bed: a bed given opens a
 * stay (BOOKED) or moves it, keeping its nights; a bed given up cancels the stay but keeps which bed it was, so that
 * it can be reinstated. Every change of a bed is written to the history.
 */
@ApplicationScoped
public class StayLedger {

    /** Above this many people, their rows are found among the whole meeting's rather than by a list of ids. */
    static final int WHOLE_MEETING = 500;

    /** How a bed changed, as the history records it. */
    public enum Change {
        ASSIGNED,
        MOVED,
        UNASSIGNED,
        REINSTATED,
        /** The default nights moved: by the meeting's dates, the reported travel or the lodging policy. */
        NIGHTS
    }

    private final LodgingRepositories.Stays stays;
    private final LodgingRepositories.Assignments assignments;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRepositories.Hotels hotels;
    private final LodgingRepositories.RoomHistory history;
    private final StayNights nights;

    public StayLedger(LodgingRepositories.Stays stays, LodgingRepositories.Assignments assignments,
            LodgingRepositories.Rooms rooms, LodgingRepositories.Hotels hotels,
            LodgingRepositories.RoomHistory history, StayNights nights) {
        this.nights = nights;
        this.stays = stays;
        this.assignments = assignments;
        this.rooms = rooms;
        this.hotels = hotels;
        this.history = history;
    }

    /**
     * Brings the stays of these people in line with their beds as the current transaction left them. Their beds,
     * stays and trips are read in one query each before anything is written, so that a whole plan (thousands of
     * people) costs no query, and no flush of the transaction's entities, per person.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(UUID meetingId, Collection<UUID> attendeeIds, String actor) {
        if (attendeeIds.isEmpty()) {
            return;
        }
        Map<UUID, RoomAssignmentEntity> beds = byPerson(attendeeIds.size() > WHOLE_MEETING
                ? assignments.list("meetingId", meetingId)
                : assignments.list("meetingId = ?1 and attendeeId in ?2", meetingId, attendeeIds), a -> a.attendeeId);
        Map<UUID, StayEntity> current = byPerson(attendeeIds.size() > WHOLE_MEETING
                ? stays.list("meetingId", meetingId)
                : stays.list("meetingId = ?1 and attendeeId in ?2", meetingId, attendeeIds), s -> s.attendeeId);
        Consumer<StayEntity> defaults = nights.defaultsFor(meetingId, attendeeIds, attendeeIds.size() > WHOLE_MEETING);
        for (UUID attendeeId : attendeeIds) {
            RoomAssignmentEntity bed = beds.get(attendeeId);
            StayEntity stay = current.get(attendeeId);
            if (bed != null) {
                given(meetingId, attendeeId, bed, stay, actor, defaults);
            } else if (stay != null && stay.status != StayStatus.CANCELLED) {
                stay.status = StayStatus.CANCELLED;
                stay.arrivedAt = null;
                stay.keyHandedBy = null;
                stay.keyByHand = false;
                stay.checkinScanId = null;
                touch(stay, actor);
                record(stay, Change.UNASSIGNED, actor);
            }
        }
        stays.flush();
    }

    private static <T> Map<UUID, T> byPerson(List<T> rows, Function<T, UUID> person) {
        Map<UUID, T> map = new HashMap<>();
        rows.forEach(row -> map.put(person.apply(row), row));
        return map;
    }

    private void given(UUID meetingId, UUID attendeeId, RoomAssignmentEntity bed, StayEntity stay, String actor,
            Consumer<StayEntity> defaults) {
        RoomEntity room = rooms.findById(bed.roomId);
        if (stay == null) {
            stay = new StayEntity();
            stay.id = UUID.randomUUID();
            stay.meetingId = meetingId;
            stay.attendeeId = attendeeId;
            stay.status = StayStatus.BOOKED;
            place(stay, room, bed.bed);
            defaults.accept(stay);
            touch(stay, actor);
            stays.persist(stay);
            record(stay, Change.ASSIGNED, actor);
            return;
        }
        boolean sameBed = stay.roomId.equals(room.id) && stay.bed == bed.bed;
        if (stay.status == StayStatus.CANCELLED) {
            stay.status = StayStatus.BOOKED;
            place(stay, room, bed.bed);
            touch(stay, actor);
            record(stay, sameBed ? Change.REINSTATED : Change.ASSIGNED, actor);
        } else if (!sameBed) {
            place(stay, room, bed.bed);
            touch(stay, actor);
            record(stay, Change.MOVED, actor);
        }
    }

    /** A stay moved to another hotel loses the old hotel's confirmation number. */
    private static void place(StayEntity stay, RoomEntity room, int bed) {
        if (stay.hotelId != null && !stay.hotelId.equals(room.hotelId)) {
            stay.confirmationNumber = null;
        }
        stay.hotelId = room.hotelId;
        stay.roomId = room.id;
        stay.bed = bed;
    }

    private static void touch(StayEntity stay, String actor) {
        stay.updatedBy = actor;
        stay.updatedAt = InventoryService.now();
    }

    private void record(StayEntity stay, Change change, String actor) {
        history.persist(entry(stay, rooms.findById(stay.roomId), hotels.findById(stay.hotelId), change, actor));
    }

    /** The history's entry of a change of the stay, with its bed and nights as they are now. */
    static RoomHistoryEntity entry(StayEntity stay, RoomEntity room, HotelEntity hotel, Change change,
            String actor) {
        RoomHistoryEntity entry = new RoomHistoryEntity();
        entry.id = UUID.randomUUID();
        entry.meetingId = stay.meetingId;
        entry.attendeeId = stay.attendeeId;
        entry.change = change.name();
        entry.hotel = hotel == null ? "—" : hotel.name;
        entry.roomId = stay.roomId;
        entry.room = room == null ? "—" : room.number;
        entry.bed = stay.bed;
        entry.arrival = stay.arrival;
        entry.departure = stay.departure;
        entry.changedBy = actor;
        entry.changedAt = InventoryService.now();
        return entry;
    }
}
