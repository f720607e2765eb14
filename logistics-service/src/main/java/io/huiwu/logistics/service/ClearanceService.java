package io.huiwu.logistics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.logistics.api.ClearanceView;
import io.huiwu.logistics.event.ClearanceSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each person's clearance (清退) from documents.clearance: CLEARED, or BLOCKED with the copies still due. The time
 * documents cleared or checked the person orders the reports: an older one than the one kept changes nothing.
 */
@ApplicationScoped
public class ClearanceService {

    public static final String CLEARED = "CLEARED";
    public static final String BLOCKED = "BLOCKED";
    private static final TypeReference<List<ClearanceView.Due>> DUE = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public ClearanceService(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Transactional
    public void cleared(ClearanceSnapshot cleared, String eventId) {
        record(cleared, CLEARED, List.of(), cleared.clearedAt(), eventId);
    }

    @Transactional
    public void blocked(ClearanceSnapshot blocked, String eventId) {
        List<ClearanceView.Due> due = blocked.due().stream().map(d -> new ClearanceView.Due(
                d.document() == null ? "" : d.document(), d.copyNumber() == null ? "" : d.copyNumber(),
                d.state() == null ? "" : d.state())).toList();
        record(blocked, BLOCKED, due, blocked.checkedAt(), eventId);
    }

    private void record(ClearanceSnapshot report, String status, List<ClearanceView.Due> due, OffsetDateTime at,
            String eventId) {
        String dueJson;
        try {
            dueJson = json.writeValueAsString(due);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write what is due", e);
        }
        entityManager.createNativeQuery("insert into attendee_clearance (meeting_id, attendee_id, status, due,"
                + " recall_id, at, event_id, received_at) values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6, ?7, ?8)"
                + " on conflict (meeting_id, attendee_id) do update set status = excluded.status,"
                + " due = excluded.due, recall_id = excluded.recall_id, at = excluded.at,"
                + " event_id = excluded.event_id, received_at = excluded.received_at"
                + " where attendee_clearance.at < excluded.at")
                .setParameter(1, report.meetingId()).setParameter(2, report.attendeeId()).setParameter(3, status)
                .setParameter(4, dueJson).setParameter(5, report.recallId()).setParameter(6, at)
                .setParameter(7, eventId).setParameter(8, InventoryService.now()).executeUpdate();
    }

    /** Everyone of the meeting documents reported on; anyone else is UNKNOWN. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, ClearanceView> of(UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select attendee_id, status, cast(due as text), at"
                + " from attendee_clearance where meeting_id = ?1").setParameter(1, meetingId).getResultList();
        Map<UUID, ClearanceView> clearance = new HashMap<>();
        for (Object[] row : rows) {
            List<ClearanceView.Due> due;
            try {
                due = json.readValue((String) row[2], DUE);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot read what is due", e);
            }
            clearance.put((UUID) row[0], new ClearanceView((String) row[1], due, toOffset(row[3])));
        }
        return clearance;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
