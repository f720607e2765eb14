package io.huiwu.documents.roster;

import io.huiwu.chassis.testing.ReplicatedAccessTests;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every meeting operation of documents-service is guarded per meeting. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class MeetingAccessTest extends ReplicatedAccessTests {
}
