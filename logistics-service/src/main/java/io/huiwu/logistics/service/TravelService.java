package io.huiwu.logistics.service;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.logistics.api.TravelView;
import io.huiwu.logistics.event.DiningSnapshot;
import io.huiwu.logistics.event.TravelSnapshot;
import io.huiwu.logistics.event.TravelWithdrawal;
import io.huiwu.logistics.persistence.DiningRoster;
import io.huiwu.logistics.persistence.TransportRepositories;
import io.huiwu.logistics.persistence.TravelEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Arrivals and departures from registration.travel: one per person and direction, an older version changing
 * nothing. An arrival after the same person's departure is flagged on both trips (not refused: an event cannot be
 * refused) and planned for nothing until a newer report corrects it. A change to someone's arrival is announced
 * ({@link TravelChanged}) so that their pickup wave can be planned again.
 */
@ApplicationScoped
public class TravelService {

    public static final String ARRIVAL = "ARRIVAL";
    public static final String DEPARTURE = "DEPARTURE";
    private static final Set<String> DIRECTIONS = Set.of(ARRIVAL, DEPARTURE);

    /** Someone's arrival or departure changed or was withdrawn, in the transaction that changed it. */
    public record TravelChanged(UUID meetingId, UUID attendeeId, String direction) {
    }

    private final TransportRepositories.Travel travel;
    private final DiningRoster roster;
    private final Event<TravelChanged> changes;

    public TravelService(TransportRepositories.Travel travel, DiningRoster roster, Event<TravelChanged> changes) {
        this.travel = travel;
        this.roster = roster;
        this.changes = changes;
    }

    @Transactional
    public void reported(TravelSnapshot report) {
        if (!DIRECTIONS.contains(report.direction())) {
            throw new EventCodec.MalformedEventException("direction must be ARRIVAL or DEPARTURE");
        }
        long version = report.version() == null ? 0 : report.version();
        TravelEntity trip = find(report.meetingId(), report.attendeeId(), report.direction());
        if (trip != null && trip.version >= version) {
            return;
        }
        boolean changed = trip == null || !trip.at.isEqual(report.at()) || !trip.place.equals(report.place().strip())
                || trip.companions != companions(report);
        if (trip == null) {
            trip = new TravelEntity();
            trip.id = report.reportId() == null ? UUID.randomUUID() : report.reportId();
            trip.meetingId = report.meetingId();
            trip.attendeeId = report.attendeeId();
            trip.direction = report.direction();
        }
        trip.mode = report.mode();
        trip.number = InventoryService.blankToNull(report.number());
        trip.at = report.at();
        trip.place = report.place().strip();
        trip.companions = companions(report);
        trip.version = version;
        trip.receivedAt = InventoryService.now();
        travel.persist(trip);
        flag(report.meetingId(), report.attendeeId());
        travel.flush();
        if (changed) {
            changes.fire(new TravelChanged(report.meetingId(), report.attendeeId(), report.direction()));
        }
    }

    @Transactional
    public void withdrawn(TravelWithdrawal withdrawal) {
        for (String direction : withdrawal.direction() == null ? List.of(ARRIVAL, DEPARTURE)
                : List.of(withdrawal.direction())) {
            TravelEntity trip = find(withdrawal.meetingId(), withdrawal.attendeeId(), direction);
            if (trip != null && (withdrawal.version() == null || withdrawal.version() >= trip.version)) {
                travel.delete(trip);
                travel.flush();
                changes.fire(new TravelChanged(withdrawal.meetingId(), withdrawal.attendeeId(), direction));
            }
        }
        flag(withdrawal.meetingId(), withdrawal.attendeeId());
    }

    /** Flags both trips of a person whose arrival is after their departure; clears the flag otherwise. */
    private void flag(UUID meetingId, UUID attendeeId) {
        TravelEntity arrival = find(meetingId, attendeeId, ARRIVAL);
        TravelEntity departure = find(meetingId, attendeeId, DEPARTURE);
        String flag = arrival != null && departure != null && arrival.at.isAfter(departure.at)
                ? TravelEntity.ARRIVAL_AFTER_DEPARTURE : null;
        for (TravelEntity trip : new TravelEntity[] {arrival, departure}) {
            if (trip != null) {
                trip.flag = flag;
            }
        }
    }

    public TravelEntity find(UUID meetingId, UUID attendeeId, String direction) {
        return travel.find("meetingId = ?1 and attendeeId = ?2 and direction = ?3", meetingId, attendeeId,
                direction).firstResult();
    }

    /** The trips of one direction (both when null) by time, place and person. */
    public List<TravelEntity> trips(UUID meetingId, String direction) {
        return direction == null ? travel.find("meetingId = ?1 order by at, place, attendeeId", meetingId).list()
                : travel.find("meetingId = ?1 and direction = ?2 order by at, place, attendeeId", meetingId,
                        direction).list();
    }

    /** The trips of people still on the roster, with their names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TravelView> list(UUID meetingId, String direction) {
        Map<UUID, DiningSnapshot> people = roster.active(meetingId).stream().map(DiningRoster.Diner::entry)
                .collect(Collectors.toMap(DiningSnapshot::attendeeId, Function.identity()));
        return trips(meetingId, direction).stream().filter(t -> people.containsKey(t.attendeeId))
                .map(t -> view(t, people.get(t.attendeeId))).toList();
    }

    private static TravelView view(TravelEntity trip, DiningSnapshot person) {
        return new TravelView(trip.attendeeId, person.name(), person.delegation(), trip.direction, trip.mode,
                trip.number, trip.at, trip.place, trip.companions, trip.flag, trip.version);
    }

    private static int companions(TravelSnapshot report) {
        return Math.max(0, Objects.requireNonNullElse(report.companions(), 0));
    }
}
