package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.logistics.api.AppliedPickupPlanView;
import io.huiwu.logistics.api.PickupPlanRequest;
import io.huiwu.logistics.api.PickupPlanView;
import io.huiwu.logistics.api.PickupView;
import io.huiwu.logistics.domain.transport.PickupPlanning;
import io.huiwu.logistics.domain.transport.VehicleKind;
import io.huiwu.logistics.event.DiningSnapshot;
import io.huiwu.logistics.event.TransportEvents;
import io.huiwu.logistics.persistence.DiningRoster;
import io.huiwu.logistics.persistence.PickupEntity;
import io.huiwu.logistics.persistence.PickupRiderEntity;
import io.huiwu.logistics.persistence.TransportRepositories;
import io.huiwu.logistics.persistence.TravelEntity;
import io.huiwu.logistics.persistence.VehicleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Pickups (接站) planned from the arrivals registration reported ({@link PickupPlanning}): previewed, applied, and
 * planned again wave by wave when someone's arrival changes. Applying replaces only the pickups of waves that are
 * planned again, publishing {@code pickup-scheduled} for each new one; completed pickups stay as they are.
 * Withdrawn people are left out of every plan, and of the pickups whose waves are planned again.
 */
@ApplicationScoped
public class PickupService {

    private final TransportRepositories.Pickups pickups;
    private final TransportRepositories.Riders riders;
    private final TransportRepositories.Vehicles vehicles;
    private final TravelService travel;
    private final DiningRoster roster;
    private final EntityManager entityManager;
    private final TransportEvents events;
    private final int windowMinutes;
    private final int turnaroundMinutes;

    public PickupService(TransportRepositories.Pickups pickups, TransportRepositories.Riders riders,
            TransportRepositories.Vehicles vehicles, TravelService travel, DiningRoster roster,
            EntityManager entityManager, TransportEvents events,
            @ConfigProperty(name = "huiwu.transport.pickup-window-minutes", defaultValue = "60") int windowMinutes,
            @ConfigProperty(name = "huiwu.transport.turnaround-minutes", defaultValue = "120")
            int turnaroundMinutes) {
        this.pickups = pickups;
        this.riders = riders;
        this.vehicles = vehicles;
        this.travel = travel;
        this.roster = roster;
        this.entityManager = entityManager;
        this.events = events;
        this.windowMinutes = windowMinutes;
        this.turnaroundMinutes = turnaroundMinutes;
    }

    /** What planning reads: the people, their arrivals, the fleet, and the plan in force. */
    private record Setting(Map<UUID, DiningSnapshot> people, List<PickupPlanning.Arrival> arrivals,
            Map<UUID, VehicleEntity> fleet, PickupPlanning.Plan inForce, Map<String, List<PickupEntity>> scheduled,
            List<PickupEntity> completed) {
    }

    @Transactional
    public PickupPlanView preview(UUID meetingId, PickupPlanRequest request) {
        Setting setting = setting(meetingId);
        PickupPlanning.Plan plan = PickupPlanning.replan(setting.inForce(), setting.arrivals(),
                planned(setting.fleet()), policy(request));
        return view(plan, setting);
    }

    @Transactional
    public AppliedPickupPlanView apply(UUID meetingId, PickupPlanRequest request) {
        lockMeeting(meetingId);
        return apply(meetingId, policy(request));
    }

