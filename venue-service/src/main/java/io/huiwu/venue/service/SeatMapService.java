package io.huiwu.venue.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.SeatBlockRequest;
import io.huiwu.venue.api.SeatBlockView;
import io.huiwu.venue.api.SeatMapDocument;
import io.huiwu.venue.api.SeatMapSpec;
import io.huiwu.venue.api.SeatMapValidation;
import io.huiwu.venue.api.SeatMapView;
import io.huiwu.venue.domain.SeatGrid;
import io.huiwu.venue.domain.SeatPlan;
import io.huiwu.venue.domain.SpaceKind;
import io.huiwu.venue.mapping.SeatMapMapping;
import io.huiwu.venue.persistence.SeatBlockEntity;
import io.huiwu.venue.persistence.SeatMapEntity;
import io.huiwu.venue.persistence.SeatMapSeatEntity;
import io.huiwu.venue.persistence.SeatingRepositories;
import io.huiwu.venue.persistence.SpaceEntity;
import io.huiwu.venue.persistence.VenueRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A hall's seat map (domain {@link SeatGrid}, {@link SeatPlan}): one draft, made from a grid spec or given as a whole
 * document, edited with If-Match, validated and published as version 1, 2, 3...; publishing is refused while a seat
 * that is blocked or that someone holds would disappear. Seats of the published map can be blocked with a reason.
 * Changes to one hall's map and blocks are made one at a time (its row is locked), so a seat cannot be blocked while a
 * version that lacks it is being published.
 */
@ApplicationScoped
public class SeatMapService {

    private static final int SHOWN = 20;

    private final VenueService venues;
    private final VenueRepositories.Spaces spaces;
    private final VenueRepositories.SeatMaps maps;
    private final VenueRepositories.SeatMapSeats seats;
    private final VenueRepositories.SeatBlocks blocks;
    private final SeatingRepositories.Assignments assignments;
    private final ObjectMapper json;

    public SeatMapService(VenueService venues, VenueRepositories.Spaces spaces, VenueRepositories.SeatMaps maps,
            VenueRepositories.SeatMapSeats seats, VenueRepositories.SeatBlocks blocks,
            SeatingRepositories.Assignments assignments, ObjectMapper json) {
        this.venues = venues;
        this.spaces = spaces;
        this.maps = maps;
        this.seats = seats;
        this.blocks = blocks;
        this.assignments = assignments;
        this.json = json;
    }

    /** The draft and whether it is new. */
    public record Saved(SeatMapView map, boolean created) {
    }

    /** Creates the draft (no If-Match) or replaces it (If-Match with its version); a bad grid is a 400. */
    @Transactional
    public Saved saveDraft(UUID meetingId, UUID venueId, UUID hallId, Long expectedVersion, SeatMapSpec spec) {
        SeatGrid.Spec grid = SeatMapMapping.grid(spec);
        SeatGrid.Layout layout = SeatGrid.generate(grid);
        return save(meetingId, venueId, hallId, expectedVersion, spec, null,
                layout.valid() ? new Drawn(spec, SeatPlan.of(grid, layout), layout) : new Drawn(spec, null, layout));
    }

    /**
     * Creates or replaces the draft from a whole document, as {@link #saveDraft} does from a grid; a document that
     * breaks a rule of {@link SeatPlan} is a 400 naming where.
     */
    @Transactional
    public Saved saveDocument(UUID meetingId, UUID venueId, UUID hallId, Long expectedVersion,
            SeatMapDocument document) {
        SeatPlan.Plan plan = SeatMapMapping.plan(document);
        return save(meetingId, venueId, hallId, expectedVersion, null, document,
                new Drawn(null, plan, SeatPlan.check(plan)));
    }

