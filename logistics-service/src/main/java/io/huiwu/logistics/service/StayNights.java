package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.LodgingSettingsRequest;
import io.huiwu.logistics.api.LodgingSettingsView;
import io.huiwu.logistics.domain.transport.PickupPlanning;
import io.huiwu.logistics.event.MeetingDates;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.LodgingSettingEntity;
import io.huiwu.logistics.persistence.MeetingCalendarEntity;
import io.huiwu.logistics.persistence.StayEntity;
import io.huiwu.logistics.persistence.TransportRepositories;
import io.huiwu.logistics.persistence.TravelEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The nights a stay takes when staff have not set them. Each date on its own, by precedence: staff's (never moved
 * here), else the trip the person reported (registration.travel; not when flagged as arriving after departing),
 * else the meeting's dates (registration.meeting): arrival on the first day, or the day before when the
 * organiser's policy says so, departure on the last day (never before the day after the arrival). Defaults that
 * would leave the departure on or before the arrival fall back to the meeting's; if those fail too, the dates stay
 * as they were. A default moved on an existing stay is written to its history (change NIGHTS).
 */
@ApplicationScoped
public class StayNights {

    public static final String STAFF = "STAFF";
    public static final String TRAVEL = "TRAVEL";
    public static final String MEETING = "MEETING";

    static final String MEETING_ACTOR = "registration.meeting";
    static final String TRAVEL_ACTOR = "registration.travel";
    static final Message SETTINGS = Message.of("The lodging policy", "住宿政策");

    private final LodgingRepositories.Stays stays;
    private final LodgingRepositories.Calendars calendars;
    private final LodgingRepositories.Settings settings;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRepositories.Hotels hotels;
    private final LodgingRepositories.RoomHistory history;
    private final TransportRepositories.Travel travel;

    public StayNights(LodgingRepositories.Stays stays, LodgingRepositories.Calendars calendars,
            LodgingRepositories.Settings settings, LodgingRepositories.Rooms rooms, LodgingRepositories.Hotels hotels,
            LodgingRepositories.RoomHistory history, TransportRepositories.Travel travel) {
        this.stays = stays;
        this.calendars = calendars;
        this.settings = settings;
        this.rooms = rooms;
        this.hotels = hotels;
        this.history = history;
        this.travel = travel;
    }

    /** One date and where it came from. */
    record Dated(LocalDate date, String source) {
        static final Dated NONE = new Dated(null, null);
    }

    /** The meeting's default nights, or none while its dates are unknown. */
    record MeetingNights(LocalDate arrival, LocalDate departure) {
    }

    /** meeting-updated: keeps the meeting's dates (an older version changes nothing) and moves the defaults. */
    @Transactional
    public void meetingUpdated(MeetingDates meeting) {
        MeetingCalendarEntity calendar = calendars.findById(meeting.meetingId());
        if (calendar != null && calendar.version >= meeting.version()) {
            return;
        }
        boolean moved = calendar == null || !calendar.startDate.equals(meeting.startDate())
                || !calendar.endDate.equals(meeting.endDate());
        if (calendar == null) {
            calendar = new MeetingCalendarEntity();
            calendar.meetingId = meeting.meetingId();
        }
        calendar.startDate = meeting.startDate();
        calendar.endDate = meeting.endDate();
        calendar.version = meeting.version();
        calendar.receivedAt = InventoryService.now();
        calendars.persist(calendar);
        calendars.flush();
        if (moved) {
            refresh(meeting.meetingId(), stays.list("meetingId", meeting.meetingId()),
                    trips(travel.list("meetingId", meeting.meetingId())), MEETING_ACTOR);
        }
    }

    /** A reported arrival or departure changed or was withdrawn: the person's stay takes it if on the defaults. */
    @Transactional(Transactional.TxType.MANDATORY)
    void travelChanged(@Observes TravelService.TravelChanged change) {
        refresh(change.meetingId(), stays.list("meetingId = ?1 and attendeeId = ?2", change.meetingId(),
                change.attendeeId()), personsTrips(change.meetingId(), change.attendeeId()), TRAVEL_ACTOR);
    }

    /**
     * Fills the dates stays being opened for these people have not been given, by the precedence above: the
     * meeting's nights and their trips read once.
     *
     * @param wholeMeeting read every trip of the meeting rather than those of the people named (for a whole plan)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Consumer<StayEntity> defaultsFor(UUID meetingId, Collection<UUID> attendeeIds, boolean wholeMeeting) {
        MeetingNights meeting = meetingNights(meetingId);
        Map<String, TravelEntity> trips = attendeeIds.isEmpty() ? Map.of() : trips(wholeMeeting
                ? travel.list("meetingId", meetingId)
                : travel.list("meetingId = ?1 and attendeeId in ?2", meetingId, attendeeIds));
        return stay -> apply(stay, meeting, trips);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LodgingSettingsView settings(UUID meetingId) {
        return view(meetingId, settings.findById(meetingId));
    }

    /** Sets the policy ({@code If-Match} when given must match) and moves the defaults of stays on the meeting's. */
    @Transactional
    public LodgingSettingsView updateSettings(UUID meetingId, Long expectedVersion, LodgingSettingsRequest request,
            String actor) {
        LodgingSettingEntity setting = settings.findById(meetingId);
        if (expectedVersion != null) {
            Versions.check(expectedVersion, setting == null ? 0 : setting.version, SETTINGS);
        }
        boolean changed = setting == null ? request.arriveDayBefore()
                : setting.arriveDayBefore != request.arriveDayBefore();
        if (setting == null) {
            setting = new LodgingSettingEntity();
            setting.meetingId = meetingId;
        }
        setting.arriveDayBefore = request.arriveDayBefore();
        setting.updatedBy = actor;
        setting.updatedAt = InventoryService.now();
        settings.persist(setting);
        settings.flush();
        if (changed) {
            refresh(meetingId, stays.list("meetingId", meetingId), trips(travel.list("meetingId", meetingId)),
                    actor);
        }
        return view(meetingId, setting);
    }

