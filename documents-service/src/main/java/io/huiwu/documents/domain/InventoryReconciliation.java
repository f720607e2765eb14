package io.huiwu.documents.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inventory check's reconciliation (点检核对, DOMAIN.md, Confidential documents): the copies the ledger says are
 * with the materials group ({@link CopyState#IN_CUSTODY}) among the documents the place holds are expected on the
 * shelf. Each expected copy scanned is found; each expected copy not scanned is missing from the shelf; each copy
 * scanned that is not expected is unexpected, with why: the ledger has it out with a holder, missing or destroyed,
 * or it is a copy of a document the place does not hold.
 */
public final class InventoryReconciliation {

    /** Why a scanned copy was not expected on the shelf. */
    public enum Unexpected {
        ISSUED, LOANED, MISSING, DESTROYED, HANDED_OVER, NOT_IN_SCOPE;

        static Unexpected of(CopyState state) {
            return switch (state) {
                case ISSUED -> ISSUED;
                case LOANED -> LOANED;
                case MISSING -> MISSING;
                case DESTROYED -> DESTROYED;
                case HANDED_OVER -> HANDED_OVER;
                case IN_CUSTODY -> NOT_IN_SCOPE;
            };
        }
    }

    /** A scanned copy that was not expected, and why. */
    public record Stray<K>(K copy, Unexpected reason) {
    }

    /** The outcome, each list in the order its copies were given. */
    public record Result<K>(List<K> expected, List<K> found, List<K> missingFromShelf, List<Stray<K>> unexpected) {
    }

    private InventoryReconciliation() {
    }

    /**
     * @param expected the copies the ledger has in custody among the documents the place holds
     * @param scanned  the copies scanned, in the order they were, with their state in the ledger
     */
    public static <K> Result<K> of(Collection<K> expected, Map<K, CopyState> scanned) {
        Set<K> shelf = new LinkedHashSet<>(expected);
        List<K> found = new ArrayList<>();
        List<K> missing = new ArrayList<>();
        for (K copy : shelf) {
            (scanned.containsKey(copy) ? found : missing).add(copy);
        }
        List<Stray<K>> unexpected = new ArrayList<>();
        scanned.forEach((copy, state) -> {
            if (!shelf.contains(copy)) {
                unexpected.add(new Stray<>(copy, Unexpected.of(state)));
            }
        });
        return new Result<>(List.copyOf(shelf), found, missing, unexpected);
    }
}