    private AppliedPickupPlanView apply(UUID meetingId, PickupPlanning.Policy policy) {
        Setting setting = setting(meetingId);
        PickupPlanning.Plan plan = PickupPlanning.replan(setting.inForce(), setting.arrivals(),
                planned(setting.fleet()), policy);
        Set<PickupPlanning.Wave> kept = new HashSet<>(setting.inForce().waves());
        Set<String> keptKeys = new HashSet<>();
        int unchanged = setting.completed().size();
        for (PickupPlanning.Wave wave : plan.waves()) {
            if (kept.contains(wave)) {
                keptKeys.add(wave.key());
                unchanged += wave.loads().size();
            }
        }
        int removed = 0;
        for (Map.Entry<String, List<PickupEntity>> wave : setting.scheduled().entrySet()) {
            if (!keptKeys.contains(wave.getKey())) {
                for (PickupEntity pickup : wave.getValue()) {
                    riders.delete("pickupId", pickup.id);
                    pickups.delete(pickup);
                    removed++;
                }
            }
        }
        pickups.flush();
        Set<UUID> completedRiders = completedRiders(setting.completed());
        int scheduled = 0;
        for (PickupPlanning.Wave wave : plan.waves()) {
            if (keptKeys.contains(wave.key())) {
                continue;
            }
            Map<UUID, PickupPlanning.Arrival> arrivals = new HashMap<>();
            wave.arrivals().forEach(a -> arrivals.put(a.attendeeId(), a));
            for (PickupPlanning.Load load : wave.loads()) {
                List<PickupPlanning.Rider> boarding = load.riders().stream()
                        .filter(r -> !completedRiders.contains(r.attendeeId())).toList();
                if (boarding.isEmpty()) {
                    continue;
                }
                PickupEntity pickup = new PickupEntity();
                pickup.id = UUID.nameUUIDFromBytes((meetingId + "|" + wave.key() + "|" + load.vehicle().id())
                        .getBytes(StandardCharsets.UTF_8));
                pickup.meetingId = meetingId;
                pickup.waveKey = wave.key();
                pickup.place = wave.place();
                pickup.waveStart = wave.start();
                pickup.waveLast = wave.last();
                pickup.hotelId = wave.hotelId();
                pickup.hotel = wave.hotel();
                pickup.vehicleId = load.vehicle().id();
                pickup.status = PickupEntity.SCHEDULED;
                pickup.windowMinutes = (int) policy.window().toMinutes();
                pickup.scheduledAt = InventoryService.now();
                pickups.persist(pickup);
                List<PickupRiderEntity> rows = new ArrayList<>();
                for (PickupPlanning.Rider rider : boarding) {
                    PickupPlanning.Arrival arrival = arrivals.get(rider.attendeeId());
                    PickupRiderEntity row = new PickupRiderEntity();
                    row.id = UUID.randomUUID();
                    row.pickupId = pickup.id;
                    row.meetingId = meetingId;
                    row.attendeeId = rider.attendeeId();
                    row.seat = rider.seat();
                    row.position = rider.position();
                    row.companions = rider.companions();
                    row.arrivalAt = arrival.at();
                    row.mode = arrival.mode();
                    row.number = arrival.number();
                    row.rule = rider.rule().name();
                    row.ruleKey = rider.key();
                    row.explanation = rider.explanation();
                    row.explanationZh = rider.explanationZh();
                    riders.persist(row);
                    rows.add(row);
                }
                events.pickupScheduled(event(pickup, setting.fleet().get(pickup.vehicleId), rows));
                scheduled++;
            }
        }
        pickups.flush();
        return new AppliedPickupPlanView(scheduled, unchanged, removed, plan.unplaced().size());
    }

    /**
     * Someone's arrival changed or was withdrawn: when the meeting has pickups in force, their wave (and the wave
     * they now join) is planned again with the window the plan in force was made with; the other waves stay.
     */
    void travelChanged(@Observes TravelService.TravelChanged change) {
        if (!TravelService.ARRIVAL.equals(change.direction())) {
            return;
        }
        PickupEntity any = pickups.find("meetingId = ?1 and status = ?2 order by scheduledAt desc",
                change.meetingId(), PickupEntity.SCHEDULED).firstResult();
        if (any == null) {
            return;
        }
        lockMeeting(change.meetingId());
        apply(change.meetingId(), new PickupPlanning.Policy(Duration.ofMinutes(any.windowMinutes),
                Duration.ofMinutes(turnaroundMinutes)));
    }

    @Transactional
    public PickupView complete(UUID meetingId, UUID pickupId, String actor) {
        PickupEntity pickup = require(meetingId, pickupId);
        if (PickupEntity.COMPLETED.equals(pickup.status)) {
            return view(pickup);
        }
        pickup.status = PickupEntity.COMPLETED;
        pickup.completedAt = InventoryService.now();
        pickup.completedBy = actor;
        pickups.flush();
        events.pickupCompleted(event(pickup, vehicles.findById(pickup.vehicleId), riderRows(pickup.id)));
        return view(pickup);
    }

