package io.huiwu.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo meeting in venue-service, as the 会场组 (local-venue) would set it up: the 人民会堂 with its 大礼堂 (a seat
 * map drafted from a grid, two floors, two rostrum rows, published) and a room for group sessions; the first plenary
 * and a group session; the plenary's rostrum (the delegations' leaders and deputy leaders) and its hall seated by
 * delegation.
 */
final class DemoVenue {

    /** 一层: three blocks of ten rows; 二层: two blocks of four rows. 360 seats. */
    private static final int[][] FLOOR_1 = {{10, 8}, {10, 12}, {10, 8}};
    private static final int[][] FLOOR_2 = {{4, 10}, {4, 10}};
    private static final int[] ROSTRUM_ROWS = {11, 9};

    private final DemoHttp venue;
    private final String base;
    private final LocalDate start;
    private final List<JsonNode> attendees;

    DemoVenue(DemoHttp venue, UUID meetingId, LocalDate start, List<JsonNode> attendees) {
        this.venue = venue;
        this.base = "/api/v1/meetings/" + meetingId;
        this.start = start;
        this.attendees = attendees;
    }

    void load(PrintStream out) throws IOException, InterruptedException {
        DemoData.awaitRoster(venue, base, attendees.size());
        String venueId = venue.post(base + "/venues", DemoHttp.object().put("name", "省人民会堂")
                .put("address", "新城区北大街 1 号")).path("id").asText();
        String spaces = base + "/venues/" + venueId + "/spaces";
        int seats = seats(FLOOR_1) + seats(FLOOR_2);
        ObjectNode hallBody = DemoHttp.object().put("kind", "HALL").put("name", "大礼堂").put("floor", 1)
                .put("capacity", seats);
        hallBody.putArray("equipment").add("扩音").add("同声传译").add("电子表决");
        String hallId = venue.post(spaces, hallBody).path("id").asText();
        ObjectNode roomBody = DemoHttp.object().put("kind", "ROOM").put("name", "第一分组会议室").put("floor", 2)
                .put("capacity", 40);
        roomBody.putArray("equipment").add("投影");
        String roomId = venue.post(spaces, roomBody).path("id").asText();

        String map = spaces + "/" + hallId + "/seat-map";
        ObjectNode spec = DemoHttp.object();
        ArrayNode floors = spec.putArray("floors");
        floor(floors, 1, FLOOR_1);
        floor(floors, 2, FLOOR_2);
        ArrayNode rostrumRows = spec.putArray("rostrumRows");
        for (int row : ROSTRUM_ROWS) {
            rostrumRows.add(row);
        }
        String draft = venue.send("PUT", map + "/draft", spec, Map.of(), 201).header("ETag");
        venue.send("POST", map + "/draft/publish", null, Map.of("If-Match", draft), 200);
        out.println("Demo venue: 省人民会堂, 大礼堂 with " + seats + " seats on 2 floors (map published) and"
                + " 第一分组会议室");

        ObjectNode plenary = session("PLENARY", "第一次全体会议", start, "09:00", "11:30", hallId);
        plenary.putArray("categories").add("ATTENDEE").add("NON_VOTING").add("GUEST").add("STAFF").add("PRESS");
        plenary.put("seatPassRequired", true);
        ArrayNode agenda = plenary.putArray("agenda");
        agenda.addObject().put("title", "大会开幕，奏国歌").put("presenter", "大会执行主席");
        agenda.addObject().put("title", "听取省人民政府工作报告").put("presenter", "省长");
        agenda.addObject().put("title", "审查计划报告和预算报告").put("presenter", "省发展改革委、省财政厅");
        String plenaryId = schedule(plenary);
        ObjectNode group = session("GROUP", "长安区代表团分组审议", start.plusDays(1), "09:00", "11:30", roomId);
        group.putArray("categories").add("ATTENDEE").add("NON_VOTING");
        group.putArray("delegations").add("长安区代表团");
        group.putArray("agenda").addObject().put("title", "审议政府工作报告").put("presenter", "长安区代表团团长");
        schedule(group);
        out.println("Demo sessions: 第一次全体会议 (" + start + ", 大礼堂) and 长安区代表团分组审议 ("
                + start.plusDays(1) + ", 第一分组会议室)");

        // the rostrum: each delegation's leader, then its deputy leader, in the order of their rank
        ObjectNode rostrum = DemoHttp.object();
        ArrayNode ids = rostrum.putArray("attendeeIds");
        for (String role : new String[] {"LEADER", "DEPUTY_LEADER"}) {
            attendees.stream().filter(a -> role.equals(a.path("delegationRole").asText()))
                    .sorted(Comparator.comparingInt(a -> a.path("rank").asInt()))
                    .forEach(a -> ids.add(a.path("id").asText()));
        }
        String sessionPath = base + "/sessions/" + plenaryId;
        venue.send("PUT", sessionPath + "/rostrum", rostrum, Map.of(), 201);

        // the hall by delegation: previewed, then applied with the preview's ETag
        ObjectNode seating = DemoHttp.object();
        seating.putObject("policy").put("layout", "ACROSS").put("withinBlock", "RANK");
        DemoHttp.Reply plan = venue.send("POST", sessionPath + "/hall-seating/plan", seating, Map.of(), 200);
        DemoHttp.Reply applied = venue.send("POST", sessionPath + "/hall-seating/apply", seating, Map.of(
                "If-Match", plan.header("ETag"),
                "Idempotency-Key", DemoHttp.idempotencyKey(sessionPath + "/hall-seating/apply", seating)), 200);
        out.println("Demo seating: the plenary's rostrum (" + ids.size() + " leaders in rows of " + ROSTRUM_ROWS[0]
                + " and " + ROSTRUM_ROWS[1] + ") and its hall, " + applied.body().path("seated").asInt()
                + " people seated by delegation");
    }

    private static void floor(ArrayNode floors, int number, int[][] blocks) {
        ObjectNode floor = floors.addObject().put("floor", number);
        ArrayNode specs = floor.putArray("blocks");
        for (int i = 0; i < blocks.length; i++) {
            specs.addObject().put("code", String.valueOf((char) ('A' + i))).put("rows", blocks[i][0])
                    .put("seatsPerRow", blocks[i][1]);
        }
    }

    private static int seats(int[][] blocks) {
        int seats = 0;
        for (int[] block : blocks) {
            seats += block[0] * block[1];
        }
        return seats;
    }

    private static ObjectNode session(String kind, String name, LocalDate day, String from, String to,
            String spaceId) {
        return DemoHttp.object().put("kind", kind).put("name", name)
                .put("startsAt", day + "T" + from + ":00+08:00").put("endsAt", day + "T" + to + ":00+08:00")
                .put("spaceId", spaceId);
    }

    /** Schedules a session; venue-service may not have the meeting's days from registration yet, so it waits. */
    private String schedule(ObjectNode session) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return venue.post(base + "/sessions", session).path("id").asText();
            } catch (DemoHttp.Failure e) {
                if (!e.getMessage().contains("not reached venue-service") || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }
}
