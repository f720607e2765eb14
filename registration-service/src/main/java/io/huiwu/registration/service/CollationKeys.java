package io.huiwu.registration.service;

import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Keeps the stored sort keys (strokes, pinyin) in step with the ICU collation that made them: when a new ICU
 * version orders names differently, every key is made again at start-up, before any list is read.
 */
@ApplicationScoped
public class CollationKeys {

    private static final Logger LOG = Logger.getLogger(CollationKeys.class);
    private static final String NAME = "name-collation";

    private final AttendeeRepository attendees;
    private final EntityManager entityManager;

    public CollationKeys(AttendeeRepository attendees, EntityManager entityManager) {
        this.attendees = attendees;
        this.entityManager = entityManager;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        String current = NameCollation.version();
        List<?> stored = entityManager.createNativeQuery("select version from collation_info where name = ?1")
                .setParameter(1, NAME).getResultList();
        if (!stored.isEmpty() && current.equals(stored.get(0))) {
            return;
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
            LOG.infof("Made the sort keys of %d roster entries again for collation %s", count, current);
        }
    }
}
