package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.logistics.api.AppliedSendOffPlanView;
import io.huiwu.logistics.api.ClearanceView;
import io.huiwu.logistics.api.DepartureView;
import io.huiwu.logistics.api.SendOffPlanRequest;
import io.huiwu.logistics.api.SendOffPlanView;
import io.huiwu.logistics.api.SendOffView;
import io.huiwu.logistics.domain.transport.PickupPlanning;
import io.huiwu.logistics.domain.transport.SendOffPlanning;
import io.huiwu.logistics.event.DiningSnapshot;
import io.huiwu.logistics.event.ReturnTripEvents;
import io.huiwu.logistics.persistence.DepartureTicketEntity;
import io.huiwu.logistics.persistence.DiningRoster;
import io.huiwu.logistics.persistence.ReturnTripRepositories;
import io.huiwu.logistics.persistence.SendOffEntity;
import io.huiwu.logistics.persistence.SendOffRiderEntity;
import io.huiwu.logistics.persistence.TransportRepositories;
import io.huiwu.logistics.persistence.TravelEntity;
import io.huiwu.logistics.persistence.VehicleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jetbrains.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Return trips (返程): who leaves when and from where, and their send-offs (送站) planned by
 * {@link SendOffPlanning}, previewed and applied. A person's trip is their open ticket's when staff booked one,
 * else the departure registration reported. Applying replaces the meeting's send-offs as a whole and publishes
 * {@code departure-scheduled} for each person whose arrangement (trip, vehicle, seat, leaving time) is new or
 * changed. Withdrawn people are left out.
 */
@ApplicationScoped
public class SendOffService {

    static final Message SEND_OFF = Message.of("Send-off", "送站安排");
    static final String TICKET = "TICKET";
    static final String REPORTED = "REPORTED";

    private final ReturnTripRepositories.SendOffs sendOffs;
    private final ReturnTripRepositories.SendOffRiders riders;
    private final TransportRepositories.Vehicles vehicles;
    private final TravelService travel;
    private final DepartureTicketService tickets;
    private final DiningRoster roster;
    private final EntityManager entityManager;
    private final ReturnTripEvents events;
    private final ClearanceService clearance;

    public SendOffService(ReturnTripRepositories.SendOffs sendOffs, ReturnTripRepositories.SendOffRiders riders,
            TransportRepositories.Vehicles vehicles, TravelService travel, DepartureTicketService tickets,
            DiningRoster roster, EntityManager entityManager, ReturnTripEvents events, ClearanceService clearance) {
        this.sendOffs = sendOffs;
        this.riders = riders;
        this.vehicles = vehicles;
        this.travel = travel;
        this.tickets = tickets;
        this.roster = roster;
        this.entityManager = entityManager;
        this.events = events;
        this.clearance = clearance;
    }

    /** Someone's trip home as planning and the departure list read it. */
    record Trip(UUID attendeeId, OffsetDateTime at, String place, String mode, @Nullable String number,
            int companions, @Nullable DepartureTicketEntity ticket, @Nullable String flag) {
    }

    private record Setting(Map<UUID, DiningSnapshot> people, Map<UUID, Trip> trips, Map<UUID, VehicleEntity> fleet,
            List<SendOffPlanning.Departure> departures, Map<UUID, ClearanceView> clearance) {
    }

    @Transactional
    public SendOffPlanView preview(UUID meetingId, @Nullable SendOffPlanRequest request) {
        Setting setting = setting(meetingId);
        return view(SendOffPlanning.plan(setting.departures(), planned(setting.fleet()), policy(request)), setting);
    }

