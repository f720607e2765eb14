package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.DiningHallRequest;
import io.huiwu.logistics.api.DiningHallView;
import io.huiwu.logistics.api.DiningTableRequest;
import io.huiwu.logistics.api.DiningTableView;
import io.huiwu.logistics.api.MealRequest;
import io.huiwu.logistics.api.MealView;
import io.huiwu.logistics.domain.dining.MealKind;
import io.huiwu.logistics.domain.dining.TablePlanning;
import io.huiwu.logistics.mapping.DiningMapping;
import io.huiwu.logistics.persistence.DiningHallEntity;
import io.huiwu.logistics.persistence.DiningRepositories;
import io.huiwu.logistics.persistence.DiningTableEntity;
import io.huiwu.logistics.persistence.MealEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Dining halls, their tables and the meals served in them. A table has at most 10 seats and a hall one main table;
 * a table goes only while nobody has a seat at it, a hall when it has no tables and no meals, a meal while nobody
 * has a seat at it.
 */
@ApplicationScoped
public class DiningService {

    private final DiningRepositories.Halls halls;
    private final DiningRepositories.Tables tables;
    private final DiningRepositories.Meals meals;
    private final DiningRepositories.Seats seats;

    public DiningService(DiningRepositories.Halls halls, DiningRepositories.Tables tables,
            DiningRepositories.Meals meals, DiningRepositories.Seats seats) {
        this.halls = halls;
        this.tables = tables;
        this.meals = meals;
        this.seats = seats;
    }

    // halls

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DiningHallView> listHalls(UUID meetingId) {
        return halls.find("meetingId = ?1 order by name", meetingId).list().stream().map(this::hallView).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DiningHallView getHall(UUID meetingId, UUID hallId) {
        return hallView(requireHall(meetingId, hallId));
    }

    @Transactional
    public DiningHallView createHall(UUID meetingId, DiningHallRequest request, String actor) {
        String name = request.name().strip();
        requireUniqueHall(meetingId, name, null);
        DiningHallEntity hall = new DiningHallEntity();
        hall.id = UUID.randomUUID();
        hall.meetingId = meetingId;
        fill(hall, name, request, actor);
        halls.persist(hall);
        halls.flush();
        return hallView(hall);
    }

    @Transactional
    public DiningHallView updateHall(UUID meetingId, UUID hallId, long expectedVersion, DiningHallRequest request,
            String actor) {
        DiningHallEntity hall = requireHall(meetingId, hallId);
        Versions.check(expectedVersion, hall.version, RecordNames.DINING_HALL);
        String name = request.name().strip();
        requireUniqueHall(meetingId, name, hallId);
        fill(hall, name, request, actor);
        halls.flush();
        return hallView(hall);
    }

    @Transactional
    public void deleteHall(UUID meetingId, UUID hallId) {
        DiningHallEntity hall = requireHall(meetingId, hallId);
        long served = meals.count("hallId", hallId);
        if (served > 0) {
            throw ProblemException.conflict(Message.of("{0} still has {1} meals: remove them first",
                    "{0} 仍有 {1} 个餐次：请先删除", hall.name, served));
        }
        long inside = tables.count("hallId", hallId);
        if (inside > 0) {
            throw ProblemException.conflict(Message.of("{0} still has {1} tables: remove them first",
                    "{0} 仍有 {1} 张餐桌：请先删除", hall.name, inside));
        }
        halls.delete(hall);
    }

    private static void fill(DiningHallEntity hall, String name, DiningHallRequest request, String actor) {
        hall.name = name;
        hall.location = InventoryService.blankToNull(request.location());
        hall.updatedBy = actor;
        hall.updatedAt = InventoryService.now();
    }

    private void requireUniqueHall(UUID meetingId, String name, UUID except) {
        DiningHallEntity same = halls.find("meetingId = ?1 and name = ?2", meetingId, name).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw duplicate("name", Message.of("is already the name of dining hall {0}", "已是餐厅 {0} 的名称",
                    same.id));
        }
    }

