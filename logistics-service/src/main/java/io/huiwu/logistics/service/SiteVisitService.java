package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.logistics.api.AppliedBusPlanView;
import io.huiwu.logistics.api.BusPlanRequest;
import io.huiwu.logistics.api.BusPlanView;
import io.huiwu.logistics.api.SiteVisitView;
import io.huiwu.logistics.domain.sitevisit.BusPlanning;
import io.huiwu.logistics.domain.transport.VehicleKind;
import io.huiwu.logistics.event.DiningSnapshot;
import io.huiwu.logistics.event.DiscussionGroupRemoval;
import io.huiwu.logistics.event.DiscussionGroupSnapshot;
import io.huiwu.logistics.event.SiteVisitEvents;
import io.huiwu.logistics.event.VenueSession;
import io.huiwu.logistics.persistence.DiningRoster;
import io.huiwu.logistics.persistence.SiteVisitStore;
import io.huiwu.logistics.persistence.TransportRepositories;
import io.huiwu.logistics.persistence.VehicleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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
 * Site visits (现场参观): venue's SITE_VISIT sessions, the discussion groups registration publishes, and the buses
 * planned for each visit by {@link BusPlanning}: previewed, applied (publishing {@code site-visit-transport-assigned}
 * for each person whose seat is new or changed), dropped when the visit is cancelled. An older version of a session or
 * of a group changes nothing.
 */
@ApplicationScoped
public class SiteVisitService {

    static final Message SITE_VISIT = Message.of("Site visit", "现场参观");
    private static final String STAFF = "STAFF";
    private static final String VOTING = "ATTENDEE";

    private final SiteVisitStore store;
    private final DiningRoster roster;
    private final TransportRepositories.Vehicles vehicles;
    private final SiteVisitEvents events;

    public SiteVisitService(SiteVisitStore store, DiningRoster roster, TransportRepositories.Vehicles vehicles,
            SiteVisitEvents events) {
        this.store = store;
        this.roster = roster;
        this.vehicles = vehicles;
        this.events = events;
    }

    /** A session scheduled, changed or cancelled: only site visits are kept; a cancelled one loses its buses. */
    @Transactional
    public void session(VenueSession session) {
        var held = store.visitVersion(session.sessionId());
        if (held.isPresent() && held.get() >= session.version()) {
            return;
        }
        boolean siteVisit = VenueSession.SITE_VISIT.equals(session.kind());
        if (!siteVisit) {
            if (held.isPresent()) {
                store.cancelVisit(session.sessionId(), session.version(), InventoryService.now());
                store.dropPlan(session.sessionId());
            }
            return;
        }
        boolean cancelled = Boolean.TRUE.equals(session.cancelled());
        store.saveVisit(session, cancelled, InventoryService.now());
        if (cancelled) {
            store.dropPlan(session.sessionId());
        }
    }

    @Transactional
    public void groupUpdated(DiscussionGroupSnapshot group) {
        var held = store.groupVersion(group.groupId());
        if (held.isPresent() && held.get() >= group.version()) {
            return;
        }
        store.saveGroup(group, InventoryService.now());
    }

