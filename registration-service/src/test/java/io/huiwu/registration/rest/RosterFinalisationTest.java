package io.huiwu.registration.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The finalised roster (定稿): refused while any active entry is unverified, numbered versions frozen as they
 * stood, roster-finalised published as the AsyncAPI document says, and what changed since a version.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RosterFinalisationTest {

    private static final EventContract FINALISED = EventContract.of(AsyncApiDocument.OWN, "RosterFinalised");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void finalisingIsRefusedWhileAnActiveEntryIsNotVerifiedAndChangesNothing() throws SQLException {
        RosterBook book = new RosterBook("未核对定稿测试会议");
        String first = null;
        String partial = null;
        for (String name : new String[] {"欧阳建国", "张伟", "朱红", "田明", "王芳", "马云", "丁一"}) {
            String id = book.register(name, "MALE", "ATTENDEE", "长安区代表团", "省发展改革委", "主任");
            if (name.equals("丁一")) {
                first = id;
            } else if (name.equals("马云")) {
                partial = id;
            }
        }
        book.verify(first);
        // one verification of two is not enough
        given().auth().oauth2(RosterBook.REGISTRAR_B).header("If-Match", "\"0\"")
                .when().post(book.path("/attendees/" + partial + "/verifications")).then().statusCode(200);

        book.finalise(RosterBook.ORGANIZER, "{\"note\":\"报秘书处\"}").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("6 active entries are not verified yet: 马云, 王芳, 田明, 朱红, 张伟 and"
                        + " 1 more"))
                .body("detail", containsString("2 verifications"))
                .body("detail", not(containsString("丁一")));
        given().auth().oauth2(RosterBook.ORGANIZER).header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON).when().post(book.path("/roster/finalisations"))
                .then().statusCode(409)
                .body("detail", containsString("尚有 6 条有效名册条目未核对完毕：马云、王芳、田明、朱红、张伟 等"));

        assertEquals(0, count("select count(*) from roster_finalisation where meeting_id = ?", book.meeting));
        assertEquals(0, count("select count(*) from roster_finalisation_entry where meeting_id = ?", book.meeting));
        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/finalisations"))
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/changes"))
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("has not been finalised yet"));
        assertEquals(List.of(), TopicEvents.inTestCluster().matching("registration.meeting",
                e -> e.subject().equals(book.meeting) && e.type().equals("roster-finalised")));

        // withdrawn entries are not on the roster, and do not hold it back
        List<String> unverified = given().auth().oauth2(RosterBook.ORGANIZER)
                .when().get(book.path("/attendees?verification=UNVERIFIED")).then().extract().path("items.id");
        unverified.forEach(book::withdraw);
        book.withdraw(partial);
        book.finalise(RosterBook.ORGANIZER, null).statusCode(201).body("version", equalTo(1))
                .body("entries", equalTo(1));

        String empty = new RosterBook("空名册定稿测试会议").meeting;
        given().auth().oauth2(RosterBook.ORGANIZER).contentType(ContentType.JSON)
                .when().post("/api/v1/meetings/" + empty + "/roster/finalisations")
                .then().statusCode(409).body("detail", containsString("nothing to finalise"));
    }

    @Test
    void finalisedVersionsAreNumberedFrozenAndPublished() {
        RosterBook book = new RosterBook("定稿版本测试会议");
        String wang = book.register("王芳", "FEMALE", "ATTENDEE", "雁塔区代表团", "雁塔区人民政府", "区长");
        String zhang = book.register("张伟", "MALE", "ATTENDEE", "长安区代表团", "长安区人民政府", "区长");
        String ding = book.register("丁一", "MALE", "NON_VOTING", "长安区代表团", "长安区教育局", "局长");
        String guest = book.register("欧阳喆", "FEMALE", "GUEST", null, "省发展和改革委员会", "副主任");
        for (String id : new String[] {wang, zhang, ding, guest}) {
            book.verify(id);
        }

        book.finalise(TestTokens.person("registrar-b"), null).statusCode(403)
                .contentType("application/problem+json");
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(RosterBook.ORGANIZER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"note\":\"报大会秘书处审定\"}")
                .when().post(book.path("/roster/finalisations"))
                .then().statusCode(201)
                .header("Location", endsWith("/roster/finalisations/1"))
                .body("version", equalTo(1))
                .body("note", equalTo("报大会秘书处审定"))
                .body("finalisedBy", equalTo("organizer-a"))
                .body("entries", equalTo(4))
                .body("categories.category", contains("ATTENDEE", "NON_VOTING", "GUEST"))
                .body("categories.count", contains(2, 1, 1))
                .body("delegations.delegation", contains("长安区代表团", "雁塔区代表团"))
                .body("delegations.count", contains(2, 1))
                .body("withoutDelegation", equalTo(1))
                .body("latest", equalTo(true))
                .body("changedSinceFinalised", equalTo(false));
        // the same key answers the first finalisation again, and makes no second one
        given().auth().oauth2(RosterBook.ORGANIZER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"note\":\"报大会秘书处审定\"}")
                .when().post(book.path("/roster/finalisations"))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("version", equalTo(1));
        book.finalise(RosterBook.ORGANIZER, null).statusCode(409)
                .body("detail", containsString("has not changed since it was finalised as version 1"));

        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster().matching("registration.meeting",
                e -> e.subject().equals(book.meeting) && e.type().equals("roster-finalised")).isEmpty());
        var events = TopicEvents.inTestCluster().matching("registration.meeting",
                e -> e.subject().equals(book.meeting) && e.type().equals("roster-finalised"));
        assertEquals(1, events.size());
        var event = events.get(0);
        assertEquals(book.meeting, event.key());
        FINALISED.assertValid(event.data());
        assertEquals(1, event.data().path("version").asInt());
        assertEquals(4, event.data().path("entries").asInt());
        assertEquals("长安区代表团", event.data().path("delegations").get(0).path("delegation").asText());
        assertEquals(2, event.data().path("delegations").get(0).path("count").asInt());
        assertEquals("NON_VOTING", event.data().path("categories").get(1).path("category").asText());
        assertEquals(1, event.data().path("withoutDelegation").asInt());

        // a correction needs verifying again before the roster can be finalised again
        book.edit(zhang, "张伟", "MALE", "ATTENDEE", "长安区代表团", "长安区人民政府", "区委书记");
        book.finalise(RosterBook.ORGANIZER, null).statusCode(409)
                .body("detail", containsString("1 active entry is not verified yet: 张伟."));
        given().auth().oauth2(RosterBook.REGISTRAR_B).when().get(book.path("/roster/finalisations/1"))
                .then().statusCode(200).body("changedSinceFinalised", equalTo(true));
        book.verify(zhang);
        book.finalise(RosterBook.ORGANIZER, null).statusCode(201).body("version", equalTo(2))
                .body("note", nullValue());

        given().auth().oauth2(TestTokens.role("logistics")).when().get(book.path("/roster/finalisations"))
                .then().statusCode(200)
                .body("items.version", contains(1, 2))
                .body("items.latest", contains(false, true))
                .body("items.changedSinceFinalised", contains(null, false))
                .body("items.entries", contains(4, 4));
        // version 1 keeps the entry as it was
        given().auth().oauth2(RosterBook.REGISTRAR_B).when().get(book.path("/roster/changes?since=1"))
                .then().statusCode(200)
                .body("changedSinceFinalised", equalTo(true))
                .body("changed[0].name", equalTo("张伟"))
                .body("changed[0].fields.field", contains("title"))
                .body("changed[0].fields[0].before", equalTo("区长"))
                .body("changed[0].fields[0].after", equalTo("区委书记"));
        given().auth().oauth2(RosterBook.REGISTRAR_B).when().get(book.path("/roster/finalisations/1"))
                .then().statusCode(200).body("latest", equalTo(false)).body("changedSinceFinalised", nullValue())
                .body("delegations.delegation", contains("长安区代表团", "雁塔区代表团"));
    }

    @Test
    void theChangesSinceAFinalisedVersionNameWhatWasAddedWithdrawnAndChanged() {
        RosterBook book = new RosterBook("定稿差异测试会议");
        String renamed = book.register("赵国庆", "MALE", "ATTENDEE", "长安区代表团", "长安区人民政府", "区长");
        String leaving = book.register("钱学森", "MALE", "ATTENDEE", "长安区代表团", "长安区科协", "主席");
        String moved = book.register("孙丽", "FEMALE", "ATTENDEE", "长安区代表团", "长安区妇联", "主席");
        String revised = book.register("李强", "MALE", "ATTENDEE", "雁塔区代表团", "雁塔区人民政府", "副区长");
        for (String id : new String[] {renamed, leaving, moved, revised}) {
            book.verify(id);
        }
        book.finalise(RosterBook.ORGANIZER, null).statusCode(201);
        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/changes"))
                .then().statusCode(200).body("since", equalTo(1)).body("changedSinceFinalised", equalTo(false))
                .body("added", empty()).body("withdrawn", empty()).body("changed", empty());

        book.edit(renamed, "赵国强", "MALE", "ATTENDEE", "长安区代表团", "长安区人民政府", "区委书记");
        book.withdraw(leaving);
        book.edit(moved, "孙丽", "FEMALE", "NON_VOTING", "雁塔区代表团", "长安区妇联", "主席");
        // changed and changed back: a new version, but no change
        book.edit(revised, "李强", "MALE", "ATTENDEE", "雁塔区代表团", "雁塔区人民政府", "区长");
        book.edit(revised, "李强", "MALE", "ATTENDEE", "雁塔区代表团", "雁塔区人民政府", "副区长");
        String added = book.register("周杰", "MALE", "GUEST", null, "省外办", "处长");

        given().auth().oauth2(RosterBook.REGISTRAR_C).when().get(book.path("/roster/changes"))
                .then().statusCode(200)
                .body("since", equalTo(1))
                .body("changedSinceFinalised", equalTo(true))
                .body("added.attendeeId", contains(added))
                .body("added[0].name", equalTo("周杰"))
                .body("added[0].category", equalTo("GUEST"))
                .body("withdrawn.attendeeId", contains(leaving))
                .body("withdrawn[0].name", equalTo("钱学森"))
                .body("changed.attendeeId", contains(renamed, moved))
                .body("changed[0].name", equalTo("赵国强"))
                .body("changed[0].finalisedVersion", equalTo(0))
                .body("changed[0].version", equalTo(1))
                .body("changed[0].fields.field", contains("name", "title"))
                .body("changed[0].fields.before", contains("赵国庆", "区长"))
                .body("changed[0].fields.after", contains("赵国强", "区委书记"))
                .body("changed[1].fields.field", contains("category", "delegation"))
                .body("changed[1].fields.before", contains("ATTENDEE", "长安区代表团"))
                .body("changed[1].fields.after", contains("NON_VOTING", "雁塔区代表团"))
                .body("changed.attendeeId", not(hasItem(revised)));
        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/finalisations"))
                .then().body("items[0].changedSinceFinalised", equalTo(true));

        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/changes?since=0"))
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("since"));
        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/changes?since=7"))
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Finalised roster version 7 does not exist"));
        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/finalisations/0"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("version"));
        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/finalisations/-1"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("version"));
        given().auth().oauth2(RosterBook.ORGANIZER).when().get(book.path("/roster/finalisations/2"))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(RosterBook.ORGANIZER).contentType(ContentType.JSON)
                .body("{\"note\":\"" + "很".repeat(501) + "\"}")
                .when().post(book.path("/roster/finalisations"))
                .then().statusCode(400).body("errors.field", hasItem("note"));
    }

    private long count(String sql, String meeting) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(meeting));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
