package io.huiwu.documents.service;

import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.documents.api.DepartureView;
import io.huiwu.documents.api.LeavingHolderView;
import io.huiwu.documents.config.RecallConfig;
import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.domain.CopyState;
import io.huiwu.documents.event.LogisticsTransport;
import io.huiwu.documents.event.RegistrationTravel;
import io.huiwu.documents.mapping.DocumentMapping;
import io.huiwu.documents.persistence.Departures;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.persistence.RecallEntity;
import io.huiwu.documents.print.LeavingListPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 离会前清退: each person's departure, from registration's travel reports and logistics' send-offs, and the people
 * leaving soon who still hold copies that must come back, so the desk collects them before they go. The send-off's
 * leaving time counts when logistics scheduled one, else the reported train or flight's.
 */
@ApplicationScoped
public class DepartureService {

    /** The hours ahead the list looks by default. */
    public static final int DEFAULT_HOURS = 24;

    private final Departures departures;
    private final DocumentRepositories.Recalls recalls;
    private final RosterReplica roster;
    private final RecallConfig config;

    public DepartureService(Departures departures, DocumentRepositories.Recalls recalls, RosterReplica roster,
            RecallConfig config) {
        this.departures = departures;
        this.recalls = recalls;
        this.roster = roster;
        this.config = config;
    }

    /** travel-reported (a departure): kept unless the kept report is of the same or a newer version. */
    @Transactional
    public void reported(RegistrationTravel.TravelReport report) {
        departures.reported(report.meetingId(), report.attendeeId(), report.version(), report.at(), report.mode(),
                report.number(), report.place());
    }

    /** travel-withdrawn (a departure, or both of the person's): the reported trip cleared. */
    @Transactional
    public void withdrawn(RegistrationTravel.TravelWithdrawal withdrawal) {
        departures.withdrawn(withdrawal.meetingId(), withdrawal.attendeeId(), withdrawal.version());
    }

    /** departure-scheduled: kept unless the kept send-off comes from a later event. */
    @Transactional
    public void scheduled(LogisticsTransport.DepartureScheduled departure, OffsetDateTime asOf) {
        departures.scheduled(departure.meetingId(), departure.attendeeId(), asOf, new Departures.SendOff(
                departure.sendOffId(), departure.leaveAt(), departure.at(), departure.mode(), departure.number(),
                departure.place(), departure.ticketStatus(), departure.plate()));
    }

    /**
     * The people who still hold copies that must come back (issued or loaned, the document must return) and leave
     * from now on, before the meeting's open recall's deadline or within {@code withinHours}: soonest first, each
     * with their copies by document title and copy number. Someone holding nothing due is left out; someone whose
     * departure has passed is too (their copies are on the outstanding list and, after the deadline, missing).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LeavingHolderView> leaving(UUID meetingId, int withinHours) {
        OffsetDateTime now = DocumentService.now();
        OffsetDateTime window = now.plusHours(withinHours);
        OffsetDateTime deadline = recalls.find("meetingId = ?1 and deadline > ?2 order by deadline desc", meetingId,
                now).firstResultOptional().map((RecallEntity r) -> r.deadline).orElse(null);
        OffsetDateTime until = deadline != null && deadline.isAfter(window) ? deadline : window;
        List<Departures.Departure> leaving = departures.leavingBy(meetingId, now, until).stream()
                .filter(d -> !time(d).isAfter(window) || deadline != null && time(d).isBefore(deadline)).toList();
        if (leaving.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<LeavingHolderView.DueCopy>> due = dueCopies(meetingId,
                leaving.stream().map(Departures.Departure::attendeeId).toList());
        List<LeavingHolderView> people = new ArrayList<>();
        for (Departures.Departure departure : leaving) {
            List<LeavingHolderView.DueCopy> copies = due.get(departure.attendeeId());
            if (copies == null) {
                continue;
            }
            ReplicatedAttendee person = roster.find(meetingId, departure.attendeeId()).orElse(null);
            people.add(new LeavingHolderView(departure.attendeeId(), person == null ? null : person.name(),
                    person == null ? null : person.delegation(), view(departure), copies));
        }
        return people;
    }

    /** The same list as the desk that collects copies prints it, with the lines it signs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] print(UUID meetingId, int withinHours) {
        return LeavingListPdf.write(leaving(meetingId, withinHours), withinHours, config.zone(),
                DocumentService.now());
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<LeavingHolderView.DueCopy>> dueCopies(UUID meetingId, List<UUID> holders) {
        List<Object[]> rows = recalls.getEntityManager().createNativeQuery("select c.holder_id, c.id, c.document_id,"
                + " d.title, c.copy_number, d.classification, d.term_years, c.state from document_copy c"
                + " join document d on d.id = c.document_id where c.meeting_id = :meeting and d.must_return"
                + " and c.state in (:out) and c.holder_id in (:holders) order by d.title, c.copy_number")
                .setParameter("meeting", meetingId).setParameter("holders", holders).setParameter("out",
                        Arrays.stream(CopyState.values()).filter(CopyState::isOut).map(Enum::name).toList())
                .getResultList();
        Map<UUID, List<LeavingHolderView.DueCopy>> due = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Classification level = Classification.valueOf((String) row[5]);
            Integer term = row[6] == null ? null : ((Number) row[6]).intValue();
            due.computeIfAbsent((UUID) row[0], holder -> new ArrayList<>()).add(new LeavingHolderView.DueCopy(
                    (UUID) row[1], (UUID) row[2], (String) row[3], (String) row[4], level,
                    DocumentMapping.marking(level, term), CopyState.valueOf((String) row[7])));
        }
        return due;
    }

    private static OffsetDateTime time(Departures.Departure d) {
        return d.leaveAt() != null ? d.leaveAt() : d.reportedAt();
    }

    /** The departure as shown: the send-off when there is one, else the reported trip. */
    static DepartureView view(Departures.Departure d) {
        if (d.sendOffId() != null || d.leaveAt() != null) {
            return new DepartureView(d.leaveAt(), d.ticketStatus() == null ? "SEND_OFF" : "TICKET", d.tripMode(),
                    d.tripNumber(), d.tripPlace(), d.tripAt(), d.ticketStatus(), d.sendOffId(), d.plate());
        }
        return new DepartureView(d.reportedAt(), "REPORTED", d.reportedMode(), d.reportedNumber(),
                d.reportedPlace(), d.reportedAt(), null, null, null);
    }
}