    @Transactional
    public AppliedSendOffPlanView apply(UUID meetingId, @Nullable SendOffPlanRequest request) {
        lockMeeting(meetingId);
        Setting setting = setting(meetingId);
        SendOffPlanning.Plan plan = SendOffPlanning.plan(setting.departures(), planned(setting.fleet()),
                policy(request));
        Map<UUID, String> before = new HashMap<>();
        Map<UUID, SendOffEntity> previous = new HashMap<>();
        sendOffs.list("meetingId", meetingId).forEach(s -> previous.put(s.id, s));
        riders.list("meetingId", meetingId).forEach(r -> before.put(r.attendeeId,
                signature(previous.get(r.sendOffId), r)));
        riders.delete("meetingId", meetingId);
        sendOffs.delete("meetingId", meetingId);
        sendOffs.flush();
        // the bulk delete leaves the rows read above in the persistence context: a send-off kept under its id is
        // persisted anew
        entityManager.clear();
        int placed = 0;
        int announced = 0;
        int count = 0;
        for (SendOffPlanning.Group group : plan.groups()) {
            for (SendOffPlanning.Load load : group.loads()) {
                VehicleEntity vehicle = setting.fleet().get(load.vehicle().id());
                SendOffEntity sendOff = new SendOffEntity();
                sendOff.id = UUID.nameUUIDFromBytes((meetingId + "|send-off|" + group.key() + "|" + vehicle.id)
                        .getBytes(StandardCharsets.UTF_8));
                sendOff.meetingId = meetingId;
                sendOff.groupKey = group.key();
                sendOff.place = group.place();
                sendOff.firstDeparture = group.first();
                sendOff.lastDeparture = group.last();
                sendOff.leaveAt = group.leaveAt();
                sendOff.hotelId = group.hotelId();
                sendOff.hotel = group.hotel();
                sendOff.vehicleId = vehicle.id;
                sendOff.scheduledAt = InventoryService.now();
                sendOffs.persist(sendOff);
                count++;
                for (SendOffPlanning.Rider rider : load.riders()) {
                    Trip trip = setting.trips().get(rider.attendeeId());
                    SendOffRiderEntity row = new SendOffRiderEntity();
                    row.id = UUID.randomUUID();
                    row.sendOffId = sendOff.id;
                    row.meetingId = meetingId;
                    row.attendeeId = rider.attendeeId();
                    row.seat = rider.seat();
                    row.position = rider.position();
                    row.companions = rider.companions();
                    row.departsAt = trip.at();
                    row.mode = trip.mode();
                    row.number = trip.number();
                    row.ticketId = trip.ticket() == null ? null : trip.ticket().id;
                    row.rule = rider.rule().name();
                    row.ruleKey = rider.key();
                    row.explanation = rider.explanation();
                    row.explanationZh = rider.explanationZh();
                    riders.persist(row);
                    placed++;
                    if (!signature(sendOff, row).equals(before.get(row.attendeeId))) {
                        events.departureScheduled(event(sendOff, vehicle, row, trip.ticket()));
                        announced++;
                    }
                }
            }
        }
        sendOffs.flush();
        return new AppliedSendOffPlanView(count, placed, announced, plan.unplaced().size());
    }