    /**
     * Puts someone in a scheduled pickup by hand (taking them out of any other scheduled one): they must be on the
     * roster, have a reported arrival that is not after their departure, and fit in the vehicle with their
     * companions. They keep the seat while the wave is unchanged.
     */
    @Transactional
    public PickupView board(UUID meetingId, UUID pickupId, UUID attendeeId) {
        lockMeeting(meetingId);
        PickupEntity pickup = require(meetingId, pickupId);
        DiningSnapshot person = people(meetingId).get(attendeeId);
        if (person == null) {
            throw refused("attendeeId", Message.of("{0} is not on the roster or has withdrawn",
                    "{0} 不在名册中或已退出", attendeeId));
        }
        TravelEntity arrival = travel.find(meetingId, attendeeId, TravelService.ARRIVAL);
        if (arrival == null) {
            throw refused("attendeeId", Message.of("{0} has reported no arrival", "{0} 尚未报送抵达信息",
                    person.name()));
        }
        if (TravelEntity.ARRIVAL_AFTER_DEPARTURE.equals(arrival.flag)) {
            throw refused("attendeeId", Message.of("{0} arrives after their departure: the report needs correcting",
                    "{0} 的到达时间晚于返程时间：请更正行程", person.name()));
        }
        if (!PickupEntity.SCHEDULED.equals(pickup.status)) {
            throw refused("pickupId", Message.of("the pickup is completed", "该接站已完成"));
        }
        PickupRiderEntity current = riders.find("meetingId = ?1 and attendeeId = ?2", meetingId, attendeeId)
                .firstResult();
        if (current != null && current.pickupId.equals(pickupId)) {
            return view(pickup);
        }
        if (current != null) {
            PickupEntity from = pickups.findById(current.pickupId);
            if (!PickupEntity.SCHEDULED.equals(from.status)) {
                throw refused("attendeeId", Message.of("{0} was already met", "{0} 已接站", person.name()));
            }
            riders.delete(current);
            riders.flush();
            List<PickupRiderEntity> left = riderRows(from.id);
            if (left.isEmpty()) {
                pickups.delete(from);
            } else {
                events.pickupScheduled(event(from, vehicles.findById(from.vehicleId), left));
            }
        }
        VehicleEntity vehicle = vehicles.findById(pickup.vehicleId);
        List<PickupRiderEntity> inside = riderRows(pickupId);
        int occupied = inside.stream().mapToInt(r -> 1 + r.companions).sum();
        if (occupied + 1 + arrival.companions > vehicle.seats) {
            throw refused("pickupId", Message.of("{0} has {1} seats free, {2} needed", "{0} 仅余 {1} 座，需 {2} 座",
                    vehicle.plate, vehicle.seats - occupied, 1 + arrival.companions));
        }
        PickupRiderEntity row = new PickupRiderEntity();
        row.id = UUID.randomUUID();
        row.pickupId = pickupId;
        row.meetingId = meetingId;
        row.attendeeId = attendeeId;
        row.seat = occupied + 1;
        row.position = vehicle.kind == VehicleKind.VIP_CAR
                ? PickupPlanning.vipSeats(vehicle.seats).get(inside.size()) : "SEAT_" + row.seat;
        row.companions = arrival.companions;
        row.arrivalAt = arrival.at;
        row.mode = arrival.mode;
        row.number = arrival.number;
        row.rule = PickupPlanning.Rule.BY_HAND.name();
        row.ruleKey = pickup.waveKey;
        row.explanation = "placed by hand in " + vehicle.plate + ", wave " + pickup.waveKey;
        row.explanationZh = "手工安排：" + vehicle.plate + "，接站批次 " + pickup.waveKey;
        riders.persist(row);
        riders.flush();
        inside.add(row);
        events.pickupScheduled(event(pickup, vehicle, inside));
        return view(pickup);
    }

