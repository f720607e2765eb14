package io.huiwu.documents.persistence;

import io.huiwu.documents.api.PickupView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The pickups logistics scheduled (tables {@code pickup_copy}, {@code pickup_rider}), in SQL. A pickup is kept
 * whole at the time of its latest event, its riders rewritten with it; a person's pickup is the one that lists them
 * with the latest change, whatever order the events of different pickups arrived in.
 */
@ApplicationScoped
public class Pickups {

    /** A pickup as logistics published it. */
    public record Pickup(UUID pickupId, UUID meetingId, String place, OffsetDateTime at, String wave, String hotel,
            UUID vehicleId, String plate, String kind, String driver, String staffInCharge, String status,
            OffsetDateTime completedAt, List<Rider> riders) {
    }

    /** A rider in seat order. */
    public record Rider(UUID attendeeId, int seat, String position, String number, OffsetDateTime arrivalAt,
            int companions) {
    }

    private final EntityManager entityManager;

    public Pickups(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps the pickup unless the kept one comes from the same or a later change; true when it was kept. */
    public boolean keep(Pickup pickup, OffsetDateTime changedAt) {
        boolean kept = entityManager.createNativeQuery("insert into pickup_copy (pickup_id, meeting_id, changed_at,"
                + " place, at, wave, hotel, vehicle_id, plate, kind, driver, staff_in_charge, status, completed_at)"
                + " values (:id, :meeting, :changed, :place, :at, :wave, :hotel, :vehicle, :plate, :kind, :driver,"
                + " :staff, :status, :completed) on conflict (pickup_id) do update set changed_at ="
                + " excluded.changed_at, place = excluded.place, at = excluded.at, wave = excluded.wave,"
                + " hotel = excluded.hotel, vehicle_id = excluded.vehicle_id, plate = excluded.plate,"
                + " kind = excluded.kind, driver = excluded.driver, staff_in_charge = excluded.staff_in_charge,"
                + " status = excluded.status, completed_at = excluded.completed_at"
                + " where pickup_copy.changed_at < excluded.changed_at"
                + " and pickup_copy.meeting_id = excluded.meeting_id")
                .setParameter("id", pickup.pickupId()).setParameter("meeting", pickup.meetingId())
                .setParameter("changed", changedAt).setParameter("place", pickup.place())
                .setParameter("at", pickup.at()).setParameter("wave", pickup.wave())
                .setParameter("hotel", pickup.hotel()).setParameter("vehicle", pickup.vehicleId())
                .setParameter("plate", pickup.plate()).setParameter("kind", pickup.kind())
                .setParameter("driver", pickup.driver()).setParameter("staff", pickup.staffInCharge())
                .setParameter("status", pickup.status()).setParameter("completed", pickup.completedAt())
                .executeUpdate() == 1;
        if (!kept) {
            return false;
        }
        entityManager.createNativeQuery("delete from pickup_rider where pickup_id = :id")
                .setParameter("id", pickup.pickupId()).executeUpdate();
        for (Rider rider : pickup.riders()) {
            entityManager.createNativeQuery("insert into pickup_rider (pickup_id, attendee_id, meeting_id,"
                    + " changed_at, seat, position, number, arrival_at, companions) values (:id, :attendee,"
                    + " :meeting, :changed, :seat, :position, :number, :arrival, :companions)")
                    .setParameter("id", pickup.pickupId()).setParameter("attendee", rider.attendeeId())
                    .setParameter("meeting", pickup.meetingId()).setParameter("changed", changedAt)
                    .setParameter("seat", rider.seat()).setParameter("position", rider.position())
                    .setParameter("number", rider.number()).setParameter("arrival", rider.arrivalAt())
                    .setParameter("companions", rider.companions()).executeUpdate();
        }
        return true;
    }

    /** The people the kept pickup lists now. */
    @SuppressWarnings("unchecked")
    public List<UUID> riders(UUID pickupId) {
        return entityManager.createNativeQuery("select attendee_id from pickup_rider where pickup_id = :id")
                .setParameter("id", pickupId).getResultList();
    }

    /** The pickup that lists the person with the latest change, if any. */
    @SuppressWarnings("unchecked")
    public Optional<PickupView> of(UUID meetingId, UUID attendeeId) {
        List<Object[]> rows = entityManager.createNativeQuery("select p.pickup_id, p.at, p.place, p.wave, p.hotel,"
                + " r.arrival_at, r.number, p.plate, p.kind, p.driver, p.staff_in_charge, r.seat, r.position,"
                + " r.companions, p.status, p.completed_at from pickup_rider r join pickup_copy p"
                + " on p.pickup_id = r.pickup_id where r.meeting_id = :meeting and r.attendee_id = :attendee"
                + " order by r.changed_at desc, p.pickup_id limit 1")
                .setParameter("meeting", meetingId).setParameter("attendee", attendeeId).getResultList();
        return rows.stream().findFirst().map(row -> new PickupView((UUID) row[0], meetingId, attendeeId,
                SessionCopies.time(row[1]), (String) row[2], (String) row[3], (String) row[4],
                SessionCopies.time(row[5]), (String) row[6], (String) row[7], (String) row[8], (String) row[9],
                (String) row[10], ((Number) row[11]).intValue(), (String) row[12], ((Number) row[13]).intValue(),
                (String) row[14], row[15] == null ? null : SessionCopies.time(row[15])));
    }
}
