package io.huiwu.logistics.event;

import org.junit.jupiter.api.Test;

/** The reader type fits registration's published schema: a breaking change on either side fails here. */
class RosterEntryContractTest {

    @Test
    void readerFitsTheProducersSchema() {
        RosterEvents.CONTRACT.assertReaderFits(RosterEntry.class);
    }
}
