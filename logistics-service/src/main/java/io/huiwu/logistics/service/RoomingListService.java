package io.huiwu.logistics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.logistics.api.RoomingChangesView;
import io.huiwu.logistics.api.RoomingColumn;
import io.huiwu.logistics.api.RoomingListVersionView;
import io.huiwu.logistics.api.RoomingMappingRequest;
import io.huiwu.logistics.api.RoomingMappingView;
import io.huiwu.logistics.domain.RoomType;
import io.huiwu.logistics.domain.RoomingField;
import io.huiwu.logistics.domain.StayStatus;
import io.huiwu.logistics.domain.dining.Diet;
import io.huiwu.logistics.event.LodgingSnapshot;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.LodgingRoster;
import io.huiwu.logistics.persistence.RoomEntity;
import io.huiwu.logistics.persistence.RoomingListVersionEntity;
import io.huiwu.logistics.persistence.RoomingMappingEntity;
import io.huiwu.logistics.persistence.StayEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A hotel's rooming list: a row per guest with a stay booked or arrived there, room by room, sharers of a room in
 * one group and naming each other. Each hotel may keep its own layout (a saved mapping). Sending the list records it
 * as a version; what changes afterwards is a change request against the last version sent, field by field.
 */
@ApplicationScoped
public class RoomingListService {

    private static final TypeReference<List<RoomingColumn>> COLUMNS = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<UUID, Map<RoomingField, String>>> ENTRIES =
            new TypeReference<>() {
            };
    private static final Message VERSION = Message.of("Rooming list version", "分房名单版本");

    private final LodgingRepositories.Hotels hotels;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRepositories.Stays stays;
    private final LodgingRepositories.RoomingMappings mappings;
    private final LodgingRepositories.RoomingListVersions versions;
    private final LodgingRoster roster;

    private final RoomBlockService blocks;

    public RoomingListService(LodgingRepositories.Hotels hotels, LodgingRepositories.Rooms rooms,
            LodgingRepositories.Stays stays, LodgingRepositories.RoomingMappings mappings,
            LodgingRepositories.RoomingListVersions versions, LodgingRoster roster, RoomBlockService blocks) {
        this.blocks = blocks;
        this.hotels = hotels;
        this.rooms = rooms;
        this.stays = stays;
        this.mappings = mappings;
        this.versions = versions;
        this.roster = roster;
    }