    private Saved save(UUID meetingId, UUID venueId, UUID hallId, Long expectedVersion, SeatMapSpec spec,
            SeatMapDocument document, Drawn drawn) {
        SpaceEntity hall = lockHall(meetingId, venueId, hallId);
        SeatGrid.Layout layout = drawn.layout();
        if (!layout.valid()) {
            SeatGrid.Issue first = layout.issues().get(0);
            throw new ProblemException(ProblemType.VALIDATION, Message.of("{0} {1}", "{0}：{1}", first.path(),
                    Message.of(first.english(), first.chinese())), layout.issues().stream()
                    .map(i -> new ProblemException.FieldIssue(i.path(), Message.of(i.english(), i.chinese())))
                    .toList());
        }
        Optional<SeatMapEntity> existing = draft(hall.id);
        if (existing.isEmpty() && expectedVersion != null) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, Message.of(
                    "Hall {0} has no draft seat map; send no If-Match to start one",
                    "会场 {0} 没有座位图草稿；新建草稿请勿发送 If-Match", hall.name));
        }
        SeatMapEntity draft = existing.orElseGet(SeatMapEntity::new);
        if (existing.isPresent()) {
            long expected = expectedVersion == null ? Versions.required(null) : expectedVersion;
            Versions.check(expected, draft.version, draftNamed(hall));
        } else {
            draft.id = UUID.randomUUID();
            draft.hallId = hall.id;
            draft.status = SeatMapEntity.DRAFT;
        }
        draft.spec = spec == null ? null : write(spec);
        draft.document = document == null ? null : write(document);
        draft.seatCount = layout.seats().size();
        draft.updatedAt = now();
        maps.persist(draft);
        maps.flush();
        return new Saved(SeatMapMapping.view(draft, spec, drawn.plan(), layout.seats(), layout.aisles(),
                blocked(hall.id)), existing.isEmpty());
    }

    /** A stored version as it was given (a grid spec or a document), written out in full, with its seats. */
    private record Drawn(SeatMapSpec spec, SeatPlan.Plan plan, SeatGrid.Layout layout) {
    }

    private Drawn drawn(SeatMapEntity map) {
        if (map.document != null) {
            SeatPlan.Plan plan = SeatMapMapping.plan(read(map.document, SeatMapDocument.class));
            return new Drawn(null, plan, SeatPlan.check(plan));
        }
        SeatMapSpec spec = read(map.spec, SeatMapSpec.class);
        SeatGrid.Spec grid = SeatMapMapping.grid(spec);
        SeatGrid.Layout layout = SeatGrid.generate(grid);
        return new Drawn(spec, SeatPlan.of(grid, layout), layout);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SeatMapView getDraft(UUID meetingId, UUID venueId, UUID hallId) {
        SpaceEntity hall = requireHall(meetingId, venueId, hallId);
        SeatMapEntity draft = draft(hall.id).orElseThrow(() -> missing(draftNamed(hall)));
        Drawn drawn = drawn(draft);
        return SeatMapMapping.view(draft, drawn.spec(), drawn.plan(), drawn.layout().seats(),
                drawn.layout().aisles(), blocked(hall.id));
    }

    /** What publishing the draft would change, and whether it may. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SeatMapValidation validate(UUID meetingId, UUID venueId, UUID hallId) {
        SpaceEntity hall = requireHall(meetingId, venueId, hallId);
        SeatMapEntity draft = draft(hall.id).orElseThrow(() -> missing(draftNamed(hall)));
        return validation(hall, draft);
    }

    /** Publishes the draft as the next version; 409 naming the blocked seats it would lose. */
    @Transactional
    public SeatMapView publish(UUID meetingId, UUID venueId, UUID hallId, long expectedVersion) {
        SpaceEntity hall = lockHall(meetingId, venueId, hallId);
        SeatMapEntity draft = draft(hall.id).orElseThrow(() -> missing(draftNamed(hall)));
        Versions.check(expectedVersion, draft.version, draftNamed(hall));
        Drawn drawn = drawn(draft);
        SeatGrid.Layout layout = drawn.layout();
        Set<String> ids = layout.seats().stream().map(SeatGrid.Seat::id).collect(Collectors.toSet());
        List<String> lost = SeatGrid.vanishing(held(hall.id), ids);
        if (!lost.isEmpty()) {
            Map<String, String> labels = latest(hall.id).map(m -> labels(m.id)).orElse(Map.of());
            String named = lost.stream().limit(SHOWN).map(id -> id + " (" + labels.getOrDefault(id, id) + ")")
                    .collect(Collectors.joining(", ")) + (lost.size() > SHOWN ? "..." : "");
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "Publishing the draft would remove {0} seats that are blocked or assigned: {1}; release them or"
                            + " keep them in the draft", "发布草稿将删除 {0} 个已封存或已分配的座位：{1}；请先释放，或在草稿中保留",
                    lost.size(), named), List.of(new ProblemException.FieldIssue("seats", Message.of(
                    "would lose {0}", "将失去 {0}", named))));
        }
        Integer last = maps.find("select max(m.number) from SeatMapEntity m where m.hallId = ?1", hall.id)
                .project(Integer.class).firstResult();
        draft.number = last == null ? 1 : last + 1;
        draft.status = SeatMapEntity.PUBLISHED;
        draft.publishedAt = now();
        draft.updatedAt = draft.publishedAt;
        for (SeatGrid.Seat seat : layout.seats()) {
            SeatMapSeatEntity row = new SeatMapSeatEntity();
            row.mapId = draft.id;
            row.seatId = seat.id();
            row.floor = seat.floor();
            row.block = seat.block();
            row.row = seat.row();
            row.number = seat.number();
            row.label = seat.label();
            seats.persist(row);
        }
        maps.flush();
        return SeatMapMapping.view(draft, drawn.spec(), drawn.plan(), layout.seats(), layout.aisles(),
                blocked(hall.id));
    }

    /** The latest published version, or the one numbered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SeatMapView published(UUID meetingId, UUID venueId, UUID hallId, Integer number) {
        SpaceEntity hall = requireHall(meetingId, venueId, hallId);
        SeatMapEntity map = (number == null ? latest(hall.id) : maps.find("hallId = ?1 and number = ?2", hall.id,
                number).firstResultOptional()).orElseThrow(() -> missing(number == null
                ? Message.of("A published seat map of hall {0}", "会场 {0} 已发布的座位图", hall.name)
                : Message.of("Version {0} of the seat map of hall {1}", "会场 {1} 座位图第 {0} 版", number, hall.name)));
        Drawn drawn = drawn(map);
        List<SeatGrid.Seat> stored = seats.find("mapId = ?1 order by floor, row, number", map.id).list().stream()
                .map(s -> new SeatGrid.Seat(s.seatId, s.floor, s.block, s.row, s.number, s.label)).toList();
        return SeatMapMapping.view(map, drawn.spec(), drawn.plan(), stored, drawn.layout().aisles(),
                blocked(hall.id));
    }

    /** The rostrum's rows of the hall's latest published seat map; empty when it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Integer> rostrumRows(UUID hallId) {
        return latest(hallId).map(m -> drawn(m).plan().rostrumRows()).orElse(List.of());
    }

    /**
     * Blocks seats of the latest published map, each with the reason; blocking one again changes its reason.
     * Returns the seats of the request, in order of their ids.
     */
    @Transactional
    public List<SeatBlockView> block(UUID meetingId, UUID venueId, UUID hallId, SeatBlockRequest request) {
        SpaceEntity hall = lockHall(meetingId, venueId, hallId);
        SeatMapEntity map = latest(hall.id).orElseThrow(() -> ProblemException.conflict(Message.of(
                "Hall {0} has no published seat map yet, so it has no seat to block", "会场 {0} 尚未发布座位图，无座位可封存",
                hall.name)));
        Map<String, String> labels = labels(map.id);
        for (int i = 0; i < request.seatIds().size(); i++) {
            if (!labels.containsKey(request.seatIds().get(i))) {
                throw ProblemException.invalidField("seatIds[" + i + "]", Message.of(
                        "{0} is not a seat of the published seat map (version {1})",
                        "{0} 不是已发布座位图（第 {1} 版）中的座位", request.seatIds().get(i), map.number));
            }
        }
        OffsetDateTime now = now();
        for (String seatId : new HashSet<>(request.seatIds())) {
            SeatBlockEntity block = blocks.findById(new SeatBlockEntity.Key(hall.id, seatId));
            if (block == null) {
                block = new SeatBlockEntity();
                block.hallId = hall.id;
                block.seatId = seatId;
                block.blockedAt = now;
            }
            block.reason = request.reason().strip();
            blocks.persist(block);
        }
        blocks.flush();
        Set<String> asked = new HashSet<>(request.seatIds());
        return blocks(hall, labels).stream().filter(b -> asked.contains(b.seatId())).toList();
    }

    @Transactional
    public void unblock(UUID meetingId, UUID venueId, UUID hallId, String seatId) {
        SpaceEntity hall = lockHall(meetingId, venueId, hallId);
        if (!blocks.deleteById(new SeatBlockEntity.Key(hall.id, seatId))) {
            throw ProblemException.notFound(Message.of("A block of seat", "封存座位"), seatId);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeatBlockView> blocks(UUID meetingId, UUID venueId, UUID hallId) {
        SpaceEntity hall = requireHall(meetingId, venueId, hallId);
        return blocks(hall, latest(hall.id).map(m -> labels(m.id)).orElse(Map.of()));
    }

    private List<SeatBlockView> blocks(SpaceEntity hall, Map<String, String> labels) {
        return blocks.find("hallId = ?1 order by seatId", hall.id).list().stream()
                .map(b -> new SeatBlockView(b.seatId, labels.get(b.seatId), b.reason, b.blockedAt)).toList();
    }

    private SeatMapValidation validation(SpaceEntity hall, SeatMapEntity draft) {
        SeatGrid.Layout layout = drawn(draft).layout();
        Set<String> ids = layout.seats().stream().map(SeatGrid.Seat::id).collect(Collectors.toSet());
        Set<String> published = latest(hall.id).map(m -> labels(m.id).keySet()).orElse(Set.of());
        List<String> lost = SeatGrid.vanishing(held(hall.id), ids);
        long added = ids.stream().filter(id -> !published.contains(id)).count();
        long removed = published.stream().filter(id -> !ids.contains(id)).count();
        List<String> warnings = new ArrayList<>();
        if (hall.capacity != ids.size()) {
            warnings.add("The hall's capacity is " + hall.capacity + " and the map has " + ids.size() + " seats");
        }
        return new SeatMapValidation(lost.isEmpty(), ids.size(), published.size(), (int) added, (int) removed, lost,
                warnings);
    }

    /** The hall, which must be one. */
    public SpaceEntity requireHall(UUID meetingId, UUID venueId, UUID hallId) {
        SpaceEntity space = venues.requireSpace(meetingId, venueId, hallId);
        if (space.kind != SpaceKind.HALL) {
            throw ProblemException.conflict(Message.of("{0} is a room: only a hall has a seat map",
                    "{0} 是会议室：只有会场有座位图", space.name));
        }
        return space;
    }

    /** The hall, locked until the transaction ends: its map, blocks and seats change one at a time. */
    public SpaceEntity lockHall(UUID meetingId, UUID venueId, UUID hallId) {
        SpaceEntity hall = requireHall(meetingId, venueId, hallId);
        spaces.getEntityManager().lock(hall, LockModeType.PESSIMISTIC_WRITE);
        return hall;
    }

    private Optional<SeatMapEntity> draft(UUID hallId) {
        return maps.find("hallId = ?1 and status = ?2", hallId, SeatMapEntity.DRAFT).firstResultOptional();
    }

    /** The seats of a published version by their ids. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, SeatMapSeatEntity> seatsOf(UUID mapId) {
        Map<String, SeatMapSeatEntity> found = new HashMap<>();
        seats.find("mapId", mapId).list().forEach(s -> found.put(s.seatId, s));
        return found;
    }

    /** The ids of the hall's blocked seats. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> blockedSeats(UUID hallId) {
        return blocked(hallId).keySet();
    }

    /** The hall's latest published version. */
    public Optional<SeatMapEntity> latest(UUID hallId) {
        return maps.find("hallId = ?1 and status = ?2 order by number desc", hallId, SeatMapEntity.PUBLISHED)
                .firstResultOptional();
    }

    private Map<String, String> labels(UUID mapId) {
        Map<String, String> labels = new HashMap<>();
        seats.find("mapId", mapId).list().forEach(s -> labels.put(s.seatId, s.label));
        return labels;
    }

    /** The seats a new version must keep: those blocked and those someone holds, in any layout. */
    private Set<String> held(UUID hallId) {
        Set<String> held = new HashSet<>(blocked(hallId).keySet());
        assignments.find("hallId", hallId).list().forEach(a -> held.add(a.seatId));
        return held;
    }

    private Map<String, String> blocked(UUID hallId) {
        Map<String, String> blocked = new HashMap<>();
        blocks.find("hallId", hallId).list().forEach(b -> blocked.put(b.seatId, b.reason));
        return blocked;
    }

    private static ProblemException missing(Message what) {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("{0} does not exist", "{0} 不存在", what));
    }

    private static Message draftNamed(SpaceEntity hall) {
        return Message.of("The draft seat map of hall {0}", "会场 {0} 的座位图草稿", hall.name);
    }

    private String write(Object given) {
        try {
            return json.writeValueAsString(given);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a seat map", e);
        }
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read a stored seat map", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
