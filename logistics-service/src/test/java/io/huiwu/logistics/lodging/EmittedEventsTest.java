package io.huiwu.logistics.lodging;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EmittedEvents;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.building;
import static io.huiwu.logistics.lodging.LodgingFixtures.floor;
import static io.huiwu.logistics.lodging.LodgingFixtures.hotel;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.lodging.LodgingFixtures.person;
import static io.huiwu.logistics.lodging.LodgingFixtures.room;

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
        UUID meeting = meeting();
        String floor = floor(meeting, building(meeting, hotel(meeting, "契约宾馆"), "主楼"), 1);
        String room = room(meeting, floor, "101", "SINGLE", 1);
        UUID guest = person(meeting, "契约", "FEMALE", "GUEST", null, null, null);
        awaitRoster(meeting, 1);
        logistics().body(Map.of("roomId", room)).put("/api/v1/meetings/" + meeting + "/lodging/assignments/"
                + guest).then().statusCode(200);
        EmittedEvents.assertAllPublishedConform(dataSource, "/logistics-service");
    }
}
