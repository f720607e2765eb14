package io.huiwu.venue.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.SpaceRequest;
import io.huiwu.venue.api.VenueChange;
import io.huiwu.venue.api.VenueRequest;
import io.huiwu.venue.api.VenueView;
import io.huiwu.venue.mapping.VenueMapping;
import io.huiwu.venue.persistence.SpaceEntity;
import io.huiwu.venue.persistence.VenueEntity;
import io.huiwu.venue.persistence.VenueRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The venues of a meeting with their halls and rooms; names are unique within their meeting and venue. */
@ApplicationScoped
public class VenueService {

    static final Message VENUE = Message.of("Venue", "会场场馆");
    static final Message SPACE = Message.of("Hall or room", "会场或会议室");

    private final VenueRepositories.Venues venues;
    private final VenueRepositories.Spaces spaces;

    public VenueService(VenueRepositories.Venues venues, VenueRepositories.Spaces spaces) {
        this.venues = venues;
        this.spaces = spaces;
    }

    @Transactional
    public VenueView create(UUID meetingId, VenueRequest request) {
        String name = request.name().strip();
        if (venues.count("meetingId = ?1 and name = ?2", meetingId, name) > 0) {
            throw taken("name", Message.of("The meeting already has a venue named {0}", "本次会议已有名为 {0} 的场馆",
                    name));
        }
        VenueEntity venue = new VenueEntity();
        venue.id = UUID.randomUUID();
        venue.meetingId = meetingId;
        venue.name = name;
        venue.address = request.address() == null || request.address().isBlank() ? null : request.address().strip();
        venue.updatedAt = now();
        venues.persist(venue);
        venues.flush();
        return VenueMapping.view(venue, List.of());
    }

