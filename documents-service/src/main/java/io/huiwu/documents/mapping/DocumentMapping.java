package io.huiwu.documents.mapping;

import io.huiwu.documents.api.CopyView;
import io.huiwu.documents.api.DocumentView;
import io.huiwu.documents.api.LedgerEntryView;
import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.LedgerEntryEntity;

import java.util.Arrays;
import java.util.List;

/** Documents, copies and ledger entries as the API shows them. */
public final class DocumentMapping {

    private DocumentMapping() {
    }

    public static DocumentView view(DocumentEntity d, long copies) {
        return new DocumentView(d.id, d.meetingId, d.title, d.issuingBody, d.classification, d.termYears,
                marking(d.classification, d.termYears), d.pages, d.mustReturn, copies, d.createdBy, d.createdAt,
                d.version);
    }

    /** The mark as GB/T 9704 prints it: 密级★期限, 内部, or nothing for a public document. */
    public static String marking(Classification classification, Integer termYears) {
        if (classification.isStateSecret()) {
            return classification.chinese() + "★" + termYears + "年";
        }
        return classification == Classification.INTERNAL ? classification.chinese() : null;
    }

    public static CopyView view(CopyEntity c, Classification classification) {
        return new CopyView(c.id, c.documentId, c.meetingId, c.copyNumber, classification, c.state, c.holderId,
                c.dueAt, c.batch, c.approval, c.entries, c.version);
    }

    public static LedgerEntryView view(LedgerEntryEntity e) {
        List<String> supervisors = e.supervisors == null ? List.of() : Arrays.asList(e.supervisors.split("\n"));
        return new LedgerEntryView(e.id, e.copyId, e.seq, e.action, e.holderId, e.fromHolderId, e.receivedBy, e.dueAt,
                e.approval, supervisors, e.note, e.unit, e.receiptNumber, e.actor, e.authorisedBy, e.happenedAt,
                e.recordedAt);
    }
}
