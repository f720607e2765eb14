package io.huiwu.logistics.lodging;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.logistics.event.LodgingSnapshot;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.building;
import static io.huiwu.logistics.lodging.LodgingFixtures.floor;
import static io.huiwu.logistics.lodging.LodgingFixtures.hotel;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.lodging.LodgingFixtures.person;
import static io.huiwu.logistics.lodging.LodgingFixtures.room;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Room assignment by rules as a job, on a real solve kept small (a few seconds at most). */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RoomAssignmentJobTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theReaderOfRosterEntriesFitsRegistrationsSchema() {
        TestRoster.CONTRACT.assertReaderFits(LodgingSnapshot.class);
    }

    @Test
    void aJobPlacesEveryoneByTheRulesAndReportsProgressAndTheResult() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String west = hotel(meeting, "京西宾馆");
        String westFloor = floor(meeting, building(meeting, west, "主楼"), 8);
        room(meeting, westFloor, "801", "TWIN", 2);
        room(meeting, westFloor, "802", "TWIN", 2);
        room(meeting, westFloor, "803", "TWIN", 2);
        room(meeting, westFloor, "888", "SUITE", 1);
        String east = hotel(meeting, "友谊宾馆");
        String eastFloor = floor(meeting, building(meeting, east, "一号楼"), 3);
        room(meeting, eastFloor, "301", "TWIN", 2);
        room(meeting, eastFloor, "302", "TWIN", 2);

        Map<UUID, String> delegationOf = new HashMap<>();
        Map<UUID, String> genderOf = new HashMap<>();
        for (String[] p : new String[][] {
            {"赵一", "MALE", "ATTENDEE", "长安区代表团"}, {"钱二", "MALE", "ATTENDEE", "长安区代表团"},
            {"孙三", "FEMALE", "ATTENDEE", "长安区代表团"}, {"李四", "FEMALE", "ATTENDEE", "长安区代表团"},
            {"周五", "MALE", "ACCOMPANYING", "长安区代表团"},
            {"吴六", "MALE", "ATTENDEE", "雁塔区代表团"}, {"郑七", "MALE", "ATTENDEE", "雁塔区代表团"},
            {"王八", "FEMALE", "ATTENDEE", "雁塔区代表团"}}) {
            UUID id = person(meeting, p[0], p[1], p[2], p[3], "COUNTY_FULL", 7);
            delegationOf.put(id, p[3]);
            genderOf.put(id, p[1]);
        }
        UUID senior = person(meeting, "冯九", "MALE", "ATTENDEE", "长安区代表团", "PROVINCIAL_DEPUTY", 4);
        delegationOf.put(senior, "长安区代表团");
        genderOf.put(senior, "MALE");
        awaitRoster(meeting, 9);

        var started = logistics().body(Map.of()).post(base + "/lodging/assignment-jobs").then().statusCode(202)
                .body("status", oneOf("QUEUED", "RUNNING")).extract();
        String job = started.path("id");
        assertTrue(started.header("Location").endsWith("/lodging/assignment-jobs/" + job));
        JsonPath done = await().atMost(TestWaits.DEADLINE).until(() -> logistics().get(base
                + "/lodging/assignment-jobs/" + job).then().statusCode(200).extract().jsonPath(),
                body -> "SUCCEEDED".equals(body.getString("status")));

        assertEquals(100, done.getInt("progress"));
        assertEquals(9, done.getInt("result.people"));
        assertEquals(9, done.getInt("result.placed"), done.prettify());
        assertTrue(done.getBoolean("result.feasible"), done.prettify());
        assertTrue(done.getList("result.violations.findAll { it.hard }").isEmpty(), done.prettify());
        List<Map<String, Object>> placements = done.getList("result.placements");
        Map<String, List<Map<String, Object>>> byRoom = new HashMap<>();
        Map<String, Set<Object>> hotelsOfDelegation = new HashMap<>();
        for (Map<String, Object> placement : placements) {
            byRoom.computeIfAbsent(placement.get("roomId").toString(), r -> new ArrayList<>())
                    .add(placement);
            UUID person = UUID.fromString(placement.get("attendeeId").toString());
            hotelsOfDelegation.computeIfAbsent(delegationOf.get(person), d -> new HashSet<>())
                    .add(placement.get("hotelId"));
        }
        byRoom.values().forEach(sharing -> assertEquals(1, sharing.stream()
                .map(p -> genderOf.get(UUID.fromString(p.get("attendeeId").toString()))).distinct().count(),
                "a shared room mixes genders: " + sharing));
        hotelsOfDelegation.forEach((delegation, hotels) -> assertEquals(1, hotels.size(), delegation + " split"));
        // the suite is for 省部级 (grade level 4 and above) only: only 冯九 may have it
        placements.stream().filter(p -> "888".equals(p.get("room")))
                .forEach(p -> assertEquals(senior.toString(), p.get("attendeeId")));
        // the accompanying driver is lodged under his own category: nobody else shares his room
        Map<String, Object> driver = placements.stream().filter(p -> "周五".equals(p.get("name"))).findFirst()
                .orElseThrow();
        assertEquals(1, byRoom.get(driver.get("roomId").toString()).size());
        assertEquals("SUCCEEDED", text("select status from assignment_job where id = '" + job + "'"));
        assertEquals("0", text("select count(*) from room_assignment where meeting_id = '" + meeting + "'"),
                "nothing is in force until the plan is applied");
    }

    @Test
    void badPolicyIsRefusedNamingTheField() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        logistics().body(Map.of("suiteFromGradeLevel", 11)).post(base + "/lodging/assignment-jobs").then()
                .statusCode(400).body("errors.field", hasItem("suiteFromGradeLevel"));
        logistics().body(Map.of("categories", List.of("attendee; drop"))).post(base + "/lodging/assignment-jobs")
                .then().statusCode(400).body("errors[0].field", notNullValue());
        logistics().get(base + "/lodging/assignment-jobs/" + UUID.randomUUID()).then().statusCode(404)
                .body("status", equalTo(404));
        assertEquals("0", text("select count(*) from assignment_job where meeting_id = '" + meeting + "'"));
    }

    private String text(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