    @Transactional
    public VenueView.SpaceView addSpace(UUID meetingId, UUID venueId, SpaceRequest request) {
        VenueEntity venue = requireVenue(meetingId, venueId);
        String name = request.name().strip();
        if (spaces.count("venueId = ?1 and name = ?2", venue.id, name) > 0) {
            throw taken("name", Message.of("{0} already has a hall or room named {1}", "{0} 已有名为 {1} 的会场或会议室",
                    venue.name, name));
        }
        SpaceEntity space = new SpaceEntity();
        space.id = UUID.randomUUID();
        space.venueId = venue.id;
        space.meetingId = meetingId;
        space.kind = request.kind();
        space.name = name;
        space.floor = request.floor();
        space.capacity = request.capacity();
        space.equipment = (request.equipment() == null ? List.<String>of() : List.copyOf(new LinkedHashSet<>(
                request.equipment().stream().map(String::strip).toList()))).toArray(String[]::new);
        space.updatedAt = now();
        spaces.persist(space);
        spaces.flush();
        return VenueMapping.space(space);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VenueView> list(UUID meetingId) {
        Map<UUID, List<SpaceEntity>> byVenue = spaces.find("meetingId = ?1 order by name, id", meetingId).list()
                .stream().collect(Collectors.groupingBy(s -> s.venueId));
        return venues.find("meetingId = ?1 order by name, id", meetingId).list().stream()
                .map(v -> VenueMapping.view(v, byVenue.getOrDefault(v.id, List.of()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VenueView get(UUID meetingId, UUID venueId) {
        VenueEntity venue = requireVenue(meetingId, venueId);
        return VenueMapping.view(venue, spaces.find("venueId = ?1 order by name, id", venueId).list());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VenueView.SpaceView getSpace(UUID meetingId, UUID venueId, UUID spaceId) {
        return VenueMapping.space(requireSpace(meetingId, venueId, spaceId));
    }

    /** Changes the fields sent; a new name must be free in the meeting (409 naming name). */
    @Transactional
    public VenueView change(UUID meetingId, UUID venueId, Long expectedVersion, VenueChange.Venue change) {
        VenueEntity venue = venues.find("id = ?1 and meetingId = ?2", venueId, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(VENUE, venueId));
        if (expectedVersion != null) {
            Versions.check(expectedVersion, venue.version, VENUE);
        }
        if (change.name() != null) {
            String name = change.name().strip();
            if (!name.equals(venue.name) && venues.count("meetingId = ?1 and name = ?2", meetingId, name) > 0) {
                throw taken("name", Message.of("The meeting already has a venue named {0}",
                        "本次会议已有名为 {0} 的场馆", name));
            }
            venue.name = name;
        }
        if (change.address() != null) {
            venue.address = change.address().isBlank() ? null : change.address().strip();
        }
        venue.updatedAt = now();
        venues.flush();
        return VenueMapping.view(venue, spaces.find("venueId = ?1 order by name, id", venueId).list());
    }

    /** Changes the fields sent; a new name must be free in the venue (409 naming name). */
    @Transactional
    public VenueView.SpaceView changeSpace(UUID meetingId, UUID venueId, UUID spaceId, Long expectedVersion,
            VenueChange.Space change) {
        SpaceEntity space = lockSpace(meetingId, venueId, spaceId);
        if (expectedVersion != null) {
            Versions.check(expectedVersion, space.version, SPACE);
        }
        if (change.name() != null) {
            String name = change.name().strip();
            if (!name.equals(space.name) && spaces.count("venueId = ?1 and name = ?2", venueId, name) > 0) {
                throw taken("name", Message.of("The venue already has a hall or room named {0}",
                        "该场馆已有名为 {0} 的会场或会议室", name));
            }
            space.name = name;
        }
        if (change.floor() != null) {
            space.floor = change.floor();
        }
        if (change.capacity() != null) {
            space.capacity = change.capacity();
        }
        if (change.equipment() != null) {
            space.equipment = List.copyOf(new LinkedHashSet<>(change.equipment().stream().map(String::strip)
                    .toList())).toArray(String[]::new);
        }
        space.updatedAt = now();
        spaces.flush();
        return VenueMapping.space(space);
    }

    /** Deletes a venue with its halls and rooms, unless one of them is in use (see {@link #deleteSpace}). */
    @Transactional
    public void delete(UUID meetingId, UUID venueId) {
        VenueEntity venue = venues.find("id = ?1 and meetingId = ?2", venueId, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(VENUE, venueId));
        for (SpaceEntity space : spaces.find("venueId = ?1 order by name, id", venueId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            remove(space);
        }
        venues.delete(venue);
        venues.flush();
    }

    /**
     * Deletes a hall or room with its draft seat map. Refused (409) while a session names it (cancelled ones too:
     * the schedule keeps them), naming the session, or while it has a published seat map, naming spaceId.
     */
    @Transactional
    public void deleteSpace(UUID meetingId, UUID venueId, UUID spaceId) {
        remove(lockSpace(meetingId, venueId, spaceId));
        spaces.flush();
    }

    private void remove(SpaceEntity space) {
        var em = spaces.getEntityManager();
        List<?> using = em.createNativeQuery("select id, name from venue_session where space_id = ?1"
                + " order by starts_at, id limit 1").setParameter(1, space.id).getResultList();
        if (!using.isEmpty()) {
            Object[] session = (Object[]) using.get(0);
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "{0} is the place of session {1} ({2}); it cannot be deleted while a session names it",
                    "{0} 是会议日程 {1}（{2}）的场地，仍有日程使用时不能删除", space.name, session[1], session[0]),
                    List.of(new ProblemException.FieldIssue("sessionId", Message.of("{0} ({1}) uses it",
                            "{0}（{1}）正在使用", session[0], session[1]))));
        }
        Number published = (Number) em.createNativeQuery("select count(*) from seat_map where hall_id = ?1"
                + " and status <> 'DRAFT'").setParameter(1, space.id).getSingleResult();
        if (published.longValue() > 0) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "{0} has a published seat map; it cannot be deleted", "{0} 已有发布的座位图，不能删除", space.name),
                    List.of(new ProblemException.FieldIssue("spaceId", Message.of("has a published seat map",
                            "已有发布的座位图"))));
        }
        em.createNativeQuery("delete from seat_map_seat where map_id in (select id from seat_map where hall_id = ?1)")
                .setParameter(1, space.id).executeUpdate();
        em.createNativeQuery("delete from seat_map where hall_id = ?1").setParameter(1, space.id).executeUpdate();
        spaces.delete(space);
    }

    private SpaceEntity lockSpace(UUID meetingId, UUID venueId, UUID spaceId) {
        return spaces.find("id = ?1 and venueId = ?2 and meetingId = ?3", spaceId, venueId, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(SPACE, spaceId));
    }

    /** A hall or room of one of the meeting's venues. */
    SpaceEntity requireSpace(UUID meetingId, UUID venueId, UUID spaceId) {
        return spaces.find("id = ?1 and venueId = ?2 and meetingId = ?3", spaceId, venueId, meetingId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(SPACE, spaceId));
    }

    /** A hall or room of any of the meeting's venues, for a session that names it; empty when there is none. */
    Optional<SpaceEntity> findSpace(UUID meetingId, UUID spaceId) {
        return spaces.find("id = ?1 and meetingId = ?2", spaceId, meetingId).firstResultOptional();
    }

    private VenueEntity requireVenue(UUID meetingId, UUID venueId) {
        return venues.find("id = ?1 and meetingId = ?2", venueId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(VENUE, venueId));
    }

    private static ProblemException taken(String field, Message detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(new ProblemException.FieldIssue(field,
                Message.of("is taken", "已被使用"))));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
