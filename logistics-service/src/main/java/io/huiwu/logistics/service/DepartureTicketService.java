package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.logistics.api.DepartureTicketRequest;
import io.huiwu.logistics.api.DepartureTicketView;
import io.huiwu.logistics.api.TicketStatusRequest;
import io.huiwu.logistics.domain.transport.TicketStatus;
import io.huiwu.logistics.persistence.DepartureTicketEntity;
import io.huiwu.logistics.persistence.ReturnTripRepositories;
import io.huiwu.logistics.persistence.TravelEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.jetbrains.annotations.Nullable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Return tickets (返程票) staff book for departing people. A booking is made for someone active on the roster, for a
 * train or flight that does not leave before the person's reported arrival; one booking per person is open (not
 * cancelled) at a time. Its status moves forward only, or to CANCELLED, and a change can be made conditional on the
 * status the caller saw, so two desks working on one booking do not overwrite each other.
 */
@ApplicationScoped
public class DepartureTicketService {

    static final Message TICKET = Message.of("Departure ticket", "返程票");

    private final ReturnTripRepositories.Tickets tickets;
    private final TravelService travel;
    private final EntityManager entityManager;

    public DepartureTicketService(ReturnTripRepositories.Tickets tickets, TravelService travel,
            EntityManager entityManager) {
        this.tickets = tickets;
        this.travel = travel;
        this.entityManager = entityManager;
    }

    /** Someone as the roster copy has them. */
    record Person(String name, @Nullable String delegation, boolean withdrawn) {
    }

    @Transactional
    public DepartureTicketView book(UUID meetingId, DepartureTicketRequest request, String actor) {
        Person person = lockPerson(meetingId, request.attendeeId());
        if (person == null || person.withdrawn()) {
            throw refused("attendeeId", Message.of("{0} is not on the roster or has withdrawn",
                    "{0} 不在名册中或已退出", request.attendeeId()));
        }
        TicketStatus status = request.status() == null ? TicketStatus.REQUESTED : request.status();
        if (status == TicketStatus.CANCELLED) {
            throw ProblemException.invalidField("status", Message.of("a new booking cannot be CANCELLED",
                    "新订票不能为已取消状态"));
        }
        String ticketNumber = blankToNull(request.ticketNumber());
        if (status == TicketStatus.ISSUED && ticketNumber == null) {
            throw ProblemException.invalidField("ticketNumber", Message.of("an issued ticket needs its number",
                    "已出票须填写票号"));
        }
        TravelEntity arrival = travel.find(meetingId, request.attendeeId(), TravelService.ARRIVAL);
        if (arrival != null && request.departsAt().isBefore(arrival.at)) {
            throw ProblemException.invalidField("departsAt", Message.of("{0} leaves before {1} arrives ({2})",
                    "返程时间 {0} 早于 {1} 的到达时间 {2}", request.departsAt(), person.name(), arrival.at));
        }
        DepartureTicketEntity open = openTicket(meetingId, request.attendeeId());
        if (open != null) {
            throw refused("attendeeId", Message.of("{0} already has booking {1} ({2}): cancel it first",
                    "{0} 已有订票 {1}（{2}）：请先取消", person.name(), open.number, open.status.label()));
        }
        DepartureTicketEntity ticket = new DepartureTicketEntity();
        ticket.id = UUID.randomUUID();
        ticket.meetingId = meetingId;
        ticket.attendeeId = request.attendeeId();
        ticket.mode = request.mode();
        ticket.number = request.number().strip();
        ticket.departsAt = request.departsAt();
        ticket.station = request.station().strip();
        ticket.seatClass = request.seatClass().strip();
        ticket.status = status;
        ticket.ticketNumber = ticketNumber;
        ticket.note = blankToNull(request.note());
        ticket.createdBy = actor;
        ticket.createdAt = InventoryService.now();
        ticket.updatedBy = actor;
        ticket.updatedAt = ticket.createdAt;
        tickets.persist(ticket);
        tickets.flush();
        return view(ticket, person);
    }

