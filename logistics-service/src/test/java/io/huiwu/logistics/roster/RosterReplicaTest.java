package io.huiwu.logistics.roster;

import io.huiwu.chassis.access.Grant;
import io.huiwu.chassis.roster.RosterSnapshot;
import io.huiwu.chassis.testing.RosterReplicaTests;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestRoster;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** logistics-service's copy of the roster behaves as every roster replica must. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RosterReplicaTest extends RosterReplicaTests {

    @Override
    protected String consumerGroup() {
        return "logistics-service";
    }

    @Test
    void theReplicasReadOnlyWhatRegistrationDeclaresInItsDocument() {
        TestRoster.CONTRACT.assertReaderFits(RosterSnapshot.class);
        TestGrants.CONTRACT.assertReaderFits(Grant.class);
    }
}
