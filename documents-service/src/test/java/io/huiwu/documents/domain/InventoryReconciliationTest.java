package io.huiwu.documents.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InventoryReconciliationTest {

    @Test
    void expectedCopiesAreFoundOrMissingAndTheRestAreUnexpectedWithWhy() {
        Map<String, CopyState> scanned = new LinkedHashMap<>();
        scanned.put("lent", CopyState.LOANED);
        scanned.put("a", CopyState.IN_CUSTODY);
        scanned.put("other", CopyState.IN_CUSTODY);
        scanned.put("gone", CopyState.DESTROYED);
        InventoryReconciliation.Result<String> result = InventoryReconciliation.of(List.of("a", "b", "c"), scanned);
        assertEquals(List.of("a", "b", "c"), result.expected());
        assertEquals(List.of("a"), result.found());
        assertEquals(List.of("b", "c"), result.missingFromShelf());
        assertEquals(List.of(new InventoryReconciliation.Stray<>("lent", InventoryReconciliation.Unexpected.LOANED),
                new InventoryReconciliation.Stray<>("other", InventoryReconciliation.Unexpected.NOT_IN_SCOPE),
                new InventoryReconciliation.Stray<>("gone", InventoryReconciliation.Unexpected.DESTROYED)),
                result.unexpected());
    }

    @Test
    void nothingScannedLeavesEveryExpectedCopyMissing() {
        InventoryReconciliation.Result<String> result = InventoryReconciliation.of(List.of("a"), Map.of());
        assertEquals(List.of(), result.found());
        assertEquals(List.of("a"), result.missingFromShelf());
        assertEquals(List.of(), result.unexpected());
    }
}
