package io.huiwu.documents.copies;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 清退: a recall with a deadline, what is still out by delegation and person, returns one by one or in a batch. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RecallTest {

    private static final EventContract RECALL_OPENED = EventContract.of(AsyncApiDocument.OWN, "RecallOpened");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRecallCountsWhatIsStillOutAndABatchReturnIsAllOrNothing() {
        CopyFixture fixture = new CopyFixture();
        UUID wang = fixture.attendee("王晓红", "ATTENDEE");
        UUID li = fixture.attendee("李建国", "ATTENDEE");
        String secret = fixture.document("选举办法（草案）", "SECRET", 10);
        List<String> copies = fixture.copies(secret, 4, null);
        String keep = fixture.copies(fixture.document("会议日程", null, null), 1, null).get(0);
        fixture.issue(copies.get(0), wang).statusCode(200);
        fixture.issue(copies.get(1), wang).statusCode(200);
        fixture.issue(copies.get(2), li).statusCode(200);
        fixture.issue(keep, li).statusCode(200);

        OffsetDateTime deadline = OffsetDateTime.now().plusDays(1).withNano(0);
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("deadline", OffsetDateTime.now().minusMinutes(5).toString()))
                .post(fixture.base() + "/recalls").then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"));
        String recall = given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("deadline", deadline.toString(), "note", "闭幕前清退"))
                .post(fixture.base() + "/recalls").then().statusCode(201)
                .body("outstandingCopies", equalTo(3)).extract().path("id");
        TopicEvents.Event opened = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("documents.clearance", e -> e.type().equals("recall-opened")
                        && e.data().path("recallId").asText().equals(recall)), e -> !e.isEmpty()).get(0);
        RECALL_OPENED.assertValid(opened.data());
        assertEquals(fixture.meeting.toString(), opened.key());
        assertEquals(deadline.toInstant(), OffsetDateTime.parse(opened.data().path("deadline").asText()).toInstant());

        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/recalls/outstanding/by-delegation").then()
                .statusCode(200).body("items[0].delegation", equalTo("长安区代表团"))
                .body("items[0].holders", equalTo(2)).body("items[0].copies", equalTo(3));
        given().auth().oauth2(fixture.organizer).queryParam("holderId", wang.toString())
                .get(fixture.base() + "/recalls/outstanding").then().statusCode(200).body("total", equalTo(2))
                .body("items.copyNumber", equalTo(List.of("000001", "000002")))
                .body("items[0].holderName", equalTo("王晓红"));

        // copy 4 was never issued, and copy 1 is named twice: nothing is returned
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("copyIds", List.of(copies.get(0), copies.get(3), copies.get(1)), "receivedBy", "张敏"))
                .post(fixture.base() + "/recalls/returns").then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("copyIds[1]"))
                .body("errors[0].message", containsString("IN_CUSTODY"));
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("copyIds", List.of(copies.get(0), copies.get(0)), "receivedBy", "张敏"))
                .post(fixture.base() + "/recalls/returns").then().statusCode(400)
                .body("errors[0].field", equalTo("copyIds[1]"));
        assertEquals(0, count("select count(*) from copy_ledger_entry where action = 'RETURNED' and copy_id in ('"
                + copies.get(0) + "', '" + copies.get(1) + "')"));

        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("copyIds", List.of(copies.get(0), copies.get(1)), "receivedBy", "张敏"))
                .post(fixture.base() + "/recalls/returns").then().statusCode(200)
                .body("items.state", equalTo(List.of("IN_CUSTODY", "IN_CUSTODY")));
        CopyFixture.awaitEvent("material-returned", copies.get(0));
        CopyFixture.awaitEvent("material-returned", copies.get(1));
        assertEquals(2, count("select count(*) from audit_entry where action = 'COPY_RETURNED' and copy_id in ('"
                + copies.get(0) + "', '" + copies.get(1) + "')"));
        assertEquals(2, count("select count(*) from copy_ledger_entry where action = 'RETURNED' and copy_id in ('"
                + copies.get(0) + "', '" + copies.get(1) + "')"));
        // the batch's two audit entries link one to the other like any two
        given().auth().oauth2(fixture.organizer).post(fixture.base() + "/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("firstBroken", nullValue());
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/recalls/outstanding/by-delegation").then()
                .body("items[0].holders", equalTo(1)).body("items[0].copies", equalTo(1));
        given().auth().oauth2(fixture.organizer).queryParam("delegation", "长安区代表团")
                .get(fixture.base() + "/recalls/outstanding").then()
                .body("items.holderId", equalTo(List.of(li.toString())));
    }

    private long count(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