    private static ProblemException refused(String field, Message message) {
        return new ProblemException(ProblemType.CONFLICT, Message.of("{0} {1}", "{0}：{1}", field, message),
                List.of(new ProblemException.FieldIssue(field, message)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PickupView> list(UUID meetingId) {
        Map<UUID, DiningSnapshot> people = people(meetingId);
        Map<UUID, List<PickupRiderEntity>> byPickup = new HashMap<>();
        riders.find("meetingId = ?1 order by seat", meetingId).list()
                .forEach(r -> byPickup.computeIfAbsent(r.pickupId, p -> new ArrayList<>()).add(r));
        Map<UUID, VehicleEntity> fleet = new HashMap<>();
        vehicles.list("meetingId", meetingId).forEach(v -> fleet.put(v.id, v));
        List<PickupEntity> found = pickups.find("meetingId = ?1 order by waveStart, place, waveKey", meetingId)
                .list();
        return found.stream().sorted(Comparator.comparing((PickupEntity p) -> p.waveStart)
                .thenComparing(p -> p.place).thenComparing(p -> p.waveKey)
                .thenComparing(p -> fleet.get(p.vehicleId).plate))
                .map(p -> view(p, fleet.get(p.vehicleId), byPickup.getOrDefault(p.id, List.of()), people))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PickupView get(UUID meetingId, UUID pickupId) {
        return view(require(meetingId, pickupId));
    }

    private PickupEntity require(UUID meetingId, UUID pickupId) {
        return pickups.find("id = ?1 and meetingId = ?2", pickupId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.PICKUP, pickupId));
    }

    /** One plan at a time per meeting: the meeting's vehicles are locked in order while a plan is applied. */
    private void lockMeeting(UUID meetingId) {
        entityManager.createQuery("select v.id from VehicleEntity v where v.meetingId = ?1 order by v.id")
                .setParameter(1, meetingId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private PickupPlanning.Policy policy(PickupPlanRequest request) {
        int window = request == null || request.windowMinutes() == null ? windowMinutes : request.windowMinutes();
        int turnaround = request == null || request.turnaroundMinutes() == null ? turnaroundMinutes
                : request.turnaroundMinutes();
        return new PickupPlanning.Policy(Duration.ofMinutes(window), Duration.ofMinutes(turnaround));
    }

    private Setting setting(UUID meetingId) {
        Map<UUID, DiningSnapshot> people = new LinkedHashMap<>();
        roster.active(meetingId).forEach(d -> people.put(d.entry().attendeeId(), d.entry()));
        Map<UUID, Integer> order = new HashMap<>();
        people.keySet().forEach(id -> order.put(id, order.size()));
        Map<UUID, Hotel> hotels = hotels(meetingId);
        Map<UUID, VehicleEntity> fleet = new LinkedHashMap<>();
        vehicles.find("meetingId = ?1 order by plate", meetingId).list().forEach(v -> fleet.put(v.id, v));

        List<PickupEntity> all = pickups.find("meetingId = ?1 order by waveStart, waveKey, id", meetingId).list();
        Map<UUID, List<PickupRiderEntity>> ridersByPickup = new HashMap<>();
        riders.find("meetingId = ?1 order by seat", meetingId).list()
                .forEach(r -> ridersByPickup.computeIfAbsent(r.pickupId, p -> new ArrayList<>()).add(r));
        List<PickupEntity> completed = all.stream().filter(p -> PickupEntity.COMPLETED.equals(p.status)).toList();
        Set<UUID> completedRiders = new HashSet<>();
        completed.forEach(p -> ridersByPickup.getOrDefault(p.id, List.of())
                .forEach(r -> completedRiders.add(r.attendeeId)));

        List<PickupPlanning.Arrival> arrivals = new ArrayList<>();
        for (TravelEntity trip : travel.trips(meetingId, TravelService.ARRIVAL)) {
            DiningSnapshot person = people.get(trip.attendeeId);
            if (person == null || completedRiders.contains(trip.attendeeId)) {
                continue;
            }
            Hotel hotel = hotels.get(trip.attendeeId);
            arrivals.add(new PickupPlanning.Arrival(trip.attendeeId, person.name(), person.rank(),
                    order.get(trip.attendeeId), trip.at, trip.place, trip.mode, trip.number, trip.companions,
                    hotel == null ? null : hotel.id(), hotel == null ? null : hotel.name(),
                    TravelEntity.ARRIVAL_AFTER_DEPARTURE.equals(trip.flag)));
        }

        Map<String, List<PickupEntity>> scheduled = new LinkedHashMap<>();
        all.stream().filter(p -> PickupEntity.SCHEDULED.equals(p.status))
                .forEach(p -> scheduled.computeIfAbsent(p.waveKey, k -> new ArrayList<>()).add(p));
        List<PickupPlanning.Wave> waves = new ArrayList<>();
        for (Map.Entry<String, List<PickupEntity>> wave : scheduled.entrySet()) {
            PickupEntity first = wave.getValue().get(0);
            List<PickupPlanning.Arrival> members = new ArrayList<>();
            List<PickupPlanning.Load> loads = new ArrayList<>();
            for (PickupEntity pickup : wave.getValue()) {
                List<PickupPlanning.Rider> inside = new ArrayList<>();
                for (PickupRiderEntity r : ridersByPickup.getOrDefault(pickup.id, List.of())) {
                    DiningSnapshot person = people.get(r.attendeeId);
                    members.add(new PickupPlanning.Arrival(r.attendeeId, person == null ? "" : person.name(),
                            person == null ? null : person.rank(), order.getOrDefault(r.attendeeId, 0), r.arrivalAt,
                            pickup.place, r.mode, r.number, r.companions, pickup.hotelId, pickup.hotel, false));
                    inside.add(new PickupPlanning.Rider(r.attendeeId, r.companions, r.seat, r.position,
                            PickupPlanning.Rule.valueOf(r.rule), r.ruleKey, r.explanation, r.explanationZh));
                }
                VehicleEntity vehicle = fleet.get(pickup.vehicleId);
                loads.add(new PickupPlanning.Load(planned(vehicle), List.copyOf(inside)));
            }
            waves.add(new PickupPlanning.Wave(wave.getKey(), first.place, first.waveStart, first.waveLast,
                    first.hotelId, first.hotel, List.copyOf(members), List.copyOf(loads)));
        }
        return new Setting(people, arrivals, fleet, new PickupPlanning.Plan(waves, List.of()), scheduled, completed);
    }

    private Set<UUID> completedRiders(List<PickupEntity> completed) {
        Set<UUID> ids = new HashSet<>();
        for (PickupEntity pickup : completed) {
            riderRows(pickup.id).forEach(r -> ids.add(r.attendeeId));
        }
        return ids;
    }

    private List<PickupRiderEntity> riderRows(UUID pickupId) {
        return riders.find("pickupId = ?1 order by seat", pickupId).list();
    }

    /** The hotel of each person's room, for those who have one. */
    private record Hotel(UUID id, String name) {
    }

    private Map<UUID, Hotel> hotels(UUID meetingId) {
        Map<UUID, Hotel> hotels = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select a.attendee_id, h.id, h.name"
                + " from room_assignment a join room r on r.id = a.room_id join hotel h on h.id = r.hotel_id"
                + " where a.meeting_id = ?1").setParameter(1, meetingId).getResultList();
        for (Object[] row : rows) {
            hotels.put((UUID) row[0], new Hotel((UUID) row[1], (String) row[2]));
        }
        return hotels;
    }

    private static List<PickupPlanning.Vehicle> planned(Map<UUID, VehicleEntity> fleet) {
        return fleet.values().stream().map(PickupService::planned).toList();
    }

    private static PickupPlanning.Vehicle planned(VehicleEntity vehicle) {
        return new PickupPlanning.Vehicle(vehicle.id, vehicle.plate, vehicle.kind, vehicle.seats);
    }

    private PickupPlanView view(PickupPlanning.Plan plan, Setting setting) {
        Set<PickupPlanning.Wave> kept = new HashSet<>(setting.inForce().waves());
        List<PickupPlanView.Wave> waves = new ArrayList<>();
        int placed = 0;
        for (PickupPlanning.Wave wave : plan.waves()) {
            Map<UUID, PickupPlanning.Arrival> arrivals = new HashMap<>();
            wave.arrivals().forEach(a -> arrivals.put(a.attendeeId(), a));
            List<PickupPlanView.Load> loads = new ArrayList<>();
            for (PickupPlanning.Load load : wave.loads()) {
                VehicleEntity vehicle = setting.fleet().get(load.vehicle().id());
                List<PickupPlanView.Rider> inside = new ArrayList<>();
                for (PickupPlanning.Rider rider : load.riders()) {
                    PickupPlanning.Arrival arrival = arrivals.get(rider.attendeeId());
                    DiningSnapshot person = setting.people().get(rider.attendeeId());
                    inside.add(new PickupPlanView.Rider(rider.attendeeId(), person == null ? "" : person.name(),
                            person == null ? null : person.delegation(), arrival.at(), arrival.mode(),
                            arrival.number(), rider.companions(), rider.seat(), rider.position(), rider.rule().name(),
                            rider.key(), rider.explanation(), rider.explanationZh()));
                    placed++;
                }
                loads.add(new PickupPlanView.Load(vehicle.id, vehicle.plate, vehicle.kind, vehicle.seats,
                        load.occupied(), vehicle.driverName, vehicle.staffInCharge, inside));
            }
            waves.add(new PickupPlanView.Wave(wave.key(), wave.place(), wave.start(), wave.last(), wave.hotelId(),
                    wave.hotel(), kept.contains(wave), loads));
        }
        List<PickupPlanView.Unplaced> unplaced = plan.unplaced().stream().map(u -> new PickupPlanView.Unplaced(
                u.attendeeId(), setting.people().containsKey(u.attendeeId())
                        ? setting.people().get(u.attendeeId()).name() : "", u.reason(), u.reasonZh())).toList();
        return new PickupPlanView(placed + unplaced.size(), placed, waves, unplaced);
    }

    private Map<UUID, DiningSnapshot> people(UUID meetingId) {
        Map<UUID, DiningSnapshot> people = new HashMap<>();
        roster.active(meetingId).forEach(d -> people.put(d.entry().attendeeId(), d.entry()));
        return people;
    }

    private PickupView view(PickupEntity pickup) {
        return view(pickup, vehicles.findById(pickup.vehicleId), riderRows(pickup.id), people(pickup.meetingId));
    }

    private static PickupView view(PickupEntity pickup, VehicleEntity vehicle, List<PickupRiderEntity> rows,
            Map<UUID, DiningSnapshot> people) {
        List<PickupPlanView.Rider> inside = rows.stream().map(r -> rider(r, people.get(r.attendeeId))).toList();
        return new PickupView(pickup.id, pickup.meetingId, pickup.waveKey, pickup.place, pickup.waveStart,
                pickup.waveLast, pickup.hotelId, pickup.hotel, vehicle.id, vehicle.plate, vehicle.kind,
                vehicle.driverName, vehicle.driverPhone, vehicle.staffInCharge, pickup.status, pickup.completedAt,
                inside, pickup.version);
    }

    static PickupPlanView.Rider rider(PickupRiderEntity r, DiningSnapshot person) {
        return new PickupPlanView.Rider(r.attendeeId, person == null ? "" : person.name(),
                person == null ? null : person.delegation(), r.arrivalAt, r.mode, r.number, r.companions, r.seat,
                r.position, r.rule, r.ruleKey, r.explanation, r.explanationZh);
    }

    private static TransportEvents.Pickup event(PickupEntity pickup, VehicleEntity vehicle,
            List<PickupRiderEntity> rows) {
        List<PickupRiderEntity> seated = rows.stream().sorted(Comparator.comparingInt(r -> r.seat)).toList();
        return new TransportEvents.Pickup(pickup.meetingId, pickup.id, seated.stream().map(r -> r.attendeeId)
                .toList(), pickup.place, pickup.waveStart, pickup.waveKey, pickup.hotelId, pickup.hotel, vehicle.id,
                vehicle.plate, vehicle.kind.name(), vehicle.driverName, vehicle.staffInCharge, seated.stream()
                .map(r -> new TransportEvents.Seat(r.attendeeId, r.seat, r.position, r.number, r.arrivalAt,
                        r.companions)).toList(), pickup.status, pickup.completedAt);
    }
}
