package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.HostileInputContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** No request a client can send, however hostile, makes any operation of the document answer a server error. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class HostileInputTest {

    @Test
    void noHostileRequestIsAServerError() {
        String meeting = Fixtures.meeting("敌意输入测试会议");
        int sent = HostileInputContract.assertNoServerErrors(UUID.fromString(meeting), Fixtures.organizer());
        assertTrue(sent > 1000, "sent " + sent);
        System.out.println("Sent " + sent + " hostile requests, none answered a server error");
    }
}
