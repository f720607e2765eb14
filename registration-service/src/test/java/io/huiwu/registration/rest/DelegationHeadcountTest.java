package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A delegation's headcount counts its members; its staff and drivers (accompanying people) only when asked for with
 * includeSupport=true. Totals and figures by category at a check-in point count everyone the point admits.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class DelegationHeadcountTest {

    @Test
    void aDelegationCountsItsMembersAndItsSupportOnlyWhenAsked() {
        String meeting = Fixtures.meeting("代表团人数会议");
        String head = DelegationRecordTest.person(meeting, "张建国", "ATTENDEE", "长安区代表团");
        DelegationRecordTest.person(meeting, "李卫东", "ATTENDEE", "长安区代表团");
        String secretary = DelegationRecordTest.person(meeting, "王秘书", "STAFF", "长安区代表团");
        String driver = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"赵司机\",\"gender\":\"MALE\",\"category\":\"ACCOMPANYING\",\"delegation\":"
                        + "\"长安区代表团\",\"principalId\":\"" + head + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201)
                .extract().path("id");
        String list = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"大会报到处\",\"kind\":\"DESK\",\"categories\":[\"ATTENDEE\",\"STAFF\","
                        + "\"ACCOMPANYING\"],\"allowReentry\":false,\"trackExit\":false}")
                .when().post("/api/v1/meetings/" + meeting + "/checkin/lists").then().statusCode(201)
                .extract().path("id");
        for (String person : new String[] {head, secretary, driver}) {
            given().auth().oauth2(TestTokens.role("registrar")).contentType(ContentType.JSON)
                    .body("{\"listId\":\"" + list + "\",\"attendeeId\":\"" + person + "\",\"nonce\":\""
                            + UUID.randomUUID() + "\",\"scannedAt\":\"2026-03-01T09:00:00+08:00\"}")
                    .when().post("/api/v1/meetings/" + meeting + "/checkin/redeem").then().statusCode(201);
        }

        String headcount = "/api/v1/meetings/" + meeting + "/checkin/lists/" + list + "/headcount";
        given().auth().oauth2(TestTokens.role("secretariat")).when().get(headcount).then().statusCode(200)
                .body("expected", equalTo(4)).body("checkedIn", equalTo(3))
                .body("byDelegation.key", contains("长安区代表团"))
                .body("byDelegation[0].expected", equalTo(2)).body("byDelegation[0].checkedIn", equalTo(1))
                .body("byCategory.key", contains("ACCOMPANYING", "ATTENDEE", "STAFF"));
        given().auth().oauth2(TestTokens.role("secretariat")).when().get(headcount + "?includeSupport=true")
                .then().statusCode(200).body("expected", equalTo(4))
                .body("byDelegation[0].expected", equalTo(4)).body("byDelegation[0].checkedIn", equalTo(3));

        String delegations = "/api/v1/meetings/" + meeting + "/delegations";
        given().auth().oauth2(TestTokens.role("venue")).when().get(delegations).then().statusCode(200)
                .body("items.name", contains("长安区代表团")).body("items.attendees", contains(2));
        given().auth().oauth2(TestTokens.role("venue")).when().get(delegations + "?includeSupport=true").then()
                .body("items.attendees", contains(4));
    }
}
