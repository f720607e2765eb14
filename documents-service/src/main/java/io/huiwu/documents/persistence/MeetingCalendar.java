package io.huiwu.documents.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The meetings' last days as registration last published them; an older version changes nothing. */
@ApplicationScoped
public class MeetingCalendar {

    private final EntityManager entityManager;

    public MeetingCalendar(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void keep(UUID meetingId, LocalDate endDate, long version) {
        entityManager.createNativeQuery("insert into meeting_calendar (meeting_id, end_date, version)"
                + " values (:meeting, :end, :version) on conflict (meeting_id) do update"
                + " set end_date = excluded.end_date, version = excluded.version"
                + " where meeting_calendar.version < excluded.version")
                .setParameter("meeting", meetingId).setParameter("end", Date.valueOf(endDate))
                .setParameter("version", version).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<LocalDate> endDate(UUID meetingId) {
        List<Object> rows = entityManager.createNativeQuery("select end_date from meeting_calendar"
                + " where meeting_id = :meeting").setParameter("meeting", meetingId).getResultList();
        return rows.stream().findFirst().map(row -> row instanceof LocalDate date ? date : ((Date) row).toLocalDate());
    }
}
