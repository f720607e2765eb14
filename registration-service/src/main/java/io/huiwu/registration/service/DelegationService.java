package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.DelegationView;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.domain.RosterOrder;
import io.huiwu.registration.persistence.DelegationOrderEntity;
import io.huiwu.registration.persistence.RosterRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Delegations as the roster names them, in one of the orders protocol uses (DOMAIN.md, Hall): by surname-stroke
 * order of their names, by pinyin, or by an order the organiser agreed (delegations it does not list follow, by
 * strokes).
 */
@ApplicationScoped
public class DelegationService {

    public enum DelegationOrder { STROKES, PINYIN, AGREED }

    private final RosterRepositories.DelegationOrder agreed;
    private final MeetingService meetings;

    public DelegationService(RosterRepositories.DelegationOrder agreed, MeetingService meetings) {
        this.agreed = agreed;
        this.meetings = meetings;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DelegationView> list(UUID meetingId, DelegationOrder order) {
        meetings.require(meetingId);
        List<Object[]> rows = agreed.getEntityManager().createQuery(
                        "select a.delegation, count(a) from AttendeeEntity a where a.meetingId = :meeting"
                                + " and a.status = :status and a.delegation is not null group by a.delegation",
                        Object[].class)
                .setParameter("meeting", meetingId).setParameter("status", AttendeeStatus.ACTIVE).getResultList();
        Map<String, Integer> positions = agreedPositions(meetingId);
        List<DelegationView> delegations = new ArrayList<>();
        for (Object[] row : rows) {
            String name = (String) row[0];
            delegations.add(new DelegationView(name, ((Number) row[1]).longValue(), positions.get(name)));
        }
        Comparator<DelegationView> byStrokes = Comparator.comparing(DelegationView::name, NameCollation.byStrokes());
        Comparator<DelegationView> comparator = switch (order) {
            case STROKES -> byStrokes;
            case PINYIN -> Comparator.comparing(DelegationView::name, NameCollation.textByPinyin());
            case AGREED -> Comparator.comparing(DelegationView::name, RosterOrder.delegations(positions));
        };
        delegations.sort(comparator);
        return delegations;
    }

    /**
     * The meeting's order of delegations, which printed rosters follow: the agreed one (delegations it does not list
     * after it, by strokes), or by strokes when none was agreed; no delegation last.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Comparator<String> order(UUID meetingId) {
        return RosterOrder.delegations(agreedPositions(meetingId));
    }

    private Map<String, Integer> agreedPositions(UUID meetingId) {
        Map<String, Integer> positions = new HashMap<>();
        agreed.find("meetingId", meetingId).list().forEach(row -> positions.put(row.name, row.position));
        return positions;
    }

    @Transactional
    public List<DelegationView> setOrder(UUID meetingId, List<String> names) {
        meetings.require(meetingId);
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name.strip())) {
                throw ProblemException.invalidField("names", Message.of("lists {0} twice", "重复列出了 {0}",
                        name));
            }
        }
        agreed.delete("meetingId", meetingId);
        agreed.flush();
        int position = 1;
        for (String name : names) {
            DelegationOrderEntity row = new DelegationOrderEntity();
            row.meetingId = meetingId;
            row.name = name.strip();
            row.position = position++;
            agreed.persist(row);
        }
        agreed.flush();
        return list(meetingId, DelegationOrder.AGREED);
    }
}
