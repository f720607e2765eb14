package io.huiwu.venue.roster;

import io.huiwu.chassis.testing.RosterReplicaTests;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** venue-service's copy of the roster behaves as every roster replica must. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RosterReplicaTest extends RosterReplicaTests {
}
