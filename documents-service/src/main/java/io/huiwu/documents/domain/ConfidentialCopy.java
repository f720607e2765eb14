package io.huiwu.documents.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A numbered copy as its ledger makes it: the fold of its entries, oldest first (DOMAIN.md, Confidential documents:
 * each issue registered and signed for, copies counted back one by one, a copy not back is missing, nothing
 * deleted). A move the copy's state does not allow is refused with that state; a transfer is accepted only from the
 * copy's current holder (chain of custody), and a copy that is out is never destroyed. A missing copy is found
 * in custody (the materials group found it), or with a holder (scanned back from them, and returned at once). A
 * copy out with a holder may instead be handed over to the holder's unit: it stays theirs (the holder is kept) and
 * is settled, never to move again.
 *
 * @param state    where the copy is
 * @param holderId who has it, or who last had it when missing; null in custody
 * @param entries  how many entries the ledger has
 */
public record ConfidentialCopy(CopyState state, UUID holderId, int entries) {

    /** One entry of the ledger, as far as the state is concerned. */
    public record Move(LedgerAction action, UUID holderId, UUID fromHolderId) {

        public static Move of(LedgerAction action) {
            return new Move(action, null, null);
        }

        public static Move to(LedgerAction action, UUID holderId) {
            return new Move(action, Objects.requireNonNull(holderId), null);
        }

        public static Move transfer(UUID fromHolderId, UUID toHolderId) {
            return new Move(LedgerAction.TRANSFERRED, Objects.requireNonNull(toHolderId),
                    Objects.requireNonNull(fromHolderId));
        }
    }

    /** Why a move is refused. */
    public enum Refusal {
        /** The copy's state does not allow the move. */
        STATE,
        /** A transfer names a holder who does not have the copy. */
        NOT_THE_HOLDER,
        /** A transfer to the holder who already has it. */
        SAME_HOLDER
    }

    /** A move refused, with the copy as it was. */
    public static final class IllegalMove extends RuntimeException {
        private final ConfidentialCopy copy;
        private final Move move;
        private final Refusal refusal;

        IllegalMove(ConfidentialCopy copy, Move move, Refusal refusal) {
            super(move.action() + " refused: the copy is " + copy.state(), null, false, false);
            this.copy = copy;
            this.move = move;
            this.refusal = refusal;
        }

        public ConfidentialCopy copy() {
            return copy;
        }

        public Move move() {
            return move;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** A copy before its first entry. */
    public static ConfidentialCopy unregistered() {
        return new ConfidentialCopy(null, null, 0);
    }

    /** The copy its entries make, oldest first. */
    public static ConfidentialCopy replay(List<Move> ledger) {
        ConfidentialCopy copy = unregistered();
        for (Move move : ledger) {
            copy = copy.apply(move);
        }
        return copy;
    }

    /** The copy after one more entry; {@link IllegalMove} when the entry cannot follow. */
    public ConfidentialCopy apply(Move move) {
        return switch (move.action()) {
            case REGISTERED -> require(state == null, move).next(CopyState.IN_CUSTODY, null);
            case ISSUED -> require(state == CopyState.IN_CUSTODY, move).next(CopyState.ISSUED, move.holderId());
            case LOANED -> require(state == CopyState.IN_CUSTODY, move).next(CopyState.LOANED, move.holderId());
            case RETURNED -> require(state != null && state.isOut(), move).next(CopyState.IN_CUSTODY, null);
            case TRANSFERRED -> transfer(move);
            case MISSING -> require(state != null && state.isOut(), move).next(CopyState.MISSING, holderId);
            case FOUND -> require(state == CopyState.MISSING, move).next(
                    move.holderId() == null ? CopyState.IN_CUSTODY : CopyState.ISSUED, move.holderId());
            case DESTROYED -> require(state == CopyState.IN_CUSTODY, move).next(CopyState.DESTROYED, null);
            case HANDED_OVER -> require(state != null && state.isOut(), move).next(CopyState.HANDED_OVER, holderId);
        };
    }

    private ConfidentialCopy transfer(Move move) {
        require(state == CopyState.ISSUED, move);
        if (!move.fromHolderId().equals(holderId)) {
            throw new IllegalMove(this, move, Refusal.NOT_THE_HOLDER);
        }
        if (move.holderId().equals(holderId)) {
            throw new IllegalMove(this, move, Refusal.SAME_HOLDER);
        }
        return next(CopyState.ISSUED, move.holderId());
    }

    private ConfidentialCopy require(boolean allowed, Move move) {
        if (!allowed) {
            throw new IllegalMove(this, move, Refusal.STATE);
        }
        return this;
    }

    private ConfidentialCopy next(CopyState state, UUID holderId) {
        return new ConfidentialCopy(state, holderId, entries + 1);
    }
}