    /** What a person is told: a change to any of it announces the departure again. */
    private static String signature(@Nullable SendOffEntity sendOff, SendOffRiderEntity row) {
        if (sendOff == null) {
            return "";
        }
        return String.join("|", sendOff.id.toString(), sendOff.leaveAt.toInstant().toString(),
                row.departsAt.toInstant().toString(), row.mode, Objects.toString(row.number), String.valueOf(row.seat),
                row.position, String.valueOf(row.companions), Objects.toString(row.ticketId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SendOffView> list(UUID meetingId) {
        Map<UUID, DiningSnapshot> people = people(meetingId);
        Map<UUID, ClearanceView> cleared = clearance.of(meetingId);
        Map<UUID, List<SendOffRiderEntity>> bySendOff = new HashMap<>();
        riders.find("meetingId = ?1 order by seat", meetingId).list()
                .forEach(r -> bySendOff.computeIfAbsent(r.sendOffId, s -> new ArrayList<>()).add(r));
        Map<UUID, VehicleEntity> fleet = new HashMap<>();
        vehicles.list("meetingId", meetingId).forEach(v -> fleet.put(v.id, v));
        return sendOffs.list("meetingId", meetingId).stream()
                .sorted(Comparator.comparing((SendOffEntity s) -> s.leaveAt).thenComparing(s -> s.place)
                        .thenComparing(s -> s.groupKey).thenComparing(s -> fleet.get(s.vehicleId).plate))
                .map(s -> view(s, fleet.get(s.vehicleId), bySendOff.getOrDefault(s.id, List.of()), people,
                        cleared)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SendOffView get(UUID meetingId, UUID sendOffId) {
        SendOffEntity sendOff = sendOffs.find("id = ?1 and meetingId = ?2", sendOffId, meetingId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(SEND_OFF, sendOffId));
        return view(sendOff, vehicles.findById(sendOff.vehicleId),
                riders.find("sendOffId = ?1 order by seat", sendOffId).list(), people(meetingId),
                clearance.of(meetingId));
    }

    /** Everyone leaving, by time: their trip, open booking and send-off. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartureView> departures(UUID meetingId) {
        Map<UUID, DiningSnapshot> people = people(meetingId);
        Map<UUID, Trip> trips = trips(meetingId, people);
        Map<UUID, ClearanceView> cleared = clearance.of(meetingId);
        Map<UUID, SendOffEntity> bySendOff = new HashMap<>();
        sendOffs.list("meetingId", meetingId).forEach(s -> bySendOff.put(s.id, s));
        Map<UUID, VehicleEntity> fleet = new HashMap<>();
        vehicles.list("meetingId", meetingId).forEach(v -> fleet.put(v.id, v));
        Map<UUID, SendOffEntity> sendOffOf = new HashMap<>();
        riders.list("meetingId", meetingId).forEach(r -> sendOffOf.put(r.attendeeId, bySendOff.get(r.sendOffId)));
        List<DepartureView> views = new ArrayList<>();
        for (Trip trip : trips.values()) {
            DiningSnapshot person = people.get(trip.attendeeId());
            SendOffEntity sendOff = sendOffOf.get(trip.attendeeId());
            views.add(new DepartureView(trip.attendeeId(), person.name(), person.delegation(), trip.at(),
                    trip.place(), trip.mode(), trip.number(), trip.companions(),
                    trip.ticket() == null ? REPORTED : TICKET, trip.flag(),
                    trip.ticket() == null ? null : DepartureTicketService.view(trip.ticket(),
                            new DepartureTicketService.Person(person.name(), person.delegation(), false)),
                    sendOff == null ? null : sendOff.id,
                    sendOff == null ? null : fleet.get(sendOff.vehicleId).plate,
                    sendOff == null ? null : sendOff.leaveAt,
                    cleared.getOrDefault(trip.attendeeId(), ClearanceView.UNKNOWN)));
        }
        views.sort(Comparator.comparing(DepartureView::departsAt).thenComparing(DepartureView::place)
                .thenComparing(d -> d.attendeeId().toString()));
        return views;
    }

    /**
     * Departures whose person documents reported BLOCKED (copies still due), leaving from now to {@code hours}
     * from now, soonest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartureView> blocked(UUID meetingId, int hours) {
        OffsetDateTime from = InventoryService.now();
        OffsetDateTime until = from.plusHours(hours);
        return departures(meetingId).stream().filter(d -> ClearanceService.BLOCKED.equals(d.clearance().status()))
                .filter(d -> !d.departsAt().isBefore(from) && !d.departsAt().isAfter(until)).toList();
    }

    /** One plan at a time per meeting: the meeting's vehicles are locked in order while a plan is applied. */
    private void lockMeeting(UUID meetingId) {
        entityManager.createQuery("select v.id from VehicleEntity v where v.meetingId = ?1 order by v.id")
                .setParameter(1, meetingId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private static SendOffPlanning.Policy policy(@Nullable SendOffPlanRequest request) {
        SendOffPlanning.Policy defaults = SendOffPlanning.Policy.defaults();
        if (request == null) {
            return defaults;
        }
        return new SendOffPlanning.Policy(
                request.windowMinutes() == null ? defaults.window() : Duration.ofMinutes(request.windowMinutes()),
                request.leadMinutes() == null ? defaults.lead() : Duration.ofMinutes(request.leadMinutes()),
                request.backMinutes() == null ? defaults.back() : Duration.ofMinutes(request.backMinutes()));
    }

    private Setting setting(UUID meetingId) {
        Map<UUID, DiningSnapshot> people = people(meetingId);
        Map<UUID, Integer> order = new HashMap<>();
        people.keySet().forEach(id -> order.put(id, order.size()));
        Map<UUID, Trip> trips = trips(meetingId, people);
        Map<UUID, Hotel> hotels = hotels(meetingId);
        Map<UUID, VehicleEntity> fleet = new LinkedHashMap<>();
        vehicles.find("meetingId = ?1 order by plate", meetingId).list().forEach(v -> fleet.put(v.id, v));
        List<SendOffPlanning.Departure> departures = new ArrayList<>();
        for (Trip trip : trips.values()) {
            DiningSnapshot person = people.get(trip.attendeeId());
            Hotel hotel = hotels.get(trip.attendeeId());
            departures.add(new SendOffPlanning.Departure(trip.attendeeId(), person.rank(),
                    order.get(trip.attendeeId()), trip.at(), trip.place(), trip.mode(), trip.number(),
                    trip.companions(), hotel == null ? null : hotel.id(), hotel == null ? null : hotel.name(),
                    trip.flag() != null));
        }
        return new Setting(people, trips, fleet, departures, clearance.of(meetingId));
    }

    /** Each active person's trip home: the open ticket's, else the reported departure. */
    private Map<UUID, Trip> trips(UUID meetingId, Map<UUID, DiningSnapshot> people) {
        Map<UUID, TravelEntity> reported = new LinkedHashMap<>();
        travel.trips(meetingId, TravelService.DEPARTURE).forEach(t -> reported.put(t.attendeeId, t));
        Map<UUID, DepartureTicketEntity> open = tickets.open(meetingId);
        Map<UUID, Trip> trips = new LinkedHashMap<>();
        for (UUID attendeeId : people.keySet()) {
            TravelEntity report = reported.get(attendeeId);
            DepartureTicketEntity ticket = open.get(attendeeId);
            int companions = report == null ? 0 : report.companions;
            if (ticket != null) {
                trips.put(attendeeId, new Trip(attendeeId, ticket.departsAt, ticket.station, ticket.mode.name(),
                        ticket.number, companions, ticket, null));
            } else if (report != null) {
                trips.put(attendeeId, new Trip(attendeeId, report.at, report.place, report.mode, report.number,
                        companions, null, report.flag));
            }
        }
        return trips;
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

    /** The active roster in its order. */
    private Map<UUID, DiningSnapshot> people(UUID meetingId) {
        Map<UUID, DiningSnapshot> people = new LinkedHashMap<>();
        roster.active(meetingId).forEach(d -> people.put(d.entry().attendeeId(), d.entry()));
        return people;
    }

    private static List<PickupPlanning.Vehicle> planned(Map<UUID, VehicleEntity> fleet) {
        return fleet.values().stream().map(v -> new PickupPlanning.Vehicle(v.id, v.plate, v.kind, v.seats))
                .toList();
    }

    private SendOffPlanView view(SendOffPlanning.Plan plan, Setting setting) {
        List<SendOffPlanView.Group> groups = new ArrayList<>();
        int placed = 0;
        for (SendOffPlanning.Group group : plan.groups()) {
            List<SendOffPlanView.Load> loads = new ArrayList<>();
            for (SendOffPlanning.Load load : group.loads()) {
                VehicleEntity vehicle = setting.fleet().get(load.vehicle().id());
                List<SendOffPlanView.Rider> inside = new ArrayList<>();
                for (SendOffPlanning.Rider rider : load.riders()) {
                    Trip trip = setting.trips().get(rider.attendeeId());
                    DiningSnapshot person = setting.people().get(rider.attendeeId());
                    inside.add(new SendOffPlanView.Rider(rider.attendeeId(), person.name(), person.delegation(),
                            trip.at(), trip.mode(), trip.number(), trip.ticket() == null ? null : trip.ticket().id,
                            rider.companions(), rider.seat(), rider.position(), rider.rule().name(), rider.key(),
                            rider.explanation(), rider.explanationZh(),
                            setting.clearance().getOrDefault(rider.attendeeId(), ClearanceView.UNKNOWN)));
                    placed++;
                }
                loads.add(new SendOffPlanView.Load(vehicle.id, vehicle.plate, vehicle.kind, vehicle.seats,
                        load.occupied(), vehicle.driverName, vehicle.staffInCharge, inside));
            }
            groups.add(new SendOffPlanView.Group(group.key(), group.place(), group.first(), group.last(),
                    group.leaveAt(), group.hotelId(), group.hotel(), loads));
        }
        List<SendOffPlanView.Unplaced> unplaced = plan.unplaced().stream().map(u -> new SendOffPlanView.Unplaced(
                u.attendeeId(), setting.people().get(u.attendeeId()).name(), u.reason(), u.reasonZh())).toList();
        return new SendOffPlanView(placed + unplaced.size(), placed, groups, unplaced);
    }

    private static SendOffView view(SendOffEntity s, VehicleEntity vehicle, List<SendOffRiderEntity> rows,
            Map<UUID, DiningSnapshot> people, Map<UUID, ClearanceView> cleared) {
        List<SendOffPlanView.Rider> inside = rows.stream().map(r -> {
            DiningSnapshot person = people.get(r.attendeeId);
            return new SendOffPlanView.Rider(r.attendeeId, person == null ? "" : person.name(),
                    person == null ? null : person.delegation(), r.departsAt, r.mode, r.number, r.ticketId,
                    r.companions, r.seat, r.position, r.rule, r.ruleKey, r.explanation, r.explanationZh,
                    cleared.getOrDefault(r.attendeeId, ClearanceView.UNKNOWN));
        }).toList();
        return new SendOffView(s.id, s.meetingId, s.groupKey, s.place, s.firstDeparture, s.lastDeparture,
                s.leaveAt, s.hotelId, s.hotel, vehicle.id, vehicle.plate, vehicle.kind, vehicle.driverName,
                vehicle.driverPhone, vehicle.staffInCharge, inside, s.version);
    }

    private static ReturnTripEvents.DepartureScheduled event(SendOffEntity s, VehicleEntity vehicle,
            SendOffRiderEntity r, @Nullable DepartureTicketEntity ticket) {
        return new ReturnTripEvents.DepartureScheduled(s.meetingId, r.attendeeId, s.id, r.departsAt, s.place, r.mode,
                r.number, ticket == null ? null : ticket.status.name(), s.groupKey, s.leaveAt, s.hotelId, s.hotel,
                vehicle.id, vehicle.plate, vehicle.kind.name(), vehicle.driverName, vehicle.staffInCharge, r.seat,
                r.position, r.companions);
    }
}