    @Transactional
    public void groupRemoved(DiscussionGroupRemoval removal) {
        var held = store.groupVersion(removal.groupId());
        if (held.isPresent() && held.get() > removal.version()) {
            return;
        }
        store.removeGroup(removal.groupId(), removal.meetingId(), removal.name(), removal.version(),
                InventoryService.now());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SiteVisitView> list(UUID meetingId) {
        return store.visits(meetingId).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteVisitView get(UUID meetingId, UUID sessionId) {
        return view(require(meetingId, sessionId, false));
    }

    /** What planning reads: the visit, who takes part, the fleet, the groups and the staff. */
    private record Setting(SiteVisitStore.Visit visit, Map<UUID, DiningSnapshot> people,
            List<BusPlanning.Participant> participants, Map<UUID, VehicleEntity> fleet,
            List<BusPlanning.Group> groups, List<BusPlanning.Staff> staff) {

        BusPlanning.Plan plan() {
            return BusPlanning.plan(fleet.values().stream().map(v -> new BusPlanning.Bus(v.id, v.plate,
                    v.kind.name(), v.seats)).toList(), groups, participants, staff);
        }
    }

    @Transactional
    public BusPlanView preview(UUID meetingId, UUID sessionId, BusPlanRequest request) {
        Setting setting = setting(require(meetingId, sessionId, false), request);
        return view(setting, setting.plan());
    }

    /**
     * Plans as the preview does and puts the plan in force, in place of the one before; everyone whose bus, seat,
     * group or marshal differs from before gets {@code site-visit-transport-assigned}. The visit's row lock puts two
     * staff applying at once in a line.
     */
    @Transactional
    public AppliedBusPlanView apply(UUID meetingId, UUID sessionId, BusPlanRequest request, String actor) {
        Setting setting = setting(require(meetingId, sessionId, true), request);
        BusPlanning.Plan plan = setting.plan();
        Map<UUID, Assignment> before = assignments(sessionId);
        store.dropPlan(sessionId);
        int assigned = 0;
        int unchanged = 0;
        for (BusPlanning.Load load : plan.loads()) {
            BusPlanning.Marshal marshal = load.marshal();
            UUID busId = UUID.randomUUID();
            store.saveBus(sessionId, meetingId, new SiteVisitStore.BusRow(busId, load.number(),
                    load.bus().vehicleId(), marshal == null ? null : marshal.attendeeId(),
                    marshal == null ? null : marshal.name(), marshal == null ? null : marshal.rule().name(),
                    marshal == null ? null : marshal.explanation(), marshal == null ? null : marshal.explanationZh()));
            VehicleEntity vehicle = setting.fleet().get(load.bus().vehicleId());
            for (BusPlanning.Rider rider : load.riders()) {
                store.saveRider(sessionId, meetingId, new SiteVisitStore.RiderRow(rider.attendeeId(), busId,
                        rider.seat(), rider.groupId(), rider.group(), rider.convener(), rider.rule().name(),
                        rider.key(), rider.explanation(), rider.explanationZh()));
                Assignment now = new Assignment(load.number(), vehicle.id, rider.seat(), rider.groupId(),
                        marshal == null ? null : marshal.attendeeId());
                if (now.equals(before.get(rider.attendeeId()))) {
                    unchanged++;
                    continue;
                }
                SiteVisitStore.Visit visit = setting.visit();
                events.assigned(new SiteVisitEvents.Assigned(meetingId, sessionId, visit.name(), visit.startsAt(),
                        rider.attendeeId(), load.number(), vehicle.id, vehicle.plate, vehicle.kind.name(),
                        vehicle.driverName, rider.seat(), rider.groupId(), rider.group(), rider.convener(),
                        marshal == null ? null : marshal.attendeeId(), marshal == null ? null : marshal.name(),
                        rider.rule().name()));
                assigned++;
            }
        }
        store.planned(sessionId, actor, InventoryService.now());
        return new AppliedBusPlanView(plan.loads().size(), assigned, unchanged, plan.unplaced().size());
    }

    /** The buses in force, by number, each with its riders by seat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BusPlanView.Bus> buses(UUID meetingId, UUID sessionId) {
        require(meetingId, sessionId, false);
        Map<UUID, DiningSnapshot> people = people(meetingId);
        Map<UUID, List<BusPlanView.Rider>> byBus = new HashMap<>();
        for (SiteVisitStore.RiderRow r : store.riders(sessionId)) {
            DiningSnapshot person = people.get(r.attendeeId());
            byBus.computeIfAbsent(r.busId(), b -> new ArrayList<>()).add(new BusPlanView.Rider(r.attendeeId(),
                    person == null ? "" : person.name(), person == null ? null : person.delegation(), r.seat(),
                    r.groupId(), r.group(), r.convener(), r.rule(), r.key(), r.explanation(), r.explanationZh()));
        }
        List<BusPlanView.Bus> buses = new ArrayList<>();
        for (SiteVisitStore.BusRow bus : store.buses(sessionId)) {
            VehicleEntity vehicle = vehicles.findById(bus.vehicleId());
            buses.add(new BusPlanView.Bus(bus.number(), vehicle.id, vehicle.plate, vehicle.kind, vehicle.seats,
                    vehicle.driverName, vehicle.driverPhone, bus.marshalId() == null ? null
                    : new BusPlanView.Marshal(bus.marshalId(), bus.marshal(), bus.marshalRule(),
                    bus.marshalExplanation(), bus.marshalExplanationZh()),
                    byBus.getOrDefault(bus.id(), List.of())));
        }
        return buses;
    }

    private record Assignment(int number, UUID vehicleId, int seat, UUID groupId, UUID marshalId) {
    }

    private Map<UUID, Assignment> assignments(UUID sessionId) {
        Map<UUID, SiteVisitStore.BusRow> buses = new HashMap<>();
        store.buses(sessionId).forEach(b -> buses.put(b.id(), b));
        Map<UUID, Assignment> assignments = new HashMap<>();
        for (SiteVisitStore.RiderRow r : store.riders(sessionId)) {
            SiteVisitStore.BusRow bus = buses.get(r.busId());
            assignments.put(r.attendeeId(), new Assignment(bus.number(), bus.vehicleId(), r.seat(), r.groupId(),
                    bus.marshalId()));
        }
        return assignments;
    }

    private SiteVisitStore.Visit require(UUID meetingId, UUID sessionId, boolean lock) {
        return store.visit(meetingId, sessionId, lock)
                .orElseThrow(() -> ProblemException.notFound(SITE_VISIT, sessionId));
    }

    private Setting setting(SiteVisitStore.Visit visit, BusPlanRequest request) {
        if (visit.cancelled()) {
            throw ProblemException.conflict(Message.of("the site visit {0} was cancelled: it has no buses",
                    "现场参观 {0} 已取消，不安排车辆", visit.name()));
        }
        UUID meetingId = visit.meetingId();
        Map<UUID, DiningSnapshot> people = new LinkedHashMap<>();
        roster.active(meetingId).forEach(d -> people.put(d.entry().attendeeId(), d.entry()));
        List<BusPlanning.Group> groups = store.groups(meetingId);
        Set<String> categories = new HashSet<>(visit.categories().isEmpty() ? List.of(VOTING) : visit.categories());
        Set<String> delegations = new HashSet<>(visit.delegations());
        Set<UUID> inGroups = new HashSet<>();
        groups.stream().filter(g -> visit.groupIds().contains(g.id()))
                .forEach(g -> g.members().forEach(m -> inGroups.add(m.attendeeId())));
        List<BusPlanning.Participant> participants = new ArrayList<>();
        List<BusPlanning.Staff> staff = new ArrayList<>();
        for (DiningSnapshot person : people.values()) {
            if (STAFF.equals(person.category())) {
                staff.add(new BusPlanning.Staff(person.attendeeId(), person.name()));
            }
            if (categories.contains(person.category())
                    && (delegations.isEmpty() || delegations.contains(person.delegation()))
                    && (visit.groupIds().isEmpty() || inGroups.contains(person.attendeeId()))) {
                participants.add(new BusPlanning.Participant(person.attendeeId(), person.name()));
            }
        }
        // staff serving a group are marshals only while they are on the roster, named as the roster names them
        List<BusPlanning.Group> served = groups.stream().map(g -> new BusPlanning.Group(g.id(), g.name(),
                g.position(), g.members(), g.staff().stream().filter(s -> people.containsKey(s.attendeeId()))
                .map(s -> new BusPlanning.Staff(s.attendeeId(), people.get(s.attendeeId()).name())).toList()))
                .toList();
        return new Setting(visit, people, participants, fleet(meetingId, request), served, staff);
    }

    private Map<UUID, VehicleEntity> fleet(UUID meetingId, BusPlanRequest request) {
        Map<UUID, VehicleEntity> fleet = new LinkedHashMap<>();
        if (request != null && request.vehicleIds() != null && !request.vehicleIds().isEmpty()) {
            for (UUID id : request.vehicleIds()) {
                VehicleEntity vehicle = vehicles.find("id = ?1 and meetingId = ?2", id, meetingId).firstResult();
                if (vehicle == null) {
                    throw ProblemException.invalidField("vehicleIds", Message.of("{0} is no vehicle of the meeting",
                            "{0} 不是本次会议的车辆", id));
                }
                if (fleet.put(id, vehicle) != null) {
                    throw ProblemException.invalidField("vehicleIds", Message.of("{0} is named twice",
                            "{0} 重复", vehicle.plate));
                }
            }
            return fleet;
        }
        vehicles.find("meetingId = ?1 and kind in ?2", meetingId, List.of(VehicleKind.BUS, VehicleKind.MINIBUS))
                .list().stream().sorted(Comparator.comparing((VehicleEntity v) -> v.kind == VehicleKind.BUS ? 0 : 1)
                        .thenComparing(v -> -v.seats).thenComparing(v -> v.plate).thenComparing(v -> v.id))
                .forEach(v -> fleet.put(v.id, v));
        return fleet;
    }

    private Map<UUID, DiningSnapshot> people(UUID meetingId) {
        Map<UUID, DiningSnapshot> people = new HashMap<>();
        roster.active(meetingId).forEach(d -> people.put(d.entry().attendeeId(), d.entry()));
        return people;
    }

    private BusPlanView view(Setting setting, BusPlanning.Plan plan) {
        List<BusPlanView.Bus> buses = new ArrayList<>();
        int placed = 0;
        for (BusPlanning.Load load : plan.loads()) {
            VehicleEntity vehicle = setting.fleet().get(load.bus().vehicleId());
            List<BusPlanView.Rider> riders = new ArrayList<>();
            for (BusPlanning.Rider r : load.riders()) {
                DiningSnapshot person = setting.people().get(r.attendeeId());
                riders.add(new BusPlanView.Rider(r.attendeeId(), person.name(), person.delegation(), r.seat(),
                        r.groupId(), r.group(), r.convener(), r.rule().name(), r.key(), r.explanation(),
                        r.explanationZh()));
                placed++;
            }
            BusPlanning.Marshal m = load.marshal();
            buses.add(new BusPlanView.Bus(load.number(), vehicle.id, vehicle.plate, vehicle.kind, vehicle.seats,
                    vehicle.driverName, vehicle.driverPhone, m == null ? null : new BusPlanView.Marshal(
                    m.attendeeId(), m.name(), m.rule().name(), m.explanation(), m.explanationZh()), riders));
        }
        List<BusPlanView.Unplaced> unplaced = plan.unplaced().stream().map(u -> new BusPlanView.Unplaced(
                u.attendeeId(), setting.people().get(u.attendeeId()).name(), u.groupId(), u.group(), u.reason(),
                u.reasonZh())).toList();
        SiteVisitStore.Visit visit = setting.visit();
        return new BusPlanView(visit.sessionId(), visit.name(), visit.startsAt(), setting.participants().size(),
                placed, buses, unplaced);
    }

    private SiteVisitView view(SiteVisitStore.Visit visit) {
        List<SiteVisitStore.BusRow> buses = store.buses(visit.sessionId());
        int riders = store.riders(visit.sessionId()).size();
        return new SiteVisitView(visit.sessionId(), visit.meetingId(), visit.name(), visit.startsAt(),
                visit.endsAt(), visit.place(), visit.categories(), visit.delegations(), visit.groupIds(),
                visit.cancelled(), visit.version(), visit.plannedAt(), visit.plannedBy(), buses.size(), riders);
    }
}
