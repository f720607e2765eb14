package io.huiwu.logistics.sitevisit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.logistics.event.DiscussionGroupRemoval;
import io.huiwu.logistics.event.DiscussionGroupSnapshot;
import io.huiwu.logistics.event.VenueSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site visits: venue's SITE_VISIT sessions and registration's discussion groups read from their topics, buses planned
 * by group and applied (the events on the topic, the rows in the database), the bus list printed, a cancelled visit
 * dropping its buses.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SiteVisitTest {

    private static final Path VENUE = Path.of("../venue-service/asyncapi/asyncapi.yaml");
    private static final Path REGISTRATION = Path.of("../registration-service/asyncapi/asyncapi.yaml");
    private static final EventContract VENUE_SESSION = EventContract.of(VENUE, "Session");
    private static final EventContract GROUP = EventContract.of(REGISTRATION, "DiscussionGroupSnapshot");
    private static final EventContract GROUP_REMOVED = EventContract.of(REGISTRATION, "DiscussionGroupRemoval");
    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2027-01-16T08:30:00+08:00");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theReadersReadOnlyWhatVenueAndRegistrationPublish() {
        VENUE_SESSION.assertReaderFits(VenueSession.class);
        GROUP.assertReaderFits(DiscussionGroupSnapshot.class);
        GROUP_REMOVED.assertReaderFits(DiscussionGroupRemoval.class);
    }

    @Test
    void busesArePlannedByGroupAppliedPrintedAndDroppedWithTheVisit() throws Exception {
        UUID meeting = meeting();
        List<UUID> first = new ArrayList<>();
        for (String name : List.of("赵召集", "钱一", "孙二", "李三", "周四", "吴五")) {
            first.add(person(meeting, name, "ATTENDEE"));
        }
        List<UUID> second = new ArrayList<>();
        for (String name : List.of("郑召集", "王一", "冯二", "陈三")) {
            second.add(person(meeting, name, "ATTENDEE"));
        }
        UUID loner = person(meeting, "褚无组", "ATTENDEE");
        person(meeting, "卫嘉宾", "GUEST");
        UUID firstStaff = person(meeting, "蒋工作", "STAFF");
        UUID secondStaff = person(meeting, "沈工作", "STAFF");
        awaitRoster(meeting, 14);
        UUID firstGroup = UUID.randomUUID();
        UUID secondGroup = UUID.randomUUID();
        group(meeting, firstGroup, "第一组", 1, first, firstStaff, 1);
        group(meeting, secondGroup, "第二组", 2, second, secondStaff, 1);
        String base = "/api/v1/meetings/" + meeting;
        String bus = vehicle(base, "京B·10001", "BUS", 8);
        String minibus = vehicle(base, "京B·10002", "MINIBUS", 6);
        vehicle(base, "京A·00009", "CAR", 4);

        UUID plenary = UUID.randomUUID();
        session(meeting, plenary, "PLENARY", 1, false);
        UUID visit = UUID.randomUUID();
        session(meeting, visit, "SITE_VISIT", 2, false);
        String path = base + "/site-visits/" + visit;
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(path).then().statusCode(200)
                .body("name", equalTo("雄安新区现场参观")).body("version", equalTo(2)));
        // a session of another kind is not kept
        logistics().get(base + "/site-visits/" + plenary).then().statusCode(404);
        await().atMost(TestWaits.DEADLINE).until(() -> count("select count(*) from discussion_group_member"
                + " where meeting_id = '" + meeting + "'") == 12);

        // 第一组 (6) on the bus (7 seats and its marshal's); 第二组 (4) does not fit in the one seat left and takes the
        // minibus; the person in no group fills the bus; the guest does not take part
        logistics().body("{}").post(path + "/bus-plan/preview").then().statusCode(200)
                .body("participants", equalTo(11)).body("placed", equalTo(11)).body("unplaced.size()", equalTo(0))
                .body("buses.number", equalTo(List.of(1, 2)))
                .body("buses.plate", equalTo(List.of("京B·10001", "京B·10002")))
                .body("buses[0].riders.name", equalTo(List.of("赵召集", "钱一", "孙二", "李三", "周四", "吴五", "褚无组")))
                .body("buses[0].riders[0].convener", equalTo(true))
                .body("buses[0].riders[0].rule", equalTo("GROUP"))
                .body("buses[0].riders[6].rule", equalTo("NO_GROUP"))
                .body("buses[0].marshal.name", equalTo("蒋工作"))
                .body("buses[1].riders.group", equalTo(List.of("第二组", "第二组", "第二组", "第二组")))
                .body("buses[1].marshal.name", equalTo("沈工作"))
                .body("buses[1].marshal.rule", equalTo("GROUP_STAFF"));
        assertEquals(0, count("select count(*) from site_visit_rider where session_id = '" + visit + "'"));

        // bad input names the field
        logistics().body(Map.of("vehicleIds", List.of(UUID.randomUUID()))).post(path + "/bus-plan/preview").then()
                .statusCode(400).body("errors[0].field", equalTo("vehicleIds"));
        logistics().body(Map.of("vehicleIds", List.of(bus, bus))).post(path + "/bus-plan/apply").then()
                .statusCode(400).body("errors[0].field", equalTo("vehicleIds"));
        logistics().body("{}").post(base + "/site-visits/" + UUID.randomUUID() + "/bus-plan/apply").then()
                .statusCode(404);

        logistics().body("{}").post(path + "/bus-plan/apply").then().statusCode(200)
                .body("buses", equalTo(2)).body("assigned", equalTo(11)).body("unchanged", equalTo(0))
                .body("unplaced", equalTo(0));
        assertEquals(11, count("select count(*) from site_visit_rider where session_id = '" + visit + "'"));
        assertEquals(2, count("select count(*) from site_visit_bus where session_id = '" + visit + "'"));
        List<TopicEvents.Event> assigned = await().atMost(TestWaits.DEADLINE).until(() -> events(visit),
                found -> found.size() == 11);
        TopicEvents.Event convener = assigned.stream().filter(e -> e.data().path("attendeeId").asText()
                .equals(first.get(0).toString())).findFirst().orElseThrow();
        assertEquals(first.get(0).toString(), convener.key());
        assertEquals(1, convener.data().path("busNumber").asInt());
        assertEquals("京B·10001", convener.data().path("plate").asText());
        assertEquals("第一组", convener.data().path("group").asText());
        assertEquals("蒋工作", convener.data().path("marshal").asText());
        assertTrue(convener.data().path("convener").asBoolean());
        assertTrue(convener.data().path("driverPhone").isMissingNode(), convener.data().toString());
        TopicEvents.Event onMinibus = assigned.stream().filter(e -> e.data().path("attendeeId").asText()
                .equals(second.get(3).toString())).findFirst().orElseThrow();
        assertEquals(2, onMinibus.data().path("busNumber").asInt());
        assertEquals(4, onMinibus.data().path("seat").asInt());
        assertEquals(minibus, onMinibus.data().path("vehicleId").asText());

        // applied again unchanged: nothing published
        logistics().body("{}").post(path + "/bus-plan/apply").then().statusCode(200)
                .body("assigned", equalTo(0)).body("unchanged", equalTo(11));
        logistics().get(path).then().statusCode(200).body("buses", equalTo(2)).body("riders", equalTo(11))
                .body("plannedBy", notNullValue());
        logistics().get(path + "/buses").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].riders[6].name", equalTo("褚无组"))
                .body("items[0].driverPhone", equalTo("13900000000"));
        logistics().get(base + "/site-visits").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].sessionId", equalTo(visit.toString()));
        // a vehicle serving a visit stays
        logistics().delete(base + "/vehicles/" + minibus).then().statusCode(409);

        // the bus list, as a workbook and as a PDF with its font embedded
        byte[] xlsx = logistics().get(path + "/bus-list.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("乘车表");
            assertEquals("雄安新区现场参观 乘车表", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("车号", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("1号车", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("赵召集", sheet.getRow(2).getCell(6).getStringCellValue());
            assertEquals("是", sheet.getRow(2).getCell(8).getStringCellValue());
            assertEquals("1号车", sheet.getRow(8).getCell(0).getStringCellValue());
            assertEquals("2号车", sheet.getRow(9).getCell(0).getStringCellValue());
            assertEquals("沈工作", sheet.getRow(9).getCell(4).getStringCellValue());
            assertEquals(12, sheet.getLastRowNum());
        }
        byte[] pdf = logistics().get(path + "/bus-list.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target/sitevisit"));
        Files.write(Path.of("target/sitevisit/bus-list.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(PdfFonts.of(document).stream().allMatch(PdfFonts.Font::embedded), PdfFonts.of(document)
                    .toString());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("乘车表") && text.contains("1号车") && text.contains("京B·10002")
                    && text.contains("蒋工作") && text.contains("褚无组"), text);
        }

        // the group removed: its members ride as people in no group at the next plan
        removeGroup(meeting, secondGroup, "第二组", 2);
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().body("{}").post(path
                + "/bus-plan/preview").then().statusCode(200).body("buses[1].riders.rule", hasItem("NO_GROUP")));
        // an older version of the group read late changes nothing
        String late = group(meeting, secondGroup, "第二组", 2, second, secondStaff, 1);
        await().atMost(TestWaits.DEADLINE).until(() -> count("select count(*) from inbox_event where event_id = '"
                + late + "'") == 1);
        // an older version of the session changes nothing; a cancelled one drops the buses
        session(meeting, visit, "SITE_VISIT", 1, true);
        session(meeting, visit, "SITE_VISIT", 3, true);
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(path).then().statusCode(200)
                .body("cancelled", equalTo(true)).body("version", equalTo(3)).body("buses", equalTo(0)));
        assertEquals(0, count("select count(*) from site_visit_rider where session_id = '" + visit + "'"));
        assertEquals(1, count("select count(*) from discussion_group where id = '" + secondGroup + "' and removed"));
        logistics().body("{}").post(path + "/bus-plan/preview").then().statusCode(409);
        logistics().delete(base + "/vehicles/" + minibus).then().statusCode(204);
    }

    private static UUID person(UUID meeting, String name, String category) {
        UUID id = UUID.randomUUID();
        ObjectNode entry = TestRoster.entry(meeting, id, 1, name, "ACTIVE").put("category", category);
        TestRoster.publish("attendee-registered", entry);
        return id;
    }

    private static String vehicle(String base, String plate, String kind, int seats) {
        return logistics().body(Map.of("plate", plate, "kind", kind, "seats", seats, "luggage", 0,
                "driverName", "司机" + plate.substring(plate.length() - 1), "driverPhone", "13900000000",
                "staffInCharge", "车队")).post(base + "/vehicles").then().statusCode(201).extract().path("id");
    }

    private static void session(UUID meeting, UUID session, String kind, long version, boolean cancelled) {
        ObjectNode data = TestEvents.object()
                .put("sessionId", session.toString())
                .put("meetingId", meeting.toString())
                .put("version", version)
                .put("kind", kind)
                .put("name", "SITE_VISIT".equals(kind) ? "雄安新区现场参观" : "第一次全体会议")
                .put("startsAt", MORNING.toString())
                .put("endsAt", MORNING.plusHours(5).toString())
                .put("place", "驻地北门")
                .putNull("spaceId")
                .put("seatPassRequired", false)
                .put("agendaVersion", 1)
                .put("cancelled", cancelled);
        data.putArray("categories");
        data.putArray("delegations");
        data.putArray("groupIds");
        VENUE_SESSION.assertValid(data);
        String type = cancelled ? "session-cancelled" : version <= 2 ? "session-scheduled" : "session-changed";
        TopicEvents.inTestCluster().send("venue.session", session.toString(), TestEvents.envelope(
                UUID.randomUUID().toString(), "/venue-service", type, session.toString(), data));
    }

    private static String group(UUID meeting, UUID group, String name, int position, List<UUID> members, UUID staff,
            long version) {
        ObjectNode data = TestEvents.object()
                .put("groupId", group.toString())
                .put("meetingId", meeting.toString())
                .put("name", name)
                .put("position", position)
                .putNull("room")
                .putNull("requestedRoomSize")
                .put("version", version);
        ArrayNode list = data.putArray("members");
        for (int i = 0; i < members.size(); i++) {
            list.addObject().put("attendeeId", members.get(i).toString()).put("name", name + i)
                    .put("delegation", "长安区代表团").put("convener", i == 0);
        }
        data.putArray("staff").addObject().put("attendeeId", staff.toString()).put("name", "工作人员");
        GROUP.assertValid(data);
        String id = UUID.randomUUID().toString();
        TopicEvents.inTestCluster().send("registration.group", group.toString(), TestEvents.envelope(id,
                "/registration-service", "discussion-group-updated", group.toString(), data));
        return id;
    }

    private static void removeGroup(UUID meeting, UUID group, String name, long version) {
        ObjectNode data = TestEvents.object()
                .put("groupId", group.toString())
                .put("meetingId", meeting.toString())
                .put("name", name)
                .put("version", version);
        GROUP_REMOVED.assertValid(data);
        TopicEvents.inTestCluster().send("registration.group", group.toString(), TestEvents.envelope(
                UUID.randomUUID().toString(), "/registration-service", "discussion-group-removed", group.toString(),
                data));
    }

    private static List<TopicEvents.Event> events(UUID visit) {
        return TopicEvents.inTestCluster().matching("logistics.transport",
                e -> "site-visit-transport-assigned".equals(e.type())
                        && visit.toString().equals(e.data().path("sessionId").asText()));
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