    /** The default layout: every field in its order, under its Chinese header. */
    public static List<RoomingColumn> defaultColumns() {
        return Arrays.stream(RoomingField.values()).map(f -> new RoomingColumn(f, f.defaultHeader())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoomingMappingView mapping(UUID meetingId, UUID hotelId) {
        HotelEntity hotel = hotel(meetingId, hotelId);
        RoomingMappingEntity saved = mappings.findById(hotel.id);
        return saved == null ? new RoomingMappingView(hotelId, false, defaultColumns(), null, null)
                : new RoomingMappingView(hotelId, true, read(saved.columns, COLUMNS), saved.updatedBy,
                        saved.updatedAt);
    }

    @Transactional
    public RoomingMappingView saveMapping(UUID meetingId, UUID hotelId, RoomingMappingRequest request, String actor) {
        HotelEntity hotel = hotel(meetingId, hotelId);
        Set<RoomingField> fields = new HashSet<>();
        Set<String> headers = new HashSet<>();
        List<RoomingColumn> columns = new ArrayList<>();
        for (int i = 0; i < request.columns().size(); i++) {
            RoomingColumn column = request.columns().get(i);
            if (!fields.add(column.field())) {
                throw ProblemException.invalidField("columns[" + i + "].field", Message.of("{0} is in two columns",
                        "{0} 出现在两列中", column.field()));
            }
            String header = column.header().strip();
            if (!headers.add(header.toLowerCase(Locale.ROOT))) {
                throw ProblemException.invalidField("columns[" + i + "].header", Message.of("header {0} is used twice",
                        "表头 {0} 重复", header));
            }
            columns.add(new RoomingColumn(column.field(), header));
        }
        if (!fields.contains(RoomingField.NAME)) {
            throw ProblemException.invalidField("columns", Message.of("must have a NAME column: the hotel's"
                    + " confirmations are matched by it", "必须包含 NAME 列：酒店回传的确认号按姓名匹配"));
        }
        RoomingMappingEntity saved = mappings.findById(hotel.id);
        if (saved == null) {
            saved = new RoomingMappingEntity();
            saved.hotelId = hotel.id;
            saved.meetingId = meetingId;
        }
        saved.columns = write(columns);
        saved.updatedBy = actor;
        saved.updatedAt = InventoryService.now();
        mappings.persist(saved);
        mappings.flush();
        return new RoomingMappingView(hotelId, true, columns, saved.updatedBy, saved.updatedAt);
    }

    /** The list as it stands, in the hotel's layout. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] workbook(UUID meetingId, UUID hotelId) {
        HotelEntity hotel = hotel(meetingId, hotelId);
        return RoomingSheets.write(hotel.name, mapping(meetingId, hotelId).columns(),
                List.copyOf(rows(meetingId, hotel.id).values()), blocks.usage(meetingId, hotel.id, null).lines());
    }

    /** Records the list as it stands as the next version: the full list first, then change requests. */
    @Transactional
    public RoomingListVersionView send(UUID meetingId, UUID hotelId, String actor) {
        HotelEntity hotel = hotels.find("id = ?1 and meetingId = ?2", hotelId, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.HOTEL, hotelId));
        RoomingListVersionEntity last = versions.find("hotelId = ?1 order by number desc", hotel.id).firstResult();
        Map<UUID, Map<RoomingField, String>> now = rows(meetingId, hotel.id);
        RoomingListVersionEntity version = new RoomingListVersionEntity();
        version.id = UUID.randomUUID();
        version.meetingId = meetingId;
        version.hotelId = hotel.id;
        version.number = last == null ? 1 : last.number + 1;
        version.entries = write(now);
        if (last == null) {
            version.kind = "FULL";
        } else {
            RoomingChangesView changes = diff(last.number, version.number, read(last.entries, ENTRIES), now);
            if (changes.added().isEmpty() && changes.removed().isEmpty() && changes.changed().isEmpty()) {
                throw ProblemException.conflict(Message.of("nothing changed since version {0} was sent",
                        "自第 {0} 版发出以来没有变化", last.number));
            }
            version.kind = "CHANGES";
            version.changes = write(changes);
        }
        version.sentBy = actor;
        version.sentAt = InventoryService.now();
        versions.persist(version);
        versions.flush();
        return view(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoomingListVersionView> versions(UUID meetingId, UUID hotelId) {
        HotelEntity hotel = hotel(meetingId, hotelId);
        return versions.list("hotelId = ?1 order by number", hotel.id).stream().map(this::view).toList();
    }

    /** The change request the list as it stands makes against version {@code since} (the last sent by default). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoomingChangesView changes(UUID meetingId, UUID hotelId, Integer since) {
        HotelEntity hotel = hotel(meetingId, hotelId);
        RoomingListVersionEntity base = since == null
                ? versions.find("hotelId = ?1 order by number desc", hotel.id).firstResult()
                : versions.find("hotelId = ?1 and number = ?2", hotel.id, since).firstResult();
        if (base == null) {
            throw since == null ? ProblemException.conflict(Message.of("no rooming list has been sent to this hotel",
                    "尚未向该酒店发送分房名单")) : ProblemException.notFound(VERSION, since);
        }
        return diff(base.number, null, read(base.entries, ENTRIES), rows(meetingId, hotel.id));
    }

    HotelEntity hotel(UUID meetingId, UUID hotelId) {
        return hotels.find("id = ?1 and meetingId = ?2", hotelId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.HOTEL, hotelId));
    }

    /** Every guest with a stay booked or arrived at the hotel, room by room and bed by bed, by attendee. */
    Map<UUID, Map<RoomingField, String>> rows(UUID meetingId, UUID hotelId) {
        Map<UUID, RoomEntity> roomsById = rooms.list("hotelId", hotelId).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, LodgingSnapshot> people = roster.active(meetingId).stream()
                .collect(Collectors.toMap(LodgingSnapshot::attendeeId, Function.identity()));
        List<StayEntity> staying = stays.list("hotelId = ?1 and status <> ?2", hotelId, StayStatus.CANCELLED)
                .stream().filter(s -> roomsById.containsKey(s.roomId))
                .sorted(Comparator.comparing((StayEntity s) -> roomsById.get(s.roomId).number, RoomingListService::
                        byNumber).thenComparingInt(s -> s.bed))
                .toList();
        Map<UUID, List<StayEntity>> byRoom = staying.stream().collect(Collectors.groupingBy(s -> s.roomId,
                LinkedHashMap::new, Collectors.toList()));
        Map<UUID, Map<RoomingField, String>> rows = new LinkedHashMap<>();
        int group = 0;
        for (List<StayEntity> sharing : byRoom.values()) {
            group++;
            for (StayEntity stay : sharing) {
                RoomEntity room = roomsById.get(stay.roomId);
                LodgingSnapshot person = people.get(stay.attendeeId);
                Map<RoomingField, String> values = new EnumMap<>(RoomingField.class);
                values.put(RoomingField.ROOM, room.number);
                values.put(RoomingField.ROOM_TYPE, roomType(room.type));
                values.put(RoomingField.SHARE_GROUP, String.valueOf(group));
                values.put(RoomingField.SHARES_WITH, sharing.stream().filter(s -> s != stay)
                        .map(s -> nameOf(s.attendeeId, people)).collect(Collectors.joining("、")));
                values.put(RoomingField.NAME, nameOf(stay.attendeeId, people));
                values.put(RoomingField.GENDER, person == null ? "" : gender(person.gender()));
                values.put(RoomingField.DELEGATION, person == null || person.delegation() == null ? ""
                        : person.delegation());
                values.put(RoomingField.ARRIVAL, stay.arrival == null ? "" : stay.arrival.toString());
                values.put(RoomingField.DEPARTURE, stay.departure == null ? "" : stay.departure.toString());
                values.put(RoomingField.NIGHTS, stay.arrival == null || stay.departure == null ? ""
                        : String.valueOf(ChronoUnit.DAYS.between(stay.arrival, stay.departure)));
                values.put(RoomingField.SPECIAL_NEEDS, specialNeeds(person, stay));
                values.put(RoomingField.CONFIRMATION, stay.confirmationNumber == null ? ""
                        : stay.confirmationNumber);
                rows.put(stay.attendeeId, values);
            }
        }
        return rows;
    }

    static RoomingChangesView diff(int since, Integer sentAs, Map<UUID, Map<RoomingField, String>> before,
            Map<UUID, Map<RoomingField, String>> after) {
        List<RoomingChangesView.Guest> added = after.entrySet().stream().filter(e -> !before.containsKey(e.getKey()))
                .map(e -> new RoomingChangesView.Guest(e.getKey(), e.getValue())).toList();
        List<RoomingChangesView.Guest> removed = before.entrySet().stream()
                .filter(e -> !after.containsKey(e.getKey()))
                .map(e -> new RoomingChangesView.Guest(e.getKey(), e.getValue())).toList();
        List<RoomingChangesView.Changed> changed = new ArrayList<>();
        for (Map.Entry<UUID, Map<RoomingField, String>> entry : after.entrySet()) {
            Map<RoomingField, String> old = before.get(entry.getKey());
            if (old == null) {
                continue;
            }
            List<RoomingChangesView.FieldChange> fields = RoomingField.COMPARED.stream()
                    .filter(f -> !Objects.equals(blank(old.get(f)), blank(entry.getValue().get(f))))
                    .map(f -> new RoomingChangesView.FieldChange(f, blank(old.get(f)), blank(entry.getValue().get(f))))
                    .toList();
            if (!fields.isEmpty()) {
                changed.add(new RoomingChangesView.Changed(entry.getKey(), entry.getValue().get(RoomingField.NAME),
                        fields));
            }
        }
        return new RoomingChangesView(since, sentAs, added, removed, changed);
    }

    private RoomingListVersionView view(RoomingListVersionEntity version) {
        return new RoomingListVersionView(version.number, version.kind, read(version.entries, ENTRIES).size(),
                version.sentBy, version.sentAt, version.changes == null ? null
                        : read(version.changes, new TypeReference<RoomingChangesView>() {
                        }));
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Room numbers as people read them: 902 before 1001. */
    private static int byNumber(String a, String b) {
        return a.length() != b.length() && a.chars().allMatch(Character::isDigit)
                && b.chars().allMatch(Character::isDigit) ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    static String roomType(RoomType type) {
        return switch (type) {
            case SINGLE -> "单人间";
            case TWIN -> "双人间";
            case SUITE -> "套房";
        };
    }

    private static String gender(String gender) {
        return switch (gender == null ? "" : gender) {
            case "MALE" -> "男";
            case "FEMALE" -> "女";
            default -> "";
        };
    }

    private static String specialNeeds(LodgingSnapshot person, StayEntity stay) {
        Stream<String> diets = person == null || person.diet() == null ? Stream.empty()
                : Diet.read(person.diet()).stream().map(Diet::label);
        Stream<String> access = person == null || person.accessibilityNeeds() == null
                || person.accessibilityNeeds().isBlank() ? Stream.empty() : Stream.of(person.accessibilityNeeds());
        Stream<String> requests = stay.requests == null ? Stream.empty() : Stream.of(stay.requests);
        return Stream.of(access, diets, requests).flatMap(Function.identity()).collect(Collectors.joining("；"));
    }

    static String nameOf(UUID attendeeId, Map<UUID, LodgingSnapshot> people) {
        LodgingSnapshot person = people.get(attendeeId);
        return person == null ? attendeeId.toString() : person.name();
    }

    private static String write(Object value) {
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventCodec.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
