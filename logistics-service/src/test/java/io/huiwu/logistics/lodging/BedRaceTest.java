package io.huiwu.logistics.lodging;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.building;
import static io.huiwu.logistics.lodging.LodgingFixtures.floor;
import static io.huiwu.logistics.lodging.LodgingFixtures.hotel;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.lodging.LodgingFixtures.person;
import static io.huiwu.logistics.lodging.LodgingFixtures.room;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff giving the same bed at the same moment: one wins, the others are refused, and the bed is given once. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class BedRaceTest {

    private static final int STAFF = 12;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void oneBedIsNeverGivenTwice() throws Exception {
        UUID meeting = meeting();
        String floor = floor(meeting, building(meeting, hotel(meeting, "竞争宾馆"), "主楼"), 1);
        String single = room(meeting, floor, "101", "SINGLE", 1);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            people.add(person(meeting, "抢床" + i, "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7));
        }
        awaitRoster(meeting, STAFF);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService staff = Executors.newFixedThreadPool(STAFF);
        List<Future<Integer>> answers = new ArrayList<>();
        for (UUID person : people) {
            Callable<Integer> give = () -> {
                start.await();
                return logistics().body(Map.of("roomId", single, "bed", 1)).put("/api/v1/meetings/" + meeting
                        + "/lodging/assignments/" + person).then().extract().statusCode();
            };
            answers.add(staff.submit(give));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        staff.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from room_assignment where room_id = '"
                        + single + "'")) {
            rows.next();
            assertEquals(1, rows.getLong(1));
        }
    }
}