    /**
     * Moves a booking forward or cancels it; the same status again changes nothing. A cancelled booking stays
     * cancelled (409 naming status): the person gets a new booking.
     */
    @Transactional
    public DepartureTicketView changeStatus(UUID meetingId, UUID ticketId, TicketStatusRequest request,
            String actor) {
        DepartureTicketEntity ticket = tickets.find("id = ?1 and meetingId = ?2", ticketId, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(TICKET, ticketId));
        if (request.expectedStatus() != null && request.expectedStatus() != ticket.status) {
            throw refused("expectedStatus", Message.of("the booking is {0}, not {1}", "该订票当前为{0}，而非{1}",
                    ticket.status.name(), request.expectedStatus().name()));
        }
        if (!ticket.status.canBecome(request.status())) {
            throw refused("status", ticket.status == TicketStatus.CANCELLED
                    ? Message.of("the booking is cancelled: make a new booking", "该订票已取消：请重新订票")
                    : Message.of("a booking {0} cannot become {1}", "{0}的订票不能改为{1}", ticket.status.name(),
                            request.status().name()));
        }
        String ticketNumber = blankToNull(request.ticketNumber());
        if (request.status() == TicketStatus.ISSUED && ticketNumber == null && ticket.ticketNumber == null) {
            throw ProblemException.invalidField("ticketNumber", Message.of("an issued ticket needs its number",
                    "已出票须填写票号"));
        }
        boolean changed = ticket.status != request.status()
                || (ticketNumber != null && !ticketNumber.equals(ticket.ticketNumber))
                || (request.note() != null && !request.note().equals(ticket.note));
        if (changed) {
            ticket.status = request.status();
            if (ticketNumber != null) {
                ticket.ticketNumber = ticketNumber;
            }
            if (request.note() != null) {
                ticket.note = blankToNull(request.note());
            }
            ticket.updatedBy = actor;
            ticket.updatedAt = InventoryService.now();
            tickets.flush();
        }
        return view(ticket, person(meetingId, ticket.attendeeId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DepartureTicketView get(UUID meetingId, UUID ticketId) {
        DepartureTicketEntity ticket = tickets.find("id = ?1 and meetingId = ?2", ticketId, meetingId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(TICKET, ticketId));
        return view(ticket, person(meetingId, ticket.attendeeId));
    }

    /** The meeting's bookings by departure time, optionally one person's or of one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartureTicketView> list(UUID meetingId, @Nullable UUID attendeeId, @Nullable TicketStatus status) {
        Map<UUID, Person> people = people(meetingId);
        return tickets.find("meetingId = ?1 order by departsAt, createdAt, id", meetingId).list().stream()
                .filter(t -> attendeeId == null || attendeeId.equals(t.attendeeId))
                .filter(t -> status == null || status == t.status)
                .map(t -> view(t, people.get(t.attendeeId))).toList();
    }

    /** Each person's open (not cancelled) booking. */
    public Map<UUID, DepartureTicketEntity> open(UUID meetingId) {
        Map<UUID, DepartureTicketEntity> open = new HashMap<>();
        tickets.find("meetingId = ?1 and status <> ?2", meetingId, TicketStatus.CANCELLED).list()
                .forEach(t -> open.put(t.attendeeId, t));
        return open;
    }

    private DepartureTicketEntity openTicket(UUID meetingId, UUID attendeeId) {
        return tickets.find("meetingId = ?1 and attendeeId = ?2 and status <> ?3", meetingId, attendeeId,
                TicketStatus.CANCELLED).firstResult();
    }

    /** The person's roster row, locked so that two bookings for one person are made one after the other. */
    private @Nullable Person lockPerson(UUID meetingId, UUID attendeeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select name, delegation, withdrawn from"
                + " roster_attendee where meeting_id = ?1 and id = ?2 for update").setParameter(1, meetingId)
                .setParameter(2, attendeeId).getResultList();
        return rows.isEmpty() ? null : new Person((String) rows.get(0)[0], (String) rows.get(0)[1],
                (Boolean) rows.get(0)[2]);
    }

    private @Nullable Person person(UUID meetingId, UUID attendeeId) {
        return people(meetingId, attendeeId).get(attendeeId);
    }

    /** Everyone of the meeting on the roster copy, withdrawn or not. */
    Map<UUID, Person> people(UUID meetingId) {
        return people(meetingId, null);
    }

    private Map<UUID, Person> people(UUID meetingId, @Nullable UUID only) {
        Query query = entityManager.createNativeQuery("select id, name, delegation, withdrawn"
                + " from roster_attendee where meeting_id = ?1" + (only == null ? "" : " and id = ?2"))
                .setParameter(1, meetingId);
        if (only != null) {
            query.setParameter(2, only);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, Person> people = new HashMap<>();
        for (Object[] row : rows) {
            people.put((UUID) row[0], new Person((String) row[1], (String) row[2], (Boolean) row[3]));
        }
        return people;
    }

    static DepartureTicketView view(DepartureTicketEntity t, @Nullable Person person) {
        return new DepartureTicketView(t.id, t.meetingId, t.attendeeId, person == null ? "" : person.name(),
                person == null ? null : person.delegation(), t.mode, t.number, t.departsAt, t.station, t.seatClass,
                t.status, t.ticketNumber, t.note, t.createdBy, t.createdAt, t.updatedBy, t.updatedAt, t.version);
    }

    private static ProblemException refused(String field, Message message) {
        return new ProblemException(ProblemType.CONFLICT, Message.of("{0} {1}", "{0}：{1}", field, message),
                List.of(new ProblemException.FieldIssue(field, message)));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
