package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.BudgetLineRequest;
import io.huiwu.logistics.api.BudgetLineView;
import io.huiwu.logistics.api.StockMovementRequest;
import io.huiwu.logistics.api.StockMovementView;
import io.huiwu.logistics.api.SupplyItemRequest;
import io.huiwu.logistics.api.SupplyItemView;
import io.huiwu.logistics.domain.supplies.StockReason;
import io.huiwu.logistics.mapping.SupplyMapping;
import io.huiwu.logistics.persistence.BudgetLineEntity;
import io.huiwu.logistics.persistence.StockMovementEntity;
import io.huiwu.logistics.persistence.SupplyItemEntity;
import io.huiwu.logistics.persistence.SupplyRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The meeting's budget lines and supply items with their stock (会议用品). Stock changes only by movements, each kept:
 * the initial stock, deliveries, write-offs and counts by staff, and kits handed out ({@link KitService}). It never
 * goes below zero.
 */
@ApplicationScoped
public class SupplyService {

    private final SupplyRepositories.BudgetLines lines;
    private final SupplyRepositories.Items items;
    private final SupplyRepositories.Movements movements;

    public SupplyService(SupplyRepositories.BudgetLines lines, SupplyRepositories.Items items,
            SupplyRepositories.Movements movements) {
        this.lines = lines;
        this.items = items;
        this.movements = movements;
    }

    // budget lines

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BudgetLineView> listBudgetLines(UUID meetingId) {
        Map<UUID, BigDecimal[]> spending = spending(meetingId);
        return lines.find("meetingId = ?1 order by code", meetingId).list().stream()
                .map(line -> lineView(line, spending)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetLineView getBudgetLine(UUID meetingId, UUID lineId) {
        return lineView(requireLine(meetingId, lineId), spending(meetingId));
    }

    @Transactional
    public BudgetLineView createBudgetLine(UUID meetingId, BudgetLineRequest request, String actor) {
        String code = request.code().strip();
        requireUniqueCode(meetingId, code, null);
        BudgetLineEntity line = new BudgetLineEntity();
        line.id = UUID.randomUUID();
        line.meetingId = meetingId;
        fill(line, code, request, actor);
        lines.persist(line);
        lines.flush();
        return lineView(line, spending(meetingId));
    }

    @Transactional
    public BudgetLineView updateBudgetLine(UUID meetingId, UUID lineId, long expectedVersion,
            BudgetLineRequest request, String actor) {
        BudgetLineEntity line = requireLine(meetingId, lineId);
        Versions.check(expectedVersion, line.version, RecordNames.BUDGET_LINE);
        String code = request.code().strip();
        requireUniqueCode(meetingId, code, lineId);
        fill(line, code, request, actor);
        lines.flush();
        return lineView(line, spending(meetingId));
    }

    private static void fill(BudgetLineEntity line, String code, BudgetLineRequest request, String actor) {
        line.code = code;
        line.name = request.name().strip();
        line.amount = request.amount();
        line.updatedBy = actor;
        line.updatedAt = InventoryService.now();
    }

    private void requireUniqueCode(UUID meetingId, String code, UUID except) {
        BudgetLineEntity same = lines.find("meetingId = ?1 and code = ?2", meetingId, code).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw DiningService.duplicate("code", Message.of("is already the code of budget line {0}",
                    "已是预算科目 {0} 的编码", same.name));
        }
    }

    BudgetLineEntity requireLine(UUID meetingId, UUID lineId) {
        return lines.find("id = ?1 and meetingId = ?2", lineId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.BUDGET_LINE, lineId));
    }

