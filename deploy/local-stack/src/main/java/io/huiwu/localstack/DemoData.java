package io.huiwu.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A demo meeting loaded through the public API, as an organiser would: a provincial people's congress session with
 * about 300 people in 10 delegations (deputies, non-voting attendees, guests, staff and press). The names are made
 * up from common family and given names; the same seed gives the same roster.
 */
public final class DemoData {

    private static final String[] DELEGATIONS = {
        "长安区代表团", "雁塔区代表团", "碑林区代表团", "莲湖区代表团", "新城区代表团",
        "未央区代表团", "灞桥区代表团", "阎良区代表团", "临潼区代表团", "解放军代表团"};
    private static final String[] FAMILY = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
        "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
        "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "欧阳", "司马", "丁"};
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
        "霞", "平", "刚", "桂英", "建国", "建华", "国强", "志刚", "海燕", "晓东", "文静", "红梅", "立新", "振华"};
    private static final String[] TITLES = {
        "区委书记", "区长", "人大常委会主任", "副区长", "街道办事处主任", "村党支部书记", "企业董事长", "中学校长",
        "医院院长", "农民", "工人", "教师"};

    /** The local staff and the role each holds in the demo meeting (the subjects of {@code ./run token ROLE}). */
    static final String[] STAFF_ROLES = {"organizer", "registrar", "logistics", "venue", "secretariat"};
    private static final String[] STAFF_NAMES = {"会务组组长", "报到组", "保障组", "会场组", "秘书组"};

    /** A second registrar of the demo meeting, so that each entry has the two verifications the meeting needs. */
    private static final String CHECKER = "local-roster-checker";
    private static final String CHECKER_NAME = "名册复核组";

    private final Map<ServiceSpec, String> urls;
    private final String registrationUrl;
    private final LocalTokens tokens;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private DemoHttp registration;
    private ObjectNode meeting;
    /** The roster as registration answered each entry: id, name, category, delegation, rank... */
    private final List<JsonNode> attendees = new ArrayList<>();

    /** The demo, loaded into the services at {@code urls} with tokens of the local issuer. */
    public DemoData(Map<ServiceSpec, String> urls, LocalTokens tokens) {
        this.urls = Map.copyOf(urls);
        this.registrationUrl = urls.get(ServiceSpec.REGISTRATION);
        this.tokens = tokens;
    }

    /** Whether a meeting of that id exists (a demo loaded before, in the same data folder). */
    public boolean exists(String meetingId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(registrationUrl + "/api/v1/meetings/" + meetingId))
                .header("Authorization", "Bearer " + tokens.staff(LocalStackCommand.LOCAL_ADMINISTRATOR,
                        Duration.ofMinutes(5), "administrator"))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** The URL of a meeting. */
    public String url(String meetingId) {
        return registrationUrl + "/api/v1/meetings/" + meetingId;
    }

    /** The demo meeting: its id and URL. */
    public record Loaded(String meetingId, String url) {
    }

    /**
     * Creates the meeting (as the local administrator, naming local-organizer its organizer), grants the other
     * local staff their roles in it, loads its roster as the organizer, and then, once the other services have
     * the roster, what each of them holds for it: the hall and its seating, the hotels, the banquet and the
     * pickups, the secret documents and their recall.
     */
    public Loaded load(PrintStream out) throws IOException, InterruptedException {
        Loaded loaded = loadRegistration(out);
        UUID meetingId = UUID.fromString(loaded.meetingId());
        LocalDate start = LocalDate.parse(meeting.path("startDate").asText());
        new DemoVenue(as(ServiceSpec.VENUE, "local-venue"), meetingId, start, attendees).load(out);
        new DemoLodging(as(ServiceSpec.LOGISTICS, "local-logistics"), meetingId, start, attendees).load(out);
        new DemoTransport(registration, as(ServiceSpec.LOGISTICS, "local-logistics"), meetingId, start, attendees)
                .load(out);
        new DemoDocuments(as(ServiceSpec.DOCUMENTS, "local-secretariat"), meetingId, start, attendees).load(out);
        return loaded;
    }

    /**
     * Waits until a service's copy of the roster, built from registration's events, holds the demo's people (and
     * the service knows the staff's grants: until then it answers 404).
     */
    static void awaitRoster(DemoHttp service, String base, int people) throws IOException, InterruptedException {
        service.await(base + "/attendees?size=1", page -> page.path("total").asInt() >= people,
                Duration.ofMinutes(3), "the demo's " + people + " people");
    }

    /** A client of one service for one member of the local staff. */
    private DemoHttp as(ServiceSpec service, String subject) {
        return new DemoHttp(service.name(), urls.get(service), tokens.staff(subject, Duration.ofHours(1)));
    }

    private Loaded loadRegistration(PrintStream out) throws IOException, InterruptedException {
        LocalDate start = LocalDate.now().plusDays(30);
        meeting = json.createObjectNode()
                .put("name", "省第十四届人民代表大会第三次会议（演示）")
                .put("startDate", start.toString())
                .put("endDate", start.plusDays(4).toString())
                .put("organizer", "local-organizer")
                .put("organizerName", STAFF_NAMES[0]);
        registration = new DemoHttp(ServiceSpec.REGISTRATION.name(), registrationUrl, tokens.staff(
                LocalStackCommand.LOCAL_ADMINISTRATOR, Duration.ofHours(1), "administrator"));
        JsonNode created = post("/api/v1/meetings", meeting);
        String meetingId = created.path("id").asText();
        registration = new DemoHttp(ServiceSpec.REGISTRATION.name(), registrationUrl,
                tokens.staff("local-organizer", Duration.ofHours(1)));
        for (int i = 1; i < STAFF_ROLES.length; i++) {
            post("/api/v1/meetings/" + meetingId + "/staff", json.createObjectNode()
                    .put("subject", "local-" + STAFF_ROLES[i])
                    .put("role", STAFF_ROLES[i].toUpperCase())
                    .put("displayName", STAFF_NAMES[i]));
        }

        List<ObjectNode> people = roster(new Random(20260120L));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> results = new ArrayList<>();
            for (ObjectNode person : people) {
                results.add(pool.submit(() -> post("/api/v1/meetings/" + meetingId + "/attendees", person)));
            }
            for (Future<JsonNode> result : results) {
                attendees.add(result.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        out.println("Demo roster: " + people.size() + " people in " + DELEGATIONS.length + " delegations");
        String base = "/api/v1/meetings/" + meetingId;
        // only a verified entry gets a credential: two registrars, neither of whom entered the roster, check it
        post(base + "/staff", json.createObjectNode().put("subject", CHECKER).put("role", "REGISTRAR")
                .put("displayName", CHECKER_NAME));
        int verified = 0;
        for (String verifier : new String[] {"local-registrar", CHECKER}) {
            verified = verifyRoster(base, tokens.staff(verifier, Duration.ofHours(1)));
        }
        out.println("Demo roster verified: " + verified + " entries, each by " + STAFF_NAMES[1] + " and "
                + CHECKER_NAME);
        String[][] types = {
            {"出席证", "#C8102E", "CX", "ATTENDEE"}, {"列席证", "#1F4E9E", "LX", "NON_VOTING"},
            {"嘉宾证", "#D4A017", "JB", "GUEST"}, {"工作证", "#2E7D32", "GZ", "STAFF"}, {"记者证", "#6A1B9A", "JZ", "PRESS"}};
        for (String[] type : types) {
            ObjectNode body = json.createObjectNode().put("name", type[0]).put("colour", type[1])
                    .put("prefix", type[2]);
            body.putArray("categories").add(type[3]);
            String typeId = post(base + "/credential-types", body).path("id").asText();
            post(base + "/credential-types/" + typeId + "/issue-all", json.createObjectNode(), 200);
        }
        ObjectNode desk = json.createObjectNode().put("name", "大会报到处").put("kind", "DESK")
                .put("allowReentry", false).put("trackExit", false);
        desk.putArray("categories").add("ATTENDEE").add("NON_VOTING").add("GUEST").add("STAFF").add("PRESS");
        post(base + "/checkin/lists", desk);
        ObjectNode hall = json.createObjectNode().put("name", "人民会堂东门").put("kind", "DOOR")
                .put("allowReentry", true).put("trackExit", true);
        hall.putArray("categories").add("ATTENDEE").add("NON_VOTING").add("GUEST");
        post(base + "/checkin/lists", hall);
        out.println("Demo credentials issued (5 types) and check-in lists made (报到处, 东门)");
        return new Loaded(meetingId, registrationUrl + base);
    }

    /** About 300 people: 26 deputies and 1-2 non-voting attendees per delegation, plus guests, staff and press. */
    List<ObjectNode> roster(Random random) {
        List<ObjectNode> people = new ArrayList<>();
        int rank = 1;
        for (String delegation : DELEGATIONS) {
            String district = delegation.replace("代表团", "");
            for (int i = 0; i < 26; i++) {
                ObjectNode deputy = person(random, "ATTENDEE", delegation, district + (i < 3 ? "人民政府" : "选区"),
                        TITLES[Math.min(i, TITLES.length - 1)], rank++);
                // the district's secretary leads the delegation and its head of government deputises
                deputy.put("delegationRole", i == 0 ? "LEADER" : i == 1 ? "DEPUTY_LEADER" : "MEMBER");
                if (i < 3) {
                    deputy.put("grade", "BUREAU_FULL");
                }
                people.add(deputy);
            }
            people.add(person(random, "NON_VOTING", delegation, district + "人大常委会", "副主任", rank++));
        }
        for (int i = 0; i < 10; i++) {
            ObjectNode guest = person(random, "GUEST", null, "省政协", "特邀嘉宾", rank++);
            if (i < 3) {
                guest.put("grade", "PROVINCIAL_DEPUTY");
            }
            people.add(guest);
        }
        for (int i = 0; i < 15; i++) {
            people.add(person(random, "STAFF", null, "大会秘书处", "工作人员", rank++));
        }
        for (int i = 0; i < 5; i++) {
            people.add(person(random, "PRESS", null, "省广播电视台", "记者", rank++));
        }
        // a few people eat halal: the banquet sets a table aside for them
        for (int i = 40; i < people.size(); i += 37) {
            people.get(i).putArray("diet").add("HALAL");
        }
        return people;
    }

    private ObjectNode person(Random random, String category, String delegation, String unit, String title,
            int rank) {
        String name = FAMILY[random.nextInt(FAMILY.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)].substring(0, 1) : "");
        ObjectNode person = json.createObjectNode()
                .put("name", name)
                .put("gender", random.nextInt(10) < 3 ? "FEMALE" : "MALE")
                .put("category", category)
                .put("unit", unit)
                .put("title", title)
                .put("rank", rank);
        if (delegation != null) {
            person.put("delegation", delegation);
        }
        return person;
    }

    /** Vouches for every entry of the roster at its current version, a page at a time; returns how many. */
    private int verifyRoster(String base, String verifierToken) throws IOException, InterruptedException {
        int count = 0;
        for (int page = 0; ; page++) {
            HttpRequest list = HttpRequest.newBuilder(URI.create(registrationUrl + base + "/attendees?size=500&page="
                            + page))
                    .header("Authorization", "Bearer " + verifierToken).GET().build();
            HttpResponse<String> listed = http.send(list, HttpResponse.BodyHandlers.ofString());
            if (listed.statusCode() != 200) {
                throw new IOException("GET the roster answered " + listed.statusCode() + ": " + listed.body());
            }
            JsonNode items = json.readTree(listed.body()).path("items");
            if (items.isEmpty()) {
                return count;
            }
            ObjectNode body = json.createObjectNode();
            var entries = body.putArray("entries");
            for (JsonNode item : items) {
                entries.addObject().put("attendeeId", item.path("id").asText()).put("version", item.path("version")
                        .asLong());
            }
            HttpRequest verify = HttpRequest.newBuilder(URI.create(registrationUrl + base + "/attendees/verifications"))
                    .header("Authorization", "Bearer " + verifierToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            HttpResponse<String> answer = http.send(verify, HttpResponse.BodyHandlers.ofString());
            JsonNode result = answer.statusCode() == 200 ? json.readTree(answer.body()) : null;
            if (result == null || result.path("refused").asInt() > 0) {
                throw new IOException("verifying the demo roster answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            count += items.size();
        }
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        return registration.post(path, body);
    }

    private JsonNode post(String path, JsonNode body, int expected) throws IOException, InterruptedException {
        return registration.post(path, body, expected);
    }
}
