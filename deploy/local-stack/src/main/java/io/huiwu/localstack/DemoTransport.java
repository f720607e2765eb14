package io.huiwu.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo meeting's arrivals and their pickups (接站), as the 保障组 would set them up on the day before the meeting:
 * forty-eight deputies report their trains and flights to registration (two trains into 西安北站 in the morning, two
 * flights into 咸阳机场), logistics registers its cars, minibuses and bus, and the pickup plan built from the reported
 * arrivals is put in force. Runs after the rooms are assigned: a wave is split by the hotel each person sleeps in.
 */
final class DemoTransport {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final int TRAVELLERS = 48;

    /** A train or flight and how many of the travellers come by it. */
    private record Arrival(String mode, String number, LocalTime at, String place, int people) {
    }

    private static final List<Arrival> ARRIVALS = List.of(
            new Arrival("TRAIN", "G651", LocalTime.of(9, 42), "西安北站", 16),
            new Arrival("TRAIN", "G87", LocalTime.of(10, 5), "西安北站", 12),
            new Arrival("FLIGHT", "CA1205", LocalTime.of(12, 40), "西安咸阳国际机场", 12),
            new Arrival("FLIGHT", "MU2151", LocalTime.of(15, 35), "西安咸阳国际机场", 8));

    private static final List<Map<String, Object>> VEHICLES = List.of(
            Map.of("plate", "陕A·D1001", "kind", "VIP_CAR", "seats", 4, "driverName", "赵师傅",
                    "driverPhone", "13809180001", "staffInCharge", "保障组 张伟"),
            Map.of("plate", "陕A·D1002", "kind", "VIP_CAR", "seats", 4, "driverName", "钱师傅",
                    "driverPhone", "13809180002", "staffInCharge", "保障组 张伟"),
            Map.of("plate", "陕A·D2001", "kind", "MINIBUS", "seats", 17, "driverName", "孙师傅",
                    "driverPhone", "13809180003", "staffInCharge", "保障组 李娜"),
            Map.of("plate", "陕A·D2002", "kind", "MINIBUS", "seats", 17, "driverName", "吴师傅",
                    "driverPhone", "13809180005", "staffInCharge", "保障组 李娜"),
            Map.of("plate", "陕A·D3001", "kind", "BUS", "seats", 45, "driverName", "周师傅",
                    "driverPhone", "13809180004", "staffInCharge", "保障组 李娜"));

    private final DemoHttp registration;
    private final DemoHttp logistics;
    private final String base;
    private final LocalDate day;
    private final List<JsonNode> deputies;

    DemoTransport(DemoHttp registration, DemoHttp logistics, UUID meetingId, LocalDate start,
            List<JsonNode> attendees) {
        this.registration = registration;
        this.logistics = logistics;
        this.base = "/api/v1/meetings/" + meetingId;
        this.day = start.minusDays(1);
        this.deputies = attendees.stream().filter(a -> "ATTENDEE".equals(a.path("category").asText()))
                .limit(TRAVELLERS).toList();
    }

    void load(PrintStream out) throws IOException, InterruptedException {
        int next = 0;
        for (Arrival arrival : ARRIVALS) {
            OffsetDateTime at = OffsetDateTime.of(day, arrival.at(), BEIJING);
            for (int i = 0; i < arrival.people() && next < deputies.size(); i++, next++) {
                String attendee = deputies.get(next).path("id").asText();
                registration.send("PUT", base + "/travel/" + attendee + "/ARRIVAL", DemoHttp.object()
                        .put("mode", arrival.mode()).put("number", arrival.number()).put("at", at.toString())
                        .put("place", arrival.place()).put("companions", 0), Map.of(), 200, 201);
            }
        }
        int reported = next;
        for (Map<String, Object> vehicle : VEHICLES) {
            var body = DemoHttp.object();
            vehicle.forEach((field, value) -> {
                if (value instanceof Integer number) {
                    body.put(field, number);
                } else {
                    body.put(field, value.toString());
                }
            });
            logistics.post(base + "/vehicles", body);
        }
        logistics.await(base + "/travel?direction=ARRIVAL&size=1", page -> page.path("total").asInt() >= reported,
                Duration.ofMinutes(2), "the demo's " + reported + " reported arrivals");
        JsonNode applied = logistics.post(base + "/pickups/plan/apply", DemoHttp.object(), 200);
        out.println("Demo pickups: " + reported + " arrivals on " + day + " at 西安北站 and 咸阳机场, "
                + applied.path("scheduled").asInt() + " pickups scheduled in " + VEHICLES.size() + " vehicles ("
                + applied.path("unplaced").asInt() + " without one)");
    }
}
