package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.logistics.api.AppliedTablePlanView;
import io.huiwu.logistics.api.DietCountsView;
import io.huiwu.logistics.api.DietRequest;
import io.huiwu.logistics.api.DietView;
import io.huiwu.logistics.api.SeatRequest;
import io.huiwu.logistics.api.TablePlanRequest;
import io.huiwu.logistics.api.TablePlanView;
import io.huiwu.logistics.api.TableSeatView;
import io.huiwu.logistics.domain.dining.Diet;
import io.huiwu.logistics.domain.dining.TablePlanning;
import io.huiwu.logistics.event.DiningEvents;
import io.huiwu.logistics.mapping.DiningMapping;
import io.huiwu.logistics.persistence.DiningHallEntity;
import io.huiwu.logistics.persistence.DiningRepositories;
import io.huiwu.logistics.persistence.DiningRoster;
import io.huiwu.logistics.persistence.DiningTableEntity;
import io.huiwu.logistics.persistence.MealEntity;
import io.huiwu.logistics.persistence.TableSeatEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who sits where at each meal. A plan by protocol ({@link TablePlanning}) is previewed, then applied, moving only
 * what differs; seats given by hand are pinned and never moved by a plan. A seat is given by hand only if it is held
 * by whom the caller saw there (compare-and-set), else 409 naming who holds it; every change of a meal's seats holds
 * the meal's row lock, so two staff giving the same seat are served one after the other. Each change publishes
 * {@code table-assigned} for a seat given or changed and {@code table-unassigned} for a seat lost, in the same
 * transaction (outbox). Staff (category STAFF) are not planned, as registration's readiness check expects no table
 * for them; they can be seated by hand.
 */
@ApplicationScoped
public class TableSeatingService {

    static final String NOT_PLANNED = "STAFF";

    private final DiningService dining;
    private final DiningRepositories.Halls halls;
    private final DiningRepositories.Tables tables;
    private final DiningRepositories.Meals meals;
    private final DiningRepositories.Seats seats;
    private final DiningRoster roster;
    private final DiningEvents events;

    public TableSeatingService(DiningService dining, DiningRepositories.Halls halls, DiningRepositories.Tables tables,
            DiningRepositories.Meals meals, DiningRepositories.Seats seats, DiningRoster roster,
            DiningEvents events) {
        this.dining = dining;
        this.halls = halls;
        this.tables = tables;
        this.meals = meals;
        this.seats = seats;
        this.roster = roster;
        this.events = events;
    }

    /** A meal with its hall, its tables in rank order, and the people of the meeting, read once per operation. */
    public record Setting(MealEntity meal, DiningHallEntity hall, List<TablePlanning.RankedTable> ranked,
            Map<UUID, Integer> ranks, Map<UUID, DiningTableEntity> tables, Map<UUID, DiningRoster.Diner> people) {

        int rankOf(UUID tableId) {
            return ranks.getOrDefault(tableId, Integer.MAX_VALUE);
        }

        String nameOf(UUID attendeeId) {
            DiningRoster.Diner person = people.get(attendeeId);
            return person == null ? attendeeId.toString() : person.entry().name();
        }
    }

    private Setting setting(UUID meetingId, UUID mealId, boolean lock) {
        MealEntity meal = dining.requireMeal(meetingId, mealId);
        if (lock) {
            meals.getEntityManager().lock(meal, LockModeType.PESSIMISTIC_WRITE);
        }
        DiningHallEntity hall = halls.findById(meal.hallId);
        List<DiningTableEntity> inHall = tables.list("hallId", meal.hallId);
        Map<UUID, DiningTableEntity> byId = inHall.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<TablePlanning.RankedTable> ranked = TablePlanning.rank(inHall.stream().map(DiningMapping::planned)
                .toList());
        Map<UUID, DiningRoster.Diner> people = new LinkedHashMap<>();
        roster.active(meetingId).forEach(d -> people.put(d.entry().attendeeId(), d));
        Map<UUID, Integer> ranks = new HashMap<>();
        ranked.forEach(t -> ranks.put(t.table().id(), t.rank()));
        return new Setting(meal, hall, ranked, ranks, byId, people);
    }

    // plans

    @Transactional(Transactional.TxType.SUPPORTS)
    public TablePlanView preview(UUID meetingId, UUID mealId, TablePlanRequest request) {
        Setting setting = setting(meetingId, mealId, false);
        return view(setting, plan(setting, request));
    }

