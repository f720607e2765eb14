package io.huiwu.registration.event;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EmittedEvents;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.registration.rest.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class of the service and checks each event they made it publish against its own
 * AsyncAPI document (asyncapi/asyncapi.yaml): a type the document does not declare on its topic, or data that does
 * not validate, fails the build.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
@Order(Integer.MAX_VALUE)
class EmittedEventsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyEventPublishedConformsToTheServicesOwnDocument() {
        // at least one event of its own, and the relay has caught up with everything committed before it
        Fixtures.meeting("事件契约会议");
        EmittedEvents.assertAllPublishedConform(dataSource, "/registration-service");
    }
}