    /** The meeting's default nights, null while registration has not published its dates. */
    public MeetingNights meetingNights(UUID meetingId) {
        MeetingCalendarEntity calendar = calendars.findById(meetingId);
        if (calendar == null) {
            return null;
        }
        LodgingSettingEntity setting = settings.findById(meetingId);
        LocalDate arrival = setting != null && setting.arriveDayBefore ? calendar.startDate.minusDays(1)
                : calendar.startDate;
        LocalDate departure = calendar.endDate.isAfter(arrival) ? calendar.endDate : arrival.plusDays(1);
        return new MeetingNights(arrival, departure);
    }

    /** The reported trips, by attendee and direction, read once for all the stays refreshed. */
    private static Map<String, TravelEntity> trips(List<TravelEntity> trips) {
        return trips.stream().collect(Collectors.toMap(t -> t.attendeeId + "/" + t.direction, t -> t));
    }

    private Map<String, TravelEntity> personsTrips(UUID meetingId, UUID attendeeId) {
        return trips(travel.list("meetingId = ?1 and attendeeId = ?2", meetingId, attendeeId));
    }

    private void refresh(UUID meetingId, List<StayEntity> toRefresh, Map<String, TravelEntity> trips,
            String actor) {
        MeetingNights meeting = meetingNights(meetingId);
        for (StayEntity stay : toRefresh) {
            LocalDate arrival = stay.arrival;
            LocalDate departure = stay.departure;
            apply(stay, meeting, trips);
            if (!Objects.equals(arrival, stay.arrival) || !Objects.equals(departure, stay.departure)) {
                stay.updatedBy = actor;
                stay.updatedAt = InventoryService.now();
                history.persist(StayLedger.entry(stay, rooms.findById(stay.roomId), hotels.findById(stay.hotelId),
                        StayLedger.Change.NIGHTS, actor));
            }
        }
        stays.flush();
    }

    /** Puts the default dates on the stay, leaving what staff set. */
    private static void apply(StayEntity stay, MeetingNights meeting, Map<String, TravelEntity> trips) {
        boolean arrivalFree = !STAFF.equals(stay.arrivalSource);
        boolean departureFree = !STAFF.equals(stay.departureSource);
        if (!arrivalFree && !departureFree) {
            return;
        }
        Dated meetingArrival = meeting == null ? Dated.NONE : new Dated(meeting.arrival(), MEETING);
        Dated meetingDeparture = meeting == null ? Dated.NONE : new Dated(meeting.departure(), MEETING);
        Dated arrival = arrivalFree
                ? reported(trips.get(stay.attendeeId + "/" + TravelService.ARRIVAL), meetingArrival)
                : new Dated(stay.arrival, STAFF);
        Dated departure = departureFree
                ? reported(trips.get(stay.attendeeId + "/" + TravelService.DEPARTURE), meetingDeparture)
                : new Dated(stay.departure, STAFF);
        if (!fits(arrival, departure)) {
            arrival = arrivalFree ? meetingArrival : arrival;
            departure = departureFree ? meetingDeparture : departure;
            if (!fits(arrival, departure)) {
                return;
            }
        }
        stay.arrival = arrival.date();
        stay.arrivalSource = arrival.source();
        stay.departure = departure.date();
        stay.departureSource = departure.source();
    }

    private static Dated reported(TravelEntity trip, Dated otherwise) {
        if (trip == null || trip.flag != null) {
            return otherwise;
        }
        return new Dated(trip.at.atZoneSameInstant(PickupPlanning.ZONE).toLocalDate(), TRAVEL);
    }

    private static boolean fits(Dated arrival, Dated departure) {
        return arrival.date() == null || departure.date() == null || departure.date().isAfter(arrival.date());
    }

    private LodgingSettingsView view(UUID meetingId, LodgingSettingEntity setting) {
        MeetingCalendarEntity calendar = calendars.findById(meetingId);
        MeetingNights nights = meetingNights(meetingId);
        return new LodgingSettingsView(setting != null && setting.arriveDayBefore,
                calendar == null ? null : calendar.startDate, calendar == null ? null : calendar.endDate,
                nights == null ? null : nights.arrival(), nights == null ? null : nights.departure(),
                setting == null ? null : setting.updatedBy, setting == null ? null : setting.updatedAt,
                setting == null ? 0 : setting.version);
    }
}