    @Transactional
    public AppliedTablePlanView apply(UUID meetingId, UUID mealId, TablePlanRequest request, String actor) {
        Setting setting = setting(meetingId, mealId, true);
        TablePlanning.Plan plan = plan(setting, request);
        Map<UUID, TablePlanning.Placement> planned = plan.placements().stream()
                .collect(Collectors.toMap(TablePlanning.Placement::attendeeId, Function.identity()));
        List<TableSeatEntity> current = seats.list("mealId", mealId);
        List<DiningEvents.TableAssignment> lost = new ArrayList<>();
        List<TableSeatEntity> leaving = new ArrayList<>();
        int unchanged = 0;
        for (TableSeatEntity seat : current) {
            TablePlanning.Placement placement = planned.get(seat.attendeeId);
            if (seat.pinned || placement != null && placement.tableId().equals(seat.tableId)
                    && placement.seat() == seat.seat) {
                unchanged++;
                planned.remove(seat.attendeeId);
                continue;
            }
            if (placement == null) {
                lost.add(event(seat, setting));
            }
            leaving.add(seat);
        }
        leaving.forEach(seats::delete);
        seats.flush();
        List<TableSeatEntity> given = new ArrayList<>();
        for (TablePlanning.Placement placement : plan.placements()) {
            if (!planned.containsKey(placement.attendeeId()) || placement.rule() == TablePlanning.Rule.PINNED) {
                continue;
            }
            TableSeatEntity seat = new TableSeatEntity();
            seat.id = UUID.randomUUID();
            seat.meetingId = meetingId;
            seat.mealId = mealId;
            seat.tableId = placement.tableId();
            seat.seat = placement.seat();
            seat.attendeeId = placement.attendeeId();
            seat.pinned = false;
            seat.rule = placement.rule();
            seat.ruleKey = placement.key();
            seat.assignedBy = actor;
            seat.assignedAt = InventoryService.now();
            seats.persist(seat);
            given.add(seat);
        }
        seats.flush();
        lost.forEach(events::unassigned);
        given.forEach(seat -> events.assigned(event(seat, setting)));
        return new AppliedTablePlanView(given.size(), lost.size(), unchanged, plan.unplaced().size());
    }

    private TablePlanning.Plan plan(Setting setting, TablePlanRequest request) {
        List<TablePlanning.Diner> diners = setting.people().values().stream()
                .filter(d -> !NOT_PLANNED.equals(d.entry().category()))
                .map(d -> new TablePlanning.Diner(d.entry().attendeeId(), d.entry().name(), d.entry().rank(),
                        d.entry().delegation(), d.diet()))
                .toList();
        List<TablePlanning.Pin> pins = seats.list("mealId = ?1 and pinned = true", setting.meal().id).stream()
                .map(s -> new TablePlanning.Pin(s.attendeeId, s.tableId, s.seat)).toList();
        return TablePlanning.plan(setting.ranked().stream().map(TablePlanning.RankedTable::table).toList(), diners,
                pins, request == null || request.delegations() == null ? List.of()
                        : request.delegations().stream().map(String::strip).toList());
    }

    private static TablePlanView view(Setting setting, TablePlanning.Plan plan) {
        Map<UUID, Map<Integer, TablePlanning.Placement>> byTable = new HashMap<>();
        for (TablePlanning.Placement placement : plan.placements()) {
            byTable.computeIfAbsent(placement.tableId(), t -> new HashMap<>()).put(placement.seat(), placement);
        }
        List<TablePlanView.Table> views = new ArrayList<>();
        for (TablePlanning.RankedTable ranked : plan.tables()) {
            TablePlanning.Table table = ranked.table();
            Map<Integer, TablePlanning.Placement> here = byTable.getOrDefault(table.id(), Map.of());
            List<TablePlanView.Seat> seatViews = new ArrayList<>();
            for (TablePlanning.Seat seat : TablePlanning.seats(table.capacity())) {
                TablePlanning.Placement placed = here.get(seat.number());
                if (placed == null) {
                    seatViews.add(new TablePlanView.Seat(seat.number(), seat.position(), seat.angle(), null, null,
                            null, null, null, null, null));
                    continue;
                }
                DiningRoster.Diner person = setting.people().get(placed.attendeeId());
                seatViews.add(new TablePlanView.Seat(seat.number(), seat.position(), seat.angle(),
                        placed.attendeeId(), setting.nameOf(placed.attendeeId()),
                        person == null ? null : person.entry().delegation(), placed.rule(), placed.key(),
                        placed.explanation(), placed.explanationZh()));
            }
            views.add(new TablePlanView.Table(table.id(), table.number(), ranked.rank(), ranked.rank() == 1,
                    table.diet(), table.capacity(), seatViews));
        }
        List<TablePlanView.Unplaced> unplaced = plan.unplaced().stream().map(u -> new TablePlanView.Unplaced(
                u.attendeeId(), setting.nameOf(u.attendeeId()), u.reason(), u.reasonZh())).toList();
        return new TablePlanView(setting.meal().id, plan.placements().size() + unplaced.size(),
                plan.placements().size(), views, unplaced);
    }

