package io.huiwu.documents.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentMarkingTest {

    @Test
    void aSecretLevelCarriesItsTermWithinTheLevelsLongest() {
        assertEquals(new DocumentMarking(Classification.SECRET, 20),
                DocumentMarking.of(Classification.SECRET, false, 20).marking());
        assertEquals(DocumentMarking.Fault.TERM_TOO_LONG, DocumentMarking.of(Classification.CONFIDENTIAL, false, 11)
                .fault());
        assertEquals(DocumentMarking.Fault.TERM_MISSING, DocumentMarking.of(Classification.TOP_SECRET, false, null)
                .fault());
        assertEquals("termYears", DocumentMarking.Fault.TERM_MISSING.field());
    }

    @Test
    void internalIsAWorkSecretAndNeverASecretLevel() {
        DocumentMarking.Result both = DocumentMarking.of(Classification.SECRET, true, 10);
        assertEquals(DocumentMarking.Fault.SECRET_AND_INTERNAL, both.fault());
        assertEquals("internal", both.fault().field());
        assertEquals(DocumentMarking.Fault.NOT_A_SECRET_LEVEL, DocumentMarking.of(Classification.INTERNAL, false,
                null).fault());
        assertEquals(Classification.INTERNAL, DocumentMarking.of(null, true, null).marking().classification());
        assertFalse(Classification.INTERNAL.isStateSecret());
        assertEquals(DocumentMarking.Fault.TERM_WITHOUT_SECRET_LEVEL, DocumentMarking.of(null, true, 5).fault());
        assertEquals(Classification.PUBLIC, DocumentMarking.of(null, false, null).marking().classification());
    }

    @Test
    void copyNumbersAreSixDigitsNumberedOn() {
        assertEquals("000017", CopyNumbers.format(17));
        assertEquals(List.of("000018", "000019"), CopyNumbers.after(17, 2));
        assertTrue(CopyNumbers.after(999_998, 2).isEmpty());
        assertTrue(CopyNumbers.isCopyNumber("000017"));
        assertFalse(CopyNumbers.isCopyNumber("17"));
        assertFalse(CopyNumbers.isCopyNumber("0000170"));
    }

    @Test
    void noCopyGoesToAHolderClearedBelowTheDocument() {
        assertTrue(ClearancePolicy.permits(ClearancePolicy.defaultFor("ATTENDEE"), Classification.SECRET));
        assertFalse(ClearancePolicy.permits(ClearancePolicy.defaultFor("ATTENDEE"), Classification.TOP_SECRET));
        assertFalse(ClearancePolicy.permits(ClearancePolicy.defaultFor("PRESS"), Classification.INTERNAL));
        assertFalse(ClearancePolicy.permits(ClearancePolicy.defaultFor("SOMETHING_NEW"), Classification.CONFIDENTIAL));
        assertTrue(ClearancePolicy.permits(Classification.TOP_SECRET, Classification.TOP_SECRET));
    }
}
