package io.huiwu.chassis.testing;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-meeting access in a service whose grants are a replica of registration's: every operation under
 * {@code /meetings/{meetingId}} refuses an organizer and an attendee of another meeting, and a caller without a
 * token ({@link MeetingAccessContract}). A service's test class extends this and is a {@code @QuarkusTest}.
 */
public abstract class ReplicatedAccessTests {

    @Test
    void everyMeetingOperationIsGuarded() {
        UUID meetingA = UUID.randomUUID();
        UUID meetingB = UUID.randomUUID();
        TestGrants.grant(meetingA, "organizer-of-a", "organizer");
        TestGrants.grant(meetingB, "organizer-of-b", "organizer");
        String organizerOfA = TestTokens.person("organizer-of-a");
        String organizerOfB = TestTokens.person("organizer-of-b");
        // both grants have reached the replica before anything is asserted
        for (var check : new Object[][] {{meetingA, organizerOfA}, {meetingB, organizerOfB}}) {
            await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2((String) check[1])
                    .when().get("/api/v1/meetings/" + check[0] + "/attendees").then().statusCode(200));
        }
        int covered = MeetingAccessContract.assertEveryMeetingOperationIsGuarded(meetingA, meetingB, organizerOfA,
                TestTokens.attendee(meetingA, UUID.randomUUID()));
        assertTrue(covered > 0);
    }

    @Test
    void noHostileRequestIsAServerError() {
        UUID meeting = UUID.randomUUID();
        TestGrants.grant(meeting, "organizer-of-hostile", "organizer");
        String organizer = TestTokens.person("organizer-of-hostile");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .when().get("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(200));
        assertTrue(HostileInputContract.assertNoServerErrors(meeting, organizer) > 0);
    }
}