    // seats by hand

    @Transactional
    public TableSeatView seat(UUID meetingId, UUID mealId, UUID attendeeId, SeatRequest request, String actor) {
        Setting setting = setting(meetingId, mealId, true);
        if (!setting.people().containsKey(attendeeId)) {
            throw ProblemException.notFound(RecordNames.ATTENDEE, attendeeId);
        }
        DiningTableEntity table = setting.tables().get(request.tableId());
        if (table == null) {
            throw ProblemException.invalidField("tableId", Message.of("is not a table of the hall this meal is served"
                    + " in", "不是本餐次所在餐厅的餐桌"));
        }
        if (request.seat() > table.capacity) {
            throw ProblemException.invalidField("seat", Message.of("must be at most {0}: table {1} has {0} seats",
                    "不能大于 {0}：{1} 号桌只有 {0} 个座位", table.capacity, table.number));
        }
        TableSeatEntity holder = seats.find("mealId = ?1 and tableId = ?2 and seat = ?3", mealId, table.id,
                request.seat()).firstResult();
        UUID holderId = holder == null ? null : holder.attendeeId;
        if (!Objects.equals(holderId, request.expectedHolder()) && !attendeeId.equals(holderId)) {
            Message message = holder == null
                    ? Message.of("is free now, not held by {0}: read the table again", "现为空位，并非 {0}：请重新读取",
                            setting.nameOf(request.expectedHolder()))
                    : Message.of("is held by {0}", "已安排给 {0}", setting.nameOf(holderId));
            throw new ProblemException(ProblemType.CONFLICT, Message.of("seat {0} of table {1} {2}",
                    "{1} 号桌 {0} 号座位{2}", request.seat(), table.number, message),
                    List.of(new ProblemException.FieldIssue("seat", message)));
        }
        if (holder != null && !attendeeId.equals(holderId)) {
            DiningEvents.TableAssignment displaced = event(holder, setting);
            seats.delete(holder);
            seats.flush();
            events.unassigned(displaced);
        }
        TableSeatEntity seat = seats.find("mealId = ?1 and attendeeId = ?2", mealId, attendeeId).firstResult();
        if (seat == null) {
            seat = new TableSeatEntity();
            seat.id = UUID.randomUUID();
            seat.meetingId = meetingId;
            seat.mealId = mealId;
            seat.attendeeId = attendeeId;
        }
        seat.tableId = table.id;
        seat.seat = request.seat();
        seat.pinned = true;
        seat.rule = TablePlanning.Rule.PINNED;
        seat.ruleKey = "";
        seat.assignedBy = actor;
        seat.assignedAt = InventoryService.now();
        seats.persist(seat);
        seats.flush();
        events.assigned(event(seat, setting));
        return view(seat, setting);
    }

