package io.huiwu.documents.domain;

import io.huiwu.documents.domain.ConfidentialCopy.IllegalMove;
import io.huiwu.documents.domain.ConfidentialCopy.Move;
import io.huiwu.documents.domain.ConfidentialCopy.Refusal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfidentialCopyTest {

    private static final UUID WANG = UUID.randomUUID();
    private static final UUID LI = UUID.randomUUID();

    private static ConfidentialCopy registered() {
        return ConfidentialCopy.replay(List.of(Move.of(LedgerAction.REGISTERED)));
    }

    @Test
    void aCopyGoesOutAndComesBackAndItsLedgerReplaysToTheSamePlace() {
        List<Move> ledger = List.of(Move.of(LedgerAction.REGISTERED), Move.to(LedgerAction.ISSUED, WANG),
                Move.transfer(WANG, LI), Move.of(LedgerAction.RETURNED), Move.to(LedgerAction.LOANED, WANG),
                Move.of(LedgerAction.MISSING), Move.of(LedgerAction.FOUND), Move.of(LedgerAction.DESTROYED));
        ConfidentialCopy copy = ConfidentialCopy.unregistered();
        copy = copy.apply(ledger.get(0));
        assertEquals(CopyState.IN_CUSTODY, copy.state());
        copy = copy.apply(ledger.get(1));
        assertEquals(new ConfidentialCopy(CopyState.ISSUED, WANG, 2), copy);
        copy = copy.apply(ledger.get(2));
        assertEquals(new ConfidentialCopy(CopyState.ISSUED, LI, 3), copy);
        copy = copy.apply(ledger.get(3));
        assertEquals(new ConfidentialCopy(CopyState.IN_CUSTODY, null, 4), copy);
        copy = copy.apply(ledger.get(4));
        assertEquals(new ConfidentialCopy(CopyState.LOANED, WANG, 5), copy);
        copy = copy.apply(ledger.get(5));
        assertEquals(new ConfidentialCopy(CopyState.MISSING, WANG, 6), copy, "a missing copy keeps its last holder");
        copy = copy.apply(ledger.get(6));
        assertEquals(new ConfidentialCopy(CopyState.IN_CUSTODY, null, 7), copy);
        copy = copy.apply(ledger.get(7));
        assertEquals(new ConfidentialCopy(CopyState.DESTROYED, null, 8), copy);
        assertEquals(copy, ConfidentialCopy.replay(ledger));
    }

    @Test
    void returningACopyThatIsNotOutIsRefusedWithItsState() {
        IllegalMove refused = assertThrows(IllegalMove.class, () -> registered().apply(Move.of(LedgerAction.RETURNED)));
        assertEquals(CopyState.IN_CUSTODY, refused.copy().state());
        assertEquals(Refusal.STATE, refused.refusal());
    }

    @Test
    void aCopyAlreadyOutCannotBeIssuedLoanedOrDestroyed() {
        ConfidentialCopy out = registered().apply(Move.to(LedgerAction.ISSUED, WANG));
        for (Move move : List.of(Move.to(LedgerAction.ISSUED, LI), Move.to(LedgerAction.LOANED, LI),
                Move.of(LedgerAction.DESTROYED), Move.of(LedgerAction.FOUND), Move.of(LedgerAction.REGISTERED))) {
            IllegalMove refused = assertThrows(IllegalMove.class, () -> out.apply(move), move.toString());
            assertEquals(CopyState.ISSUED, refused.copy().state());
        }
    }

    @Test
    void aMissingCopyIsNeitherDestroyedNorReturnedButFound() {
        ConfidentialCopy missing = registered().apply(Move.to(LedgerAction.ISSUED, WANG))
                .apply(Move.of(LedgerAction.MISSING));
        assertThrows(IllegalMove.class, () -> missing.apply(Move.of(LedgerAction.DESTROYED)));
        assertThrows(IllegalMove.class, () -> missing.apply(Move.of(LedgerAction.RETURNED)));
        assertNull(missing.apply(Move.of(LedgerAction.FOUND)).holderId());
        assertEquals(CopyState.IN_CUSTODY, missing.apply(Move.of(LedgerAction.FOUND)).state());
    }

    @Test
    void aMissingCopyScannedBackIsFoundWithItsHolderAndThenReturned() {
        ConfidentialCopy missing = registered().apply(Move.to(LedgerAction.ISSUED, WANG))
                .apply(Move.of(LedgerAction.MISSING));
        ConfidentialCopy found = missing.apply(Move.to(LedgerAction.FOUND, WANG));
        assertEquals(CopyState.ISSUED, found.state());
        assertEquals(WANG, found.holderId());
        ConfidentialCopy back = found.apply(Move.of(LedgerAction.RETURNED));
        assertEquals(CopyState.IN_CUSTODY, back.state());
        assertEquals(5, back.entries());
    }

    @Test
    void onlyTheCurrentHolderTransfersAndNeverToThemselves() {
        ConfidentialCopy out = registered().apply(Move.to(LedgerAction.ISSUED, WANG));
        assertEquals(Refusal.NOT_THE_HOLDER, assertThrows(IllegalMove.class,
                () -> out.apply(Move.transfer(LI, UUID.randomUUID()))).refusal());
        assertEquals(Refusal.SAME_HOLDER, assertThrows(IllegalMove.class,
                () -> out.apply(Move.transfer(WANG, WANG))).refusal());
        ConfidentialCopy loaned = registered().apply(Move.to(LedgerAction.LOANED, WANG));
        assertEquals(Refusal.STATE, assertThrows(IllegalMove.class,
                () -> loaned.apply(Move.transfer(WANG, LI))).refusal(), "a loan is returned, not passed on");
    }
}
