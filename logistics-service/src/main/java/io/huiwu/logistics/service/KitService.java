package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.KitIssueView;
import io.huiwu.logistics.api.KitRequest;
import io.huiwu.logistics.api.KitView;
import io.huiwu.logistics.api.ShortageView;
import io.huiwu.logistics.domain.supplies.KitCategories;
import io.huiwu.logistics.domain.supplies.Shortages;
import io.huiwu.logistics.domain.supplies.StockReason;
import io.huiwu.logistics.event.SupplyEvents;
import io.huiwu.logistics.persistence.KitEntity;
import io.huiwu.logistics.persistence.KitIssueEntity;
import io.huiwu.logistics.persistence.KitItemEntity;
import io.huiwu.logistics.persistence.SupplyItemEntity;
import io.huiwu.logistics.persistence.SupplyRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Kits (资料袋, 记者包): the items each person of some categories is handed once, at the desk. Handing one out is a
 * scan: the kit's row lock puts two desks scanning the same person in a line, the person gets it once, and every
 * item's stock goes down in the same transaction (all or none: an item out of stock refuses the whole kit, naming
 * it). Publishes {@code kit-issued}.
 */
@ApplicationScoped
public class KitService {

    private final SupplyRepositories.Kits kits;
    private final SupplyRepositories.KitItems kitItems;
    private final SupplyRepositories.Items items;
    private final SupplyRepositories.Issues issues;
    private final SupplyService supplies;
    private final SupplyEvents events;

    public KitService(SupplyRepositories.Kits kits, SupplyRepositories.KitItems kitItems,
            SupplyRepositories.Items items, SupplyRepositories.Issues issues, SupplyService supplies,
            SupplyEvents events) {
        this.kits = kits;
        this.kitItems = kitItems;
        this.items = items;
        this.issues = issues;
        this.supplies = supplies;
        this.events = events;
    }

    // kits

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KitView> listKits(UUID meetingId) {
        Map<UUID, Stocked> byId = itemsOf(meetingId);
        Map<UUID, long[]> counts = counts(meetingId);
        return kits.find("meetingId = ?1 order by name", meetingId).list().stream()
                .map(kit -> view(kit, byId, counts)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KitView getKit(UUID meetingId, UUID kitId) {
        return view(requireKit(meetingId, kitId), itemsOf(meetingId), counts(meetingId));
    }

    @Transactional
    public KitView createKit(UUID meetingId, KitRequest request, String actor) {
        String name = request.name().strip();
        requireUniqueKit(meetingId, name, null);
        KitEntity kit = new KitEntity();
        kit.id = UUID.randomUUID();
        kit.meetingId = meetingId;
        fill(meetingId, kit, name, request, actor);
        kits.persist(kit);
        kits.flush();
        replaceLines(kit, request);
        return getKit(meetingId, kit.id);
    }

    @Transactional
    public KitView updateKit(UUID meetingId, UUID kitId, long expectedVersion, KitRequest request, String actor) {
        KitEntity kit = requireKit(meetingId, kitId);
        Versions.check(expectedVersion, kit.version, RecordNames.KIT);
        String name = request.name().strip();
        requireUniqueKit(meetingId, name, kitId);
        fill(meetingId, kit, name, request, actor);
        kits.flush();
        replaceLines(kit, request);
        return getKit(meetingId, kit.id);
    }

    private void fill(UUID meetingId, KitEntity kit, String name, KitRequest request, String actor) {
        Set<String> categories = new HashSet<>();
        for (int i = 0; i < request.categories().size(); i++) {
            String category = request.categories().get(i).strip();
            if (!KitCategories.KNOWN.contains(category)) {
                throw ProblemException.invalidField("categories[" + i + "]", Message.of("must be one of {0}",
                        "只能是 {0} 之一", String.join(", ", KitCategories.KNOWN)));
            }
            if (!categories.add(category)) {
                throw ProblemException.invalidField("categories[" + i + "]", Message.of("is listed twice",
                        "重复列出"));
            }
        }
        Set<UUID> seen = new HashSet<>();
        Map<UUID, Stocked> known = itemsOf(meetingId);
        for (int i = 0; i < request.items().size(); i++) {
            UUID itemId = request.items().get(i).itemId();
            if (!known.containsKey(itemId)) {
                throw ProblemException.invalidField("items[" + i + "].itemId", Message.of("is not an item of this"
                        + " meeting's supplies", "不是本次会议的会议用品"));
            }
            if (!seen.add(itemId)) {
                throw ProblemException.invalidField("items[" + i + "].itemId", Message.of("is listed twice: give"
                        + " one line with the quantity", "重复列出：请合并为一行并填写数量"));
            }
        }
        kit.name = name;
        kit.categories = KitCategories.KNOWN.stream().filter(categories::contains)
                .collect(Collectors.joining(","));
        kit.updatedBy = actor;
        kit.updatedAt = InventoryService.now();
    }

    private void replaceLines(KitEntity kit, KitRequest request) {
        kitItems.delete("kitId", kit.id);
        kitItems.flush();
        for (KitRequest.Line line : request.items()) {
            KitItemEntity entity = new KitItemEntity();
            entity.kitId = kit.id;
            entity.itemId = line.itemId();
            entity.quantity = line.quantity();
            kitItems.persist(entity);
        }
        kitItems.flush();
    }

    private void requireUniqueKit(UUID meetingId, String name, UUID except) {
        KitEntity same = kits.find("meetingId = ?1 and name = ?2", meetingId, name).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw DiningService.duplicate("name", Message.of("is already the name of a kit", "已有同名资料袋"));
        }
    }

    private KitEntity requireKit(UUID meetingId, UUID kitId) {
        return kits.find("id = ?1 and meetingId = ?2", kitId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.KIT, kitId));
    }

