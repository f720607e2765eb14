package io.huiwu.registration.service;

import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.domain.RosterVerification;
import io.huiwu.registration.event.AttendeeEvents;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the stored sort keys (strokes, pinyin) and the search pinyin in step with the data that made them
 * ({@link NameCollation#version()}): when the stroke table, the surname readings or ICU change, every entry's keys are
 * made again at start-up, before any list is read, in one transaction, and every entry is published again with its
 * new keys and the same version, so the other services' copies never mix keys of two versions.
 */
@ApplicationScoped
public class CollationKeys {

    private static final Logger LOG = Logger.getLogger(CollationKeys.class);
    private static final String NAME = "name-collation";

    private final AttendeeRepository attendees;
    private final EntityManager entityManager;

    private final AttendeeEvents events;
    private final VerificationService verification;

    public CollationKeys(AttendeeRepository attendees, EntityManager entityManager, AttendeeEvents events,
            VerificationService verification) {
        this.attendees = attendees;
        this.entityManager = entityManager;
        this.events = events;
        this.verification = verification;
    }

    void onStart(@Observes StartupEvent event) {
        rekeyIfChanged();
    }

    /** Makes every entry's keys again if the name data changed since they were made; returns how many. */
    @Transactional
    public long rekeyIfChanged() {
        String current = NameCollation.version();
        List<?> stored = entityManager.createNativeQuery("select version from collation_info where name = ?1"
                        + " for update")
                .setParameter(1, NAME).getResultList();
        if (!stored.isEmpty() && current.equals(stored.get(0))) {
            return 0;
        }
        // native updates: new sort keys are not an edit of the entry, so its version (and verifications) stay
        long count = 0;
        for (AttendeeEntity attendee : attendees.listAll()) {
            entityManager.createNativeQuery("update attendee set stroke_key = ?1, pinyin_key = ?2, pinyin = ?3,"
                            + " pinyin_initials = ?4 where id = ?5")
                    .setParameter(1, NameCollation.strokeKey(attendee.name))
                    .setParameter(2, NameCollation.pinyinKey(attendee.name))
                    .setParameter(3, NameCollation.pinyin(attendee.name))
                    .setParameter(4, NameCollation.initials(attendee.name))
                    .setParameter(5, attendee.id)
                    .executeUpdate();
            count++;
        }
        entityManager.createNativeQuery("insert into collation_info (name, version) values (?1, ?2)"
                        + " on conflict (name) do update set version = excluded.version")
                .setParameter(1, NAME).setParameter(2, current).executeUpdate();
        if (count > 0) {
            entityManager.clear();
            List<AttendeeEntity> all = attendees.listAll();
            Map<UUID, Integer> required = new HashMap<>();
            for (Object row : entityManager.createNativeQuery("select id, required_verifications from meeting")
                    .getResultList()) {
                Object[] columns = (Object[]) row;
                required.put((UUID) columns[0], ((Number) columns[1]).intValue());
            }
            Map<UUID, VerificationService.Standing> standings = verification.standings(
                    all.stream().map(a -> a.id).toList());
            Map<UUID, RosterVerification.VerificationState> states = new HashMap<>();
            for (AttendeeEntity attendee : all) {
                VerificationService.Standing standing = standings.get(attendee.id);
                if (standing != null) {
                    states.put(attendee.id, standing.state(required.get(attendee.meetingId)));
                }
            }
            events.rekeyedAll(all, states);
            LOG.infof("Made the sort keys of %d roster entries again with name data %s", count, current);
        }
        return count;
    }
}
