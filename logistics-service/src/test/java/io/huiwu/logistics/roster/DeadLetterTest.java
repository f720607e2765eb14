package io.huiwu.logistics.roster;

import io.huiwu.chassis.testing.DeadLetterTests;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** logistics-service's dead letters are listed, replayed and discarded as every service's must be. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class DeadLetterTest extends DeadLetterTests {
}
