package io.huiwu.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The demo meeting in logistics-service, as the 保障组 (local-logistics) would set it up: two hotels with their
 * buildings, floors and rooms (standard twins, singles, a few suites), the rooms assigned by rules and the plan
 * applied; a banquet hall with a main table and a halal table, and the opening day's banquet with its table plan
 * applied.
 */
final class DemoLodging {

    /** How long the rooming job may take: the planner spends up to 30 s on each hotel, on a loaded machine more. */
    private static final Duration JOB_PATIENCE = Duration.ofMinutes(5);

    private final DemoHttp logistics;
    private final String base;
    private final LocalDate start;
    private final int people;

    DemoLodging(DemoHttp logistics, UUID meetingId, LocalDate start, List<JsonNode> attendees) {
        this.logistics = logistics;
        this.base = "/api/v1/meetings/" + meetingId;
        this.start = start;
        this.people = attendees.size();
    }

    void load(PrintStream out) throws IOException, InterruptedException {
        DemoData.awaitRoster(logistics, base, people);
        List<ObjectNode> rooms = new ArrayList<>();
        // 人民大厦: one tower, floors 3 to 9, each with 14 twins and 4 singles; a suite on the two top floors
        String tower = building(hotel("人民大厦", "莲湖区西大街 1 号", "029-87651234"), "主楼");
        for (int level = 3; level <= 9; level++) {
            rooms.addAll(floor(tower, level, "", 14, 4, level >= 8 ? 1 : 0));
        }
        // 丈八宾馆: two buildings, floors 2 to 4, each with 10 twins and 4 singles; a suite on each top floor
        String guesthouse = hotel("丈八宾馆", "雁塔区丈八东路 8 号", "029-85361234");
        for (int b = 1; b <= 2; b++) {
            String building = building(guesthouse, b + "号楼");
            for (int level = 2; level <= 4; level++) {
                rooms.addAll(floor(building, level, b + "-", 10, 4, level == 4 ? 1 : 0));
            }
        }
        int beds = 0;
        for (ObjectNode room : rooms) {
            beds += room.path("beds").asInt();
        }
        out.println("Demo hotels: 人民大厦 and 丈八宾馆, " + rooms.size() + " rooms with " + beds + " beds");

        // the rooming job runs in the background while the banquet hall is set up
        String job = logistics.post(base + "/lodging/assignment-jobs", DemoHttp.object(), 202).path("id")
                .asText();
        String mealId = banquet();

        JsonNode done = logistics.await(base + "/lodging/assignment-jobs/" + job,
                j -> !j.path("status").asText().matches("QUEUED|RUNNING"), JOB_PATIENCE, "the rooming plan done");
        if (!"SUCCEEDED".equals(done.path("status").asText())) {
            throw new DemoHttp.Failure("the rooming job ended " + done.path("status").asText() + ": "
                    + done.path("error").asText());
        }
        JsonNode applied = logistics.post(base + "/lodging/assignment-jobs/" + job + "/apply", DemoHttp.object(),
                200);
        out.println("Demo rooming: the rules' plan applied, " + applied.path("assigned").asInt() + " beds assigned");

        JsonNode seated = logistics.post(base + "/meals/" + mealId + "/table-plan/apply", DemoHttp.object(), 200);
        out.println("Demo banquet: " + start + " 欢迎晚宴 in 人民大厦宴会厅, " + seated.path("assigned").asInt()
                + " seats assigned by protocol (staff dine at the buffet)");
    }

    private String hotel(String name, String address, String phone) throws IOException, InterruptedException {
        return logistics.post(base + "/hotels", DemoHttp.object().put("name", name).put("address", address)
                .put("phone", phone)).path("id").asText();
    }

    private String building(String hotelId, String name) throws IOException, InterruptedException {
        return logistics.post(base + "/hotels/" + hotelId + "/buildings", DemoHttp.object().put("name", name))
                .path("id").asText();
    }

    /** A floor and its rooms, numbered from 01: the twins, then the singles, then the suites. */
    private List<ObjectNode> floor(String buildingId, int level, String prefix, int twins, int singles, int suites)
            throws IOException, InterruptedException {
        String floorId = logistics.post(base + "/buildings/" + buildingId + "/floors", DemoHttp.object()
                .put("level", level).put("name", level + "层")).path("id").asText();
        List<ObjectNode> rooms = new ArrayList<>();
        int number = 1;
        for (int i = 0; i < twins + singles + suites; i++, number++) {
            String type = i < twins ? "TWIN" : i < twins + singles ? "SINGLE" : "SUITE";
            String roomNumber = prefix + level + String.format("%02d", number);
            rooms.add(DemoHttp.object().put("number", roomNumber).put("type", type)
                    .put("beds", "TWIN".equals(type) ? 2 : 1).put("phone", "8" + roomNumber.replace("-", "")));
        }
        DemoHttp.all(rooms.stream().<Callable<JsonNode>>map(room -> () -> logistics.post(base + "/floors/" + floorId
                + "/rooms", room)).toList());
        return rooms;
    }

    /**
     * The banquet hall: the main table farthest from the door, six columns of six tables in front of it, the one
     * nearest the door on the right set aside as the halal table; the opening day's dinner there, a banquet.
     */
    private String banquet() throws IOException, InterruptedException {
        String hallId = logistics.post(base + "/dining-halls", DemoHttp.object().put("name", "人民大厦宴会厅")
                .put("location", "人民大厦主楼二层")).path("id").asText();
        String tables = base + "/dining-halls/" + hallId + "/tables";
        List<ObjectNode> bodies = new ArrayList<>();
        bodies.add(DemoHttp.object().put("number", 1).put("capacity", 10).put("x", 0).put("y", 8)
                .put("main", true));
        int number = 2;
        for (int y = 6; y >= 1; y--) {
            for (int x = -5; x <= 5; x += 2) {
                ObjectNode table = DemoHttp.object().put("number", number++).put("capacity", 10).put("x", x)
                        .put("y", y);
                if (x == 5 && y == 1) {
                    table.put("diet", "HALAL");
                }
                bodies.add(table);
            }
        }
        DemoHttp.all(bodies.stream().<Callable<JsonNode>>map(table -> () -> logistics.post(tables, table)).toList());
        return logistics.post(base + "/meals", DemoHttp.object().put("hallId", hallId).put("day", start.toString())
                .put("kind", "DINNER").put("service", "BANQUET")).path("id").asText();
    }
}