    // handing out

    /**
     * Hands the kit to a person: an active attendee of one of its categories who has not had it, with every item in
     * stock; else 404, 409 or 422 naming why, and nothing changes.
     */
    @Transactional
    public KitIssueView issue(UUID meetingId, UUID kitId, UUID attendeeId, String actor) {
        requireKit(meetingId, kitId);
        KitEntity kit = kits.findById(kitId, LockModeType.PESSIMISTIC_WRITE);
        Person person = person(meetingId, attendeeId);
        KitIssueEntity earlier = issues.find("kitId = ?1 and attendeeId = ?2", kitId, attendeeId).firstResult();
        if (earlier != null) {
            throw ProblemException.conflict(Message.of("{0} has had {1} already: {2} handed it out at {3}",
                    "{0} 已领取 {1}：{2} 于 {3} 发放", person.name(), kit.name, earlier.issuedBy, earlier.issuedAt));
        }
        List<String> categories = Arrays.asList(kit.categories.split(","));
        if (!categories.contains(person.category())) {
            throw ProblemException.ruleViolated(Message.of("{0} is not for {1} ({2}): it is for {3}",
                    "{0} 不发给 {1}（{2}）：发放对象为 {3}", kit.name, person.name(), person.category(), kit.categories));
        }
        KitIssueEntity issue = new KitIssueEntity();
        issue.id = UUID.randomUUID();
        issue.meetingId = meetingId;
        issue.kitId = kitId;
        issue.attendeeId = attendeeId;
        issue.issuedBy = actor;
        issue.issuedAt = InventoryService.now();
        issues.persist(issue);
        issues.flush();
        List<SupplyEvents.Item> handed = new ArrayList<>();
        List<KitItemEntity> lines = kitItems.find("kitId = ?1 order by itemId", kitId).list();
        for (KitItemEntity line : lines) {
            SupplyItemEntity item = items.findById(line.itemId);
            if (!supplies.move(item, -line.quantity, StockReason.ISSUED, null, issue.id, actor)) {
                throw new ProblemException(ProblemType.CONFLICT, Message.of("{0} is out of stock: {1} needs {2} {3},"
                        + " {4} left; record a delivery first", "{0} 库存不足：{1} 需要 {2} {3}，现余 {4}；请先登记入库",
                        item.name, kit.name, line.quantity, item.unit, supplies.currentStock(item.id)));
            }
            handed.add(new SupplyEvents.Item(item.id, item.name, item.unit, line.quantity));
        }
        events.kitIssued(new SupplyEvents.KitIssued(meetingId, issue.id, kitId, kit.name, attendeeId, handed, actor,
                issue.issuedAt));
        return new KitIssueView(issue.id, kitId, kit.name, attendeeId, person.name(), actor, issue.issuedAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KitIssueView> listIssues(UUID meetingId, UUID kitId) {
        KitEntity kit = requireKit(meetingId, kitId);
        Map<UUID, String> names = names(meetingId);
        return issues.find("kitId = ?1 order by issuedAt, id", kitId).list().stream()
                .map(issue -> new KitIssueView(issue.id, kitId, kit.name, issue.attendeeId,
                        names.getOrDefault(issue.attendeeId, ""), issue.issuedBy, issue.issuedAt)).toList();
    }

    /** The items the kits still to hand out need more of than is in stock; with {@code all}, every item they need. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ShortageView> shortages(UUID meetingId, boolean all) {
        Map<UUID, Stocked> byId = itemsOf(meetingId);
        Map<UUID, long[]> counts = counts(meetingId);
        List<Shortages.Kit> planned = new ArrayList<>();
        for (KitEntity kit : kits.list("meetingId", meetingId)) {
            List<Shortages.Line> lines = kitItems.list("kitId", kit.id).stream()
                    .map(line -> new Shortages.Line(line.itemId, line.quantity)).toList();
            planned.add(new Shortages.Kit(kit.id, kit.name, lines,
                    (int) counts.getOrDefault(kit.id, new long[2])[1]));
        }
        List<Shortages.Item> stock = byId.values().stream()
                .map(item -> new Shortages.Item(item.id(), item.name(), item.stock())).toList();
        return Shortages.of(planned, stock, all).stream().map(shortage -> new ShortageView(shortage.itemId(),
                shortage.item(), byId.get(shortage.itemId()).unit(), shortage.needed(), shortage.stock(),
                shortage.shortBy(), shortage.kits())).toList();
    }

    // reading

    /** A person as the desk sees them. */
    private record Person(String name, String category) {
    }

    private Person person(UUID meetingId, UUID attendeeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = kits.getEntityManager().createNativeQuery("select name, category, withdrawn"
                + " from roster_attendee where id = ?1 and meeting_id = ?2").setParameter(1, attendeeId)
                .setParameter(2, meetingId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(RecordNames.ATTENDEE, attendeeId);
        }
        Object[] row = rows.get(0);
        if ((Boolean) row[2]) {
            throw ProblemException.conflict(Message.of("{0} has withdrawn from the meeting: no kit is handed out",
                    "{0} 已退会：不再发放资料袋", row[0]));
        }
        return new Person((String) row[0], (String) row[1]);
    }

    private Map<UUID, String> names(UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = kits.getEntityManager().createNativeQuery("select id, name from roster_attendee"
                + " where meeting_id = ?1").setParameter(1, meetingId).getResultList();
        Map<UUID, String> names = new HashMap<>();
        rows.forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    /** An item as kits read it, with its stock as it is now in the database. */
    private record Stocked(UUID id, String name, String unit, int stock) {
    }

    private Map<UUID, Stocked> itemsOf(UUID meetingId) {
        // read by a statement: stock moves by statements an entity already loaded would not show
        @SuppressWarnings("unchecked")
        List<Object[]> rows = kits.getEntityManager().createNativeQuery("select id, name, unit, stock"
                + " from supply_item where meeting_id = ?1").setParameter(1, meetingId).getResultList();
        Map<UUID, Stocked> byId = new HashMap<>();
        rows.forEach(row -> byId.put((UUID) row[0], new Stocked((UUID) row[0], (String) row[1], (String) row[2],
                ((Number) row[3]).intValue())));
        return byId;
    }

    /** Per kit: how many were handed out, and how many active people of its categories still wait for one. */
    private Map<UUID, long[]> counts(UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = kits.getEntityManager().createNativeQuery("select k.id,"
                + " (select count(*) from kit_issue i where i.kit_id = k.id),"
                + " (select count(*) from roster_attendee r where r.meeting_id = k.meeting_id and not r.withdrawn"
                + " and r.category = any (string_to_array(k.categories, ','))"
                + " and not exists (select 1 from kit_issue i where i.kit_id = k.id and i.attendee_id = r.id))"
                + " from kit k where k.meeting_id = ?1").setParameter(1, meetingId).getResultList();
        Map<UUID, long[]> counts = new HashMap<>();
        rows.forEach(row -> counts.put((UUID) row[0], new long[] {((Number) row[1]).longValue(),
                ((Number) row[2]).longValue()}));
        return counts;
    }

    private KitView view(KitEntity kit, Map<UUID, Stocked> byId, Map<UUID, long[]> counts) {
        List<KitView.Line> lines = kitItems.find("kitId = ?1 order by itemId", kit.id).list().stream()
                .map(line -> {
                    Stocked item = byId.get(line.itemId);
                    return new KitView.Line(line.itemId, item.name(), item.unit(), line.quantity);
                }).sorted((a, b) -> a.item().compareTo(b.item())).toList();
        long[] count = counts.getOrDefault(kit.id, new long[2]);
        return new KitView(kit.id, kit.meetingId, kit.name, Arrays.asList(kit.categories.split(",")), lines,
                count[0], count[1], kit.updatedAt, kit.version);
    }
}