    public DiningHallEntity requireHall(UUID meetingId, UUID hallId) {
        return halls.find("id = ?1 and meetingId = ?2", hallId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.DINING_HALL, hallId));
    }

    private DiningHallView hallView(DiningHallEntity hall) {
        List<DiningTableEntity> inHall = tables.list("hallId", hall.id);
        return DiningMapping.view(hall, inHall.size(), inHall.stream().mapToInt(t -> t.capacity).sum());
    }

    // tables

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DiningTableView> listTables(UUID meetingId, UUID hallId) {
        DiningHallEntity hall = requireHall(meetingId, hallId);
        List<DiningTableEntity> inHall = tables.list("hallId", hallId);
        Map<UUID, Integer> ranks = ranks(inHall);
        return inHall.stream().sorted(Comparator.comparingInt(t -> ranks.get(t.id)))
                .map(t -> DiningMapping.view(t, hall, ranks.get(t.id))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DiningTableView getTable(UUID meetingId, UUID tableId) {
        return tableView(requireTable(meetingId, tableId));
    }

    @Transactional
    public DiningTableView createTable(UUID meetingId, UUID hallId, DiningTableRequest request) {
        requireHall(meetingId, hallId);
        requireTableRules(hallId, request, null);
        DiningTableEntity table = new DiningTableEntity();
        table.id = UUID.randomUUID();
        table.meetingId = meetingId;
        table.hallId = hallId;
        fill(table, request);
        tables.persist(table);
        tables.flush();
        return tableView(table);
    }

    @Transactional
    public DiningTableView updateTable(UUID meetingId, UUID tableId, long expectedVersion,
            DiningTableRequest request) {
        DiningTableEntity table = requireTable(meetingId, tableId);
        Versions.check(expectedVersion, table.version, RecordNames.DINING_TABLE);
        requireTableRules(table.hallId, request, tableId);
        int highestSeat = seats.find("tableId = ?1 order by seat desc", tableId).firstResultOptional()
                .map(s -> s.seat).orElse(0);
        if (request.capacity() < highestSeat) {
            Message message = Message.of("cannot be fewer than {0}: seat {0} is given to someone",
                    "不能少于 {0}：{0} 号座位已安排", highestSeat);
            throw new ProblemException(ProblemType.CONFLICT, Message.of("capacity {0}", "capacity：{0}", message),
                    List.of(new ProblemException.FieldIssue("capacity", message)));
        }
        fill(table, request);
        tables.flush();
        return tableView(table);
    }

    @Transactional
    public void deleteTable(UUID meetingId, UUID tableId) {
        DiningTableEntity table = requireTable(meetingId, tableId);
        long seated = seats.count("tableId", tableId);
        if (seated > 0) {
            throw ProblemException.conflict(Message.of("table {0} has {1} seats given: move those people first",
                    "{0} 号桌已安排 {1} 人：请先调出", table.number, seated));
        }
        tables.delete(table);
    }

    private void requireTableRules(UUID hallId, DiningTableRequest request, UUID except) {
        if (request.diet() != null && !request.diet().hasOwnTables()) {
            throw ProblemException.invalidField("diet", Message.of("must be HALAL, VEGETARIAN or VEGAN: {0} is served"
                    + " at any table", "只能是 HALAL、VEGETARIAN 或 VEGAN：{0} 在任何餐桌均可供应", request.diet()));
        }
        DiningTableEntity same = tables.find("hallId = ?1 and number = ?2", hallId, request.number()).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw duplicate("number", Message.of("is already a table of this hall", "该餐厅已有此桌号"));
        }
        if (Boolean.TRUE.equals(request.main())) {
            DiningTableEntity main = tables.find("hallId = ?1 and main = true", hallId).firstResult();
            if (main != null && !main.id.equals(except)) {
                throw duplicate("main", Message.of("table {0} is already the main table of this hall",
                        "该餐厅的主桌已是 {0} 号桌", main.number));
            }
        }
    }

    private static void fill(DiningTableEntity table, DiningTableRequest request) {
        table.number = request.number();
        table.capacity = request.capacity();
        table.x = request.x();
        table.y = request.y();
        table.main = Boolean.TRUE.equals(request.main());
        table.diet = request.diet();
        table.updatedAt = InventoryService.now();
    }

    public DiningTableEntity requireTable(UUID meetingId, UUID tableId) {
        return tables.find("id = ?1 and meetingId = ?2", tableId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.DINING_TABLE, tableId));
    }

    private DiningTableView tableView(DiningTableEntity table) {
        DiningHallEntity hall = halls.findById(table.hallId);
        return DiningMapping.view(table, hall, ranks(tables.list("hallId", table.hallId)).get(table.id));
    }

    /** Each table's rank in its hall (DOMAIN.md, Dining). */
    static Map<UUID, Integer> ranks(List<DiningTableEntity> inHall) {
        Map<UUID, Integer> ranks = new HashMap<>();
        TablePlanning.rank(inHall.stream().map(DiningMapping::planned).toList())
                .forEach(t -> ranks.put(t.table().id(), t.rank()));
        return ranks;
    }

    // meals

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MealView> listMeals(UUID meetingId, LocalDate day) {
        Map<UUID, DiningHallEntity> byId = new HashMap<>();
        halls.list("meetingId", meetingId).forEach(h -> byId.put(h.id, h));
        List<MealEntity> found = day == null ? meals.list("meetingId", meetingId)
                : meals.list("meetingId = ?1 and day = ?2", meetingId, day);
        return found.stream().sorted(Comparator.comparing((MealEntity m) -> m.day)
                .thenComparing(m -> m.kind, Comparator.comparingInt(MealKind::ordinal))
                .thenComparing(m -> byId.get(m.hallId).name))
                .map(m -> DiningMapping.view(m, byId.get(m.hallId), (int) seats.count("mealId", m.id))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MealView getMeal(UUID meetingId, UUID mealId) {
        return mealView(requireMeal(meetingId, mealId));
    }

    @Transactional
    public MealView createMeal(UUID meetingId, MealRequest request) {
        requireMealHall(meetingId, request.hallId());
        requireUniqueMeal(request, null);
        MealEntity meal = new MealEntity();
        meal.id = UUID.randomUUID();
        meal.meetingId = meetingId;
        fill(meal, request);
        meals.persist(meal);
        meals.flush();
        return mealView(meal);
    }

    @Transactional
    public MealView updateMeal(UUID meetingId, UUID mealId, long expectedVersion, MealRequest request) {
        MealEntity meal = requireMeal(meetingId, mealId);
        Versions.check(expectedVersion, meal.version, RecordNames.MEAL);
        requireMealHall(meetingId, request.hallId());
        requireUniqueMeal(request, mealId);
        if (!meal.hallId.equals(request.hallId()) && seats.count("mealId", mealId) > 0) {
            throw duplicate("hallId", Message.of("cannot change while people have seats at this meal: release them"
                    + " first", "本餐次已有人员安排座位，不能更换餐厅：请先取消安排"));
        }
        fill(meal, request);
        meals.flush();
        return mealView(meal);
    }

    @Transactional
    public void deleteMeal(UUID meetingId, UUID mealId) {
        MealEntity meal = requireMeal(meetingId, mealId);
        long seated = seats.count("mealId", mealId);
        if (seated > 0) {
            throw ProblemException.conflict(Message.of("{0} people have seats at this meal: release them first",
                    "本餐次已安排 {0} 人：请先取消安排", seated));
        }
        meals.delete(meal);
    }

    private void requireMealHall(UUID meetingId, UUID hallId) {
        if (halls.find("id = ?1 and meetingId = ?2", hallId, meetingId).firstResultOptional().isEmpty()) {
            throw ProblemException.invalidField("hallId", Message.of("is not a dining hall of this meeting",
                    "不是本次会议的餐厅"));
        }
    }

    private void requireUniqueMeal(MealRequest request, UUID except) {
        MealEntity same = meals.find("hallId = ?1 and day = ?2 and kind = ?3", request.hallId(), request.day(),
                request.kind()).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw duplicate("kind", Message.of("this hall already serves {0} on {1}", "该餐厅 {1} 已有{0}",
                    request.kind(), request.day()));
        }
    }

    private static void fill(MealEntity meal, MealRequest request) {
        meal.hallId = request.hallId();
        meal.day = request.day();
        meal.kind = request.kind();
        meal.service = request.service();
        meal.updatedAt = InventoryService.now();
    }

    public MealEntity requireMeal(UUID meetingId, UUID mealId) {
        return meals.find("id = ?1 and meetingId = ?2", mealId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.MEAL, mealId));
    }

    private MealView mealView(MealEntity meal) {
        return DiningMapping.view(meal, halls.findById(meal.hallId), (int) seats.count("mealId", meal.id));
    }

    static ProblemException duplicate(String field, Message message) {
        return new ProblemException(ProblemType.CONFLICT, Message.of("{0} {1}", "{0}：{1}", field, message),
                List.of(new ProblemException.FieldIssue(field, message)));
    }
}
