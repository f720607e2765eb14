package io.huiwu.venue.event;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EmittedEvents;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs after every other test class of the service and checks each event they made it publish against its own
 * AsyncAPI document: a type the document does not declare on its topic, or data that does not validate, fails.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
@Order(Integer.MAX_VALUE)
class EmittedEventsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyEventPublishedConformsToTheServicesOwnDocument() {
        await().atMost(TestWaits.DEADLINE).until(() -> unpublished() == 0);
        int checked = EmittedEvents.assertConformToOwnDocument("/venue-service");
        assertTrue(checked > 0, "no event was published at all");
    }

    /** Events committed but not yet published. */
    private long unpublished() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from outbox_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
