package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.MeetingAccessContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every meeting operation of registration-service is guarded per meeting (operations read from its document). */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class MeetingAccessTest {

    @Test
    void everyMeetingOperationIsGuarded() {
        String meetingA = Fixtures.meeting("甲方会议");
        String attendeeOfA = Fixtures.attendee(meetingA, "陈一");
        String meetingB = given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .body("{\"name\":\"乙方会议\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\","
                        + "\"organizer\":\"organizer-of-b\"}")
                .when().post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        int covered = MeetingAccessContract.assertEveryMeetingOperationIsGuarded(UUID.fromString(meetingA),
                UUID.fromString(meetingB), Fixtures.organizer(), TestTokens.attendee(meetingA, attendeeOfA));
        assertTrue(covered >= 70, "covered " + covered);
    }
}
