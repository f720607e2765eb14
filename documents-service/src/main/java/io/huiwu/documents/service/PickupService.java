package io.huiwu.documents.service;

import io.huiwu.documents.api.GuidePageView;
import io.huiwu.documents.api.PickupView;
import io.huiwu.documents.event.LogisticsTransport;
import io.huiwu.documents.persistence.GuideStore;
import io.huiwu.documents.persistence.Pickups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The pickups (接站) logistics scheduled, kept for the attendee guide (会议须知): for a person, when and where the
 * vehicle meets them, their train or flight, the vehicle, driver, staff in charge and seat.
 */
@ApplicationScoped
public class PickupService {

    private final Pickups pickups;
    private final GuideStore guide;

    public PickupService(Pickups pickups, GuideStore guide) {
        this.pickups = pickups;
        this.guide = guide;
    }

    /**
     * pickup-scheduled, pickup-completed: the pickup with its riders as of the event's time; an event older than the
     * pickup kept changes nothing. A rider without a seat line gets the place the rider list gives them.
     */
    @Transactional
    public void keep(LogisticsTransport.PickupEvent pickup, OffsetDateTime changedAt) {
        List<Pickups.Rider> riders = new ArrayList<>();
        List<UUID> order = pickup.riders() == null ? List.of() : pickup.riders();
        for (int i = 0; i < order.size(); i++) {
            UUID rider = order.get(i);
            int place = i + 1;
            LogisticsTransport.PickupSeat seat = pickup.seats() == null ? null : pickup.seats().stream()
                    .filter(s -> rider.equals(s.attendeeId())).findFirst().orElse(null);
            riders.add(seat == null
                    ? new Pickups.Rider(rider, place, "SEAT_" + place, null, pickup.at(), 0)
                    : new Pickups.Rider(rider, seat.seat() == null ? place : seat.seat(),
                            seat.position() == null ? "SEAT_" + place : seat.position(), seat.number(),
                            seat.arrivalAt() == null ? pickup.at() : seat.arrivalAt(),
                            seat.companions() == null ? 0 : seat.companions()));
        }
        Set<UUID> concerned = new LinkedHashSet<>(pickups.riders(pickup.pickupId()));
        boolean kept = pickups.keep(new Pickups.Pickup(pickup.pickupId(), pickup.meetingId(), pickup.place(),
                pickup.at(), pickup.wave(), pickup.hotel(), pickup.vehicleId(), pickup.plate(), pickup.kind(),
                pickup.driver(), pickup.staffInCharge(), pickup.status() == null ? "SCHEDULED" : pickup.status(),
                pickup.completedAt(), riders), changedAt);
        if (kept) {
            // the riders it had and the riders it has: each one's page of the guide shows the change
            concerned.addAll(order);
            concerned.forEach(rider -> guide.bump(pickup.meetingId(), rider, changedAt));
        }
    }

    /** The person's pickup as their page of the attendee guide prints it, or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GuidePageView.Pickup> forGuide(UUID meetingId, UUID attendeeId) {
        return of(meetingId, attendeeId).map(p -> new GuidePageView.Pickup(
                p.arrivalAt() == null ? p.at() : p.arrivalAt(), p.place(), p.number(),
                p.plate() == null ? null : p.plate() + " 第" + p.seat() + "座",
                p.staffInCharge() != null ? p.staffInCharge() : p.driver()));
    }

    /**
     * The person's pickup for the attendee guide: the pickup that lists them with the latest change (someone moved
     * from one pickup to another is listed by both until the first one's change arrives), or empty.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PickupView> of(UUID meetingId, UUID attendeeId) {
        return pickups.of(meetingId, attendeeId);
    }
}