    /** Per budget line: the value received (committed) and the value handed out in kits (issued). */
    private Map<UUID, BigDecimal[]> spending(UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = lines.getEntityManager().createNativeQuery("select i.budget_line_id,"
                + " coalesce(sum(case when m.reason <> 'ISSUED' then m.delta else 0 end * i.unit_cost), 0),"
                + " coalesce(sum(case when m.reason = 'ISSUED' then -m.delta else 0 end * i.unit_cost), 0)"
                + " from supply_item i join stock_movement m on m.item_id = i.id"
                + " where i.meeting_id = ?1 and i.budget_line_id is not null group by i.budget_line_id")
                .setParameter(1, meetingId).getResultList();
        Map<UUID, BigDecimal[]> spending = new HashMap<>();
        for (Object[] row : rows) {
            spending.put((UUID) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2]});
        }
        return spending;
    }

    private static BudgetLineView lineView(BudgetLineEntity line, Map<UUID, BigDecimal[]> spending) {
        BigDecimal[] spent = spending.getOrDefault(line.id, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        return SupplyMapping.view(line, spent[0], spent[1]);
    }

    // items

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupplyItemView> listItems(UUID meetingId) {
        Map<UUID, String> codes = codes(meetingId);
        return items.find("meetingId = ?1 order by name", meetingId).list().stream()
                .map(item -> SupplyMapping.view(item, codes.get(item.budgetLineId))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupplyItemView getItem(UUID meetingId, UUID itemId) {
        SupplyItemEntity item = requireItem(meetingId, itemId);
        return SupplyMapping.view(item, codes(meetingId).get(item.budgetLineId));
    }

    @Transactional
    public SupplyItemView createItem(UUID meetingId, SupplyItemRequest request, String actor) {
        String name = request.name().strip();
        requireUniqueItem(meetingId, name, null);
        SupplyItemEntity item = new SupplyItemEntity();
        item.id = UUID.randomUUID();
        item.meetingId = meetingId;
        item.stock = 0;
        fill(meetingId, item, name, request, actor);
        items.persist(item);
        items.flush();
        int initial = request.initialStock() == null ? 0 : request.initialStock();
        if (initial > 0) {
            move(item, initial, StockReason.INITIAL, null, null, actor);
            items.getEntityManager().refresh(item);
        }
        return SupplyMapping.view(item, codes(meetingId).get(item.budgetLineId));
    }

    @Transactional
    public SupplyItemView updateItem(UUID meetingId, UUID itemId, long expectedVersion, SupplyItemRequest request,
            String actor) {
        SupplyItemEntity item = requireItem(meetingId, itemId);
        Versions.check(expectedVersion, item.version, RecordNames.SUPPLY_ITEM);
        if (request.initialStock() != null) {
            throw ProblemException.invalidField("initialStock", Message.of("is only given when the item is added;"
                    + " record a delivery, write-off or count with POST .../stock", "仅在新增物品时填写；入库、报损或盘点请用"
                    + " POST .../stock 记录"));
        }
        String name = request.name().strip();
        requireUniqueItem(meetingId, name, itemId);
        fill(meetingId, item, name, request, actor);
        items.flush();
        return SupplyMapping.view(item, codes(meetingId).get(item.budgetLineId));
    }

    private void fill(UUID meetingId, SupplyItemEntity item, String name, SupplyItemRequest request, String actor) {
        if (request.budgetLineId() != null && lines.find("id = ?1 and meetingId = ?2", request.budgetLineId(),
                meetingId).firstResult() == null) {
            throw ProblemException.invalidField("budgetLineId", Message.of("is not a budget line of this meeting",
                    "不是本次会议的预算科目"));
        }
        item.name = name;
        item.unit = request.unit().strip();
        item.unitCost = request.unitCost();
        item.budgetLineId = request.budgetLineId();
        item.updatedBy = actor;
        item.updatedAt = InventoryService.now();
    }

    private void requireUniqueItem(UUID meetingId, String name, UUID except) {
        SupplyItemEntity same = items.find("meetingId = ?1 and name = ?2", meetingId, name).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw DiningService.duplicate("name", Message.of("is already the name of an item", "已有同名物品"));
        }
    }

    SupplyItemEntity requireItem(UUID meetingId, UUID itemId) {
        return items.find("id = ?1 and meetingId = ?2", itemId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.SUPPLY_ITEM, itemId));
    }

    private Map<UUID, String> codes(UUID meetingId) {
        Map<UUID, String> codes = new HashMap<>();
        lines.list("meetingId", meetingId).forEach(line -> codes.put(line.id, line.code));
        return codes;
    }

    // stock

    @Transactional
    public SupplyItemView recordMovement(UUID meetingId, UUID itemId, StockMovementRequest request, String actor) {
        SupplyItemEntity item = requireItem(meetingId, itemId);
        if (!request.reason().byHand()) {
            throw ProblemException.invalidField("reason", Message.of("must be RECEIVED, WRITTEN_OFF or COUNTED: {0}"
                    + " is recorded by the service", "只能是 RECEIVED、WRITTEN_OFF 或 COUNTED：{0} 由系统记录",
                    request.reason()));
        }
        if (request.delta() == 0) {
            throw ProblemException.invalidField("delta", Message.of("must not be 0", "不能为 0"));
        }
        if (request.reason() == StockReason.RECEIVED && request.delta() < 0
                || request.reason() == StockReason.WRITTEN_OFF && request.delta() > 0) {
            throw ProblemException.invalidField("delta", Message.of("must be {0} for {1}", "{1} 时必须{0}",
                    request.reason() == StockReason.RECEIVED ? Message.of("above 0", "大于 0")
                            : Message.of("below 0", "小于 0"), request.reason()));
        }
        if (!move(item, request.delta(), request.reason(), request.note(), null, actor)) {
            Message message = Message.of("would take the stock of {0} below zero: {1} {2} in stock",
                    "将使 {0} 的库存小于零：现有 {1} {2}", item.name, currentStock(item.id), item.unit);
            throw new ProblemException(ProblemType.CONFLICT, Message.of("delta {0}", "delta：{0}", message),
                    List.of(new ProblemException.FieldIssue("delta", message)));
        }
        items.getEntityManager().refresh(item);
        return SupplyMapping.view(item, codes(meetingId).get(item.budgetLineId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StockMovementView> listMovements(UUID meetingId, UUID itemId) {
        requireItem(meetingId, itemId);
        return movements.find("itemId = ?1 order by recordedAt, id", itemId).list().stream()
                .map(SupplyMapping::view).toList();
    }

    /**
     * Changes the stock by {@code delta} and keeps the movement, if the stock stays at or above zero; answers whether
     * it did. Runs in the caller's transaction.
     */
    boolean move(SupplyItemEntity item, int delta, StockReason reason, String note, UUID kitIssueId, String actor) {
        OffsetDateTime now = InventoryService.now();
        if (!items.move(item.id, delta, actor, now)) {
            return false;
        }
        StockMovementEntity movement = new StockMovementEntity();
        movement.id = UUID.randomUUID();
        movement.meetingId = item.meetingId;
        movement.itemId = item.id;
        movement.delta = delta;
        movement.reason = reason;
        movement.note = InventoryService.blankToNull(note);
        movement.kitIssueId = kitIssueId;
        movement.actor = actor;
        movement.recordedAt = now;
        movements.persist(movement);
        return true;
    }

    int currentStock(UUID itemId) {
        return ((Number) items.getEntityManager().createNativeQuery("select stock from supply_item where id = ?1")
                .setParameter(1, itemId).getSingleResult()).intValue();
    }
}