    @Transactional
    public void release(UUID meetingId, UUID mealId, UUID attendeeId) {
        Setting setting = setting(meetingId, mealId, true);
        TableSeatEntity seat = seats.find("mealId = ?1 and attendeeId = ?2", mealId, attendeeId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(RecordNames.TABLE_SEAT,
                        attendeeId));
        DiningEvents.TableAssignment lost = event(seat, setting);
        seats.delete(seat);
        seats.flush();
        events.unassigned(lost);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TableSeatView> list(UUID meetingId, UUID mealId) {
        Setting setting = setting(meetingId, mealId, false);
        return seated(setting).stream().map(s -> view(s, setting)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TableSeatView get(UUID meetingId, UUID mealId, UUID attendeeId) {
        Setting setting = setting(meetingId, mealId, false);
        return seats.find("mealId = ?1 and attendeeId = ?2", mealId, attendeeId).firstResultOptional()
                .map(s -> view(s, setting))
                .orElseThrow(() -> ProblemException.notFound(RecordNames.TABLE_SEAT, attendeeId));
    }

    /** The meal's seats by table rank and seat. */
    public List<TableSeatEntity> seated(Setting setting) {
        return seats.list("mealId", setting.meal().id).stream().sorted(Comparator
                .comparingInt((TableSeatEntity s) -> setting.rankOf(s.tableId)).thenComparingInt(s -> s.seat))
                .toList();
    }

    /** The meal as the cards print it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Setting printable(UUID meetingId, UUID mealId) {
        return setting(meetingId, mealId, false);
    }

    // diets

    @Transactional(Transactional.TxType.SUPPORTS)
    public DietCountsView dietCounts(UUID meetingId, UUID mealId) {
        Setting setting = setting(meetingId, mealId, false);
        Map<UUID, List<TableSeatEntity>> byTable = new LinkedHashMap<>();
        for (TableSeatEntity seat : seated(setting)) {
            byTable.computeIfAbsent(seat.tableId, t -> new ArrayList<>()).add(seat);
        }
        List<DietCountsView.Table> perTable = new ArrayList<>();
        Map<Diet, Integer> total = new EnumMap<>(Diet.class);
        for (Map.Entry<UUID, List<TableSeatEntity>> table : byTable.entrySet()) {
            Map<Diet, Integer> counts = new EnumMap<>(Diet.class);
            for (TableSeatEntity seat : table.getValue()) {
                for (Diet diet : dietOf(seat.attendeeId, setting)) {
                    counts.merge(diet, 1, Integer::sum);
                    total.merge(diet, 1, Integer::sum);
                }
            }
            perTable.add(new DietCountsView.Table(table.getKey(), setting.tables().get(table.getKey()).number,
                    table.getValue().size(), counts(counts)));
        }
        int people = byTable.values().stream().mapToInt(List::size).sum();
        return new DietCountsView(mealId, people, counts(total), perTable);
    }

    private static List<DietCountsView.Count> counts(Map<Diet, Integer> counts) {
        return counts.entrySet().stream().map(e -> new DietCountsView.Count(e.getKey(), e.getKey().label(),
                e.getValue())).toList();
    }

    static Set<Diet> dietOf(UUID attendeeId, Setting setting) {
        DiningRoster.Diner person = setting.people().get(attendeeId);
        return person == null ? EnumSet.noneOf(Diet.class) : person.diet();
    }

    @Transactional
    public DietView recordDiet(UUID meetingId, UUID attendeeId, DietRequest request, String actor) {
        requirePerson(meetingId, attendeeId);
        roster.recordDiet(meetingId, attendeeId, EnumSet.copyOf(request.diet().isEmpty()
                ? EnumSet.noneOf(Diet.class) : request.diet()), actor, InventoryService.now());
        return diet(meetingId, attendeeId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DietView diet(UUID meetingId, UUID attendeeId) {
        DiningRoster.Diner person = requirePerson(meetingId, attendeeId);
        return new DietView(attendeeId, person.entry().name(), List.copyOf(person.diet()),
                person.dietFromRoster() ? "ROSTER" : "STAFF");
    }

    private DiningRoster.Diner requirePerson(UUID meetingId, UUID attendeeId) {
        return roster.active(meetingId).stream().filter(d -> d.entry().attendeeId().equals(attendeeId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, attendeeId));
    }

    // views and events

    private static String position(DiningTableEntity table, int seat) {
        return TablePlanning.seats(table.capacity).get(seat - 1).position();
    }

    private static DiningEvents.TableAssignment event(TableSeatEntity seat, Setting setting) {
        DiningTableEntity table = setting.tables().get(seat.tableId);
        MealEntity meal = setting.meal();
        return new DiningEvents.TableAssignment(seat.meetingId, seat.attendeeId, meal.id, meal.day,
                meal.kind.name(), meal.service.name(), setting.hall().id, setting.hall().name, table.id,
                String.valueOf(table.number), setting.rankOf(table.id) == 1, String.valueOf(seat.seat),
                position(table, seat.seat), dietOf(seat.attendeeId, setting).stream().map(Diet::name).toList(),
                seat.rule.name(), seat.pinned);
    }

    private static TableSeatView view(TableSeatEntity seat, Setting setting) {
        DiningTableEntity table = setting.tables().get(seat.tableId);
        MealEntity meal = setting.meal();
        String key = seat.ruleKey == null ? "" : seat.ruleKey;
        return new TableSeatView(seat.attendeeId, setting.nameOf(seat.attendeeId), meal.id, meal.day, meal.kind,
                setting.hall().id, setting.hall().name, table.id, table.number, setting.rankOf(table.id) == 1,
                seat.seat, position(table, seat.seat), List.copyOf(dietOf(seat.attendeeId, setting)), seat.pinned,
                seat.rule, seat.rule.explain(key), seat.rule.explainZh(key), seat.assignedBy, seat.assignedAt,
                seat.version);
    }
}
