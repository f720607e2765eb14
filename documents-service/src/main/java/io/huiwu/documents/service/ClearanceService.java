package io.huiwu.documents.service;

import io.huiwu.documents.api.ClearanceView;
import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.domain.ClearancePolicy;
import io.huiwu.documents.persistence.CategoryClearanceEntity;
import io.huiwu.documents.persistence.DocumentRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The clearance of each category of person in a meeting: the organiser's, else the default table. */
@ApplicationScoped
public class ClearanceService {

    private final DocumentRepositories.Clearances clearances;

    public ClearanceService(DocumentRepositories.Clearances clearances) {
        this.clearances = clearances;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Classification of(UUID meetingId, String category) {
        CategoryClearanceEntity set = clearances.findById(new CategoryClearanceEntity.Key(meetingId, category));
        return set != null ? set.clearance : ClearancePolicy.defaultFor(category);
    }

    /** Every category the default table or the organiser names, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClearanceView> list(UUID meetingId) {
        Map<String, ClearanceView> all = new TreeMap<>();
        ClearancePolicy.defaults().forEach((category, clearance) -> all.put(category,
                new ClearanceView(category, clearance, true, null, null)));
        clearances.find("key.meetingId", meetingId).list().forEach(c -> all.put(c.key.category(), view(c)));
        return List.copyOf(all.values());
    }

    @Transactional
    public ClearanceView set(UUID meetingId, String category, Classification clearance, String actor) {
        CategoryClearanceEntity.Key key = new CategoryClearanceEntity.Key(meetingId, category);
        CategoryClearanceEntity entity = clearances.findById(key);
        if (entity == null) {
            entity = new CategoryClearanceEntity();
            entity.key = key;
        }
        entity.clearance = clearance;
        entity.setBy = actor;
        entity.setAt = DocumentService.now();
        clearances.persist(entity);
        return view(entity);
    }

    private static ClearanceView view(CategoryClearanceEntity c) {
        return new ClearanceView(c.key.category(), c.clearance, false, c.setBy, c.setAt);
    }
}
