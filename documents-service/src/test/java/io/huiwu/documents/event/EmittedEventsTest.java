package io.huiwu.documents.event;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EmittedEvents;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after the service's other test classes and checks each event they made it publish against its own AsyncAPI
 * document: a type not declared on its topic, or data that does not validate, fails the build.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
@Order(Integer.MAX_VALUE)
class EmittedEventsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyEventPublishedConformsToTheServicesOwnDocument() {
        EmittedEvents.assertAllPublishedConform(dataSource, "/documents-service");
    }
}
