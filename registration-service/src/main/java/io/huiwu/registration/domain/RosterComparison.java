package io.huiwu.registration.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What changed in the roster since a finalised version of it (定稿), so that the officer sees what a new finalisation
 * would take in: entries added, entries no longer on it (withdrawn), and for each entry on both, every field whose
 * value differs, before and after. Entries are compared by their values, not their versions: a new version of an
 * entry that was changed and changed back is no change.
 */
public final class RosterComparison {

    private RosterComparison() {
    }

    /** An entry as compared: its id and its fields' values as text (null for none), in the order to report them. */
    public record Entry(UUID id, Map<String, String> fields) {
    }

    public record FieldChange(String field, String before, String after) {
    }

    public record Changed(UUID id, List<FieldChange> fields) {
    }

    /** Ids of the entries added and removed, in the order of {@code after} and {@code before}; the changed ones. */
    public record Result(List<UUID> added, List<UUID> removed, List<Changed> changed) {

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    public static Result compare(Collection<Entry> before, Collection<Entry> after) {
        Map<UUID, Entry> earlier = new LinkedHashMap<>();
        before.forEach(entry -> earlier.put(entry.id(), entry));
        Map<UUID, Entry> now = new LinkedHashMap<>();
        after.forEach(entry -> now.put(entry.id(), entry));
        List<UUID> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (Entry entry : now.values()) {
            Entry was = earlier.get(entry.id());
            if (was == null) {
                added.add(entry.id());
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            for (Map.Entry<String, String> field : entry.fields().entrySet()) {
                String previous = was.fields().get(field.getKey());
                if (!Objects.equals(previous, field.getValue())) {
                    fields.add(new FieldChange(field.getKey(), previous, field.getValue()));
                }
            }
            // a field only the earlier entry has was emptied
            for (Map.Entry<String, String> field : was.fields().entrySet()) {
                if (!entry.fields().containsKey(field.getKey()) && field.getValue() != null) {
                    fields.add(new FieldChange(field.getKey(), field.getValue(), null));
                }
            }
            if (!fields.isEmpty()) {
                changed.add(new Changed(entry.id(), List.copyOf(fields)));
            }
        }
        List<UUID> removed = earlier.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        return new Result(List.copyOf(added), removed, List.copyOf(changed));
    }
}
