package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.logistics.api.StayView;
import io.huiwu.logistics.domain.StayStatus;
import io.huiwu.logistics.event.LodgingEvents;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.RoomEntity;
import io.huiwu.logistics.persistence.StayEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The room key handed over at 报到: the stay becomes ARRIVED and its room occupied, and {@code room-key-handed-over}
 * is published. The desk's check-in does it, or staff by hand; an annulled check-in takes back only the arrival it
 * made, never a key handed by hand.
 */
@ApplicationScoped
public class KeyHandoverService {

    private static final Logger LOG = Logger.getLogger(KeyHandoverService.class);

    private final LodgingRepositories.Stays stays;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRepositories.Hotels hotels;
    private final StayService service;
    private final LodgingEvents events;

    public KeyHandoverService(LodgingRepositories.Stays stays, LodgingRepositories.Rooms rooms,
            LodgingRepositories.Hotels hotels, StayService service, LodgingEvents events) {
        this.stays = stays;
        this.rooms = rooms;
        this.hotels = hotels;
        this.service = service;
        this.events = events;
    }

    /** In the inbox's transaction: someone checked in at a desk. Without a booked stay nothing changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkedInAtDesk(UUID meetingId, UUID attendeeId, UUID scanId, String desk, OffsetDateTime at) {
        StayEntity stay = stays.find("meetingId = ?1 and attendeeId = ?2", meetingId, attendeeId).firstResult();
        if (stay == null || stay.status != StayStatus.BOOKED) {
            LOG.debugf("check-in %s of %s: no booked stay, no key to hand over", scanId, attendeeId);
            return;
        }
        stay.checkinScanId = scanId;
        hand(stay, "DESK", desk, at == null ? InventoryService.now() : at, desk);
    }

    /** In the inbox's transaction: a check-in was annulled; the arrival it made goes back to BOOKED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkInAnnulled(UUID meetingId, UUID attendeeId, UUID scanId) {
        StayEntity stay = stays.find("meetingId = ?1 and attendeeId = ?2", meetingId, attendeeId).firstResult();
        if (stay == null || stay.status != StayStatus.ARRIVED || stay.keyByHand
                || !scanId.equals(stay.checkinScanId)) {
            return;
        }
        stay.status = StayStatus.BOOKED;
        stay.arrivedAt = null;
        stay.keyHandedBy = null;
        stay.checkinScanId = null;
        stay.updatedBy = "registration.checkin";
        stay.updatedAt = InventoryService.now();
    }

    /** Staff hand the key over by hand; handing it again changes nothing. A cancelled stay has no key (409). */
    @Transactional
    public StayView byHand(UUID meetingId, UUID attendeeId, String actor) {
        StayEntity stay = service.require(meetingId, attendeeId);
        if (stay.status == StayStatus.CANCELLED) {
            throw ProblemException.conflict(Message.of("the stay is cancelled: reinstate it first",
                    "该住宿已取消：请先恢复"));
        }
        if (!stay.keyByHand) {
            stay.keyByHand = true;
            if (stay.status == StayStatus.ARRIVED) {
                stay.keyHandedBy = actor;
                stay.updatedBy = actor;
                stay.updatedAt = InventoryService.now();
            } else {
                hand(stay, "HAND", null, InventoryService.now(), actor);
            }
            stays.flush();
        }
        return service.get(meetingId, attendeeId);
    }

    private void hand(StayEntity stay, String how, String desk, OffsetDateTime at, String by) {
        RoomEntity room = rooms.findById(stay.roomId);
        HotelEntity hotel = hotels.findById(stay.hotelId);
        stay.status = StayStatus.ARRIVED;
        stay.arrivedAt = at;
        stay.keyHandedBy = by;
        stay.updatedBy = by;
        stay.updatedAt = InventoryService.now();
        events.keyHandedOver(new LodgingEvents.KeyHandover(stay.meetingId, stay.attendeeId, hotel.id, hotel.name,
                room.id, room.number, String.valueOf(stay.bed), how, desk, at));
    }
}
