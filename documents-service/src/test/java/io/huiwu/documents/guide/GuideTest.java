package io.huiwu.documents.guide;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.documents.event.GuideSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide's own text (notices, staff contacts) and the general guide printed from it and the schedule. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class GuideTest {

    private static final Map<String, Object> GUIDE = Map.of(
            "notices", List.of(Map.of("title", "报到", "text", "请于3月4日14时前到京西宾馆一楼大厅报到。"),
                    Map.of("title", "保密", "text", "会议文件不得带出会场，会后按要求清退。")),
            "contacts", List.of(
                    Map.of("workingGroup", "秘书组", "name", "王小明", "role", "组长", "phone", "010-6851 2345转8012"),
                    Map.of("workingGroup", "会务组", "name", "刘红", "phone", "13800138000"),
                    Map.of("workingGroup", "秘书组", "name", "赵刚", "role", "联络员", "phone", "(010) 6851-2346")));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSecretariatWritesTheGuideUnderIfMatchAndAttendeesReadIt() {
        GuideFixture fixture = new GuideFixture();
        String secretariat = TestTokens.role("secretariat");
        TestGrants.grant(fixture.meeting, "secretariat");
        String registrar = TestTokens.role("registrar");
        TestGrants.grant(fixture.meeting, "registrar");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(secretariat)
                .get(fixture.base() + "/guide").then().statusCode(200).header("ETag", "\"0\"")
                .body("version", equalTo(0)).body("notices.size()", equalTo(0)));

        given().auth().oauth2(secretariat).contentType("application/json").body(GUIDE).put(fixture.base() + "/guide")
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(secretariat).contentType("application/json").header("If-Match", "\"0\"").body(GUIDE)
                .put(fixture.base() + "/guide").then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("notices[1].title", equalTo("保密"))
                .body("contacts[0].phone", equalTo("010-6851 2345转8012"));
        assertEquals(1, GuideFixture.count(dataSource, "select count(*) from guide_content where meeting_id = '"
                + fixture.meeting + "' and version = 1 and jsonb_array_length(contacts) = 3"));
        // another writer's version read before this one is refused, nothing written
        given().auth().oauth2(fixture.organizer).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("notices", List.of(), "contacts", List.of())).put(fixture.base() + "/guide").then()
                .statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(registrar).contentType("application/json").header("If-Match", "\"1\"").body(GUIDE)
                .put(fixture.base() + "/guide").then().statusCode(403);

        UUID person = fixture.attendee("陈静", "北京团");
        given().auth().oauth2(TestTokens.attendee(fixture.meeting, person)).get(fixture.base() + "/guide").then()
                .statusCode(200).body("version", equalTo(1)).body("contacts.name",
                        equalTo(List.of("王小明", "刘红", "赵刚")));
        assertEquals(1, GuideFixture.count(dataSource, "select count(*) from guide_content where meeting_id = '"
                + fixture.meeting + "' and version = 1 and jsonb_array_length(notices) = 2"));
    }

    @Test
    void aBadNoticeOrPhoneIsRefusedNamingTheField() {
        GuideFixture fixture = new GuideFixture();
        given().auth().oauth2(fixture.organizer).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("notices", List.of(Map.of("title", " ", "text", "正文")), "contacts", List.of()))
                .put(fixture.base() + "/guide").then().statusCode(400).contentType("application/problem+json")
                .body(containsString("notices[0].title"));
        given().auth().oauth2(fixture.organizer).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("notices", List.of(), "contacts", List.of(Map.of("workingGroup", "秘书组",
                        "name", "王小明", "phone", "请打总机"))))
                .put(fixture.base() + "/guide").then().statusCode(400).contentType("application/problem+json")
                .body(containsString("contacts[0].phone"));
        given().auth().oauth2(fixture.organizer).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("notices", List.of(), "contacts", List.of(Map.of("workingGroup", "秘书组",
                        "name", "王小明", "phone", ""))))
                .put(fixture.base() + "/guide").then().statusCode(400).body(containsString("contacts[0].phone"));
        assertEquals(0, GuideFixture.count(dataSource, "select count(*) from guide_content where meeting_id = '"
                + fixture.meeting + "'"));
    }

    @Test
    void theGeneralGuidePrintsNoticesScheduleGroupsAndStaff() throws Exception {
        GuideFixture fixture = new GuideFixture();
        fixture.named(dataSource, "第十五届人民代表大会第三次会议");
        given().auth().oauth2(fixture.organizer).contentType("application/json").header("If-Match", "\"0\"")
                .body(GUIDE).put(fixture.base() + "/guide").then().statusCode(200);
        UUID group = UUID.randomUUID();
        UUID convener = UUID.randomUUID();
        String grouped = GuideFixture.publish(GuideSources.GROUP_TOPIC, "discussion-group-updated",
                fixture.group(group, 1, "第一小组", 1, "预定会议室", List.of(convener), List.of(UUID.randomUUID())));
        GuideFixture.awaitApplied(dataSource, grouped);
        OffsetDateTime opening = OffsetDateTime.parse("2027-03-05T01:00:00Z");
        String plenary = fixture.session(UUID.randomUUID(), "PLENARY", "开幕会", opening, "人民大会堂", List.of(),
                false);
        String discussion = fixture.session(UUID.randomUUID(), "GROUP", "分组审议政府工作报告", opening.plusDays(1),
                "京西宾馆第三会议室", List.of(group), false);
        String cancelled = fixture.session(UUID.randomUUID(), "ACTIVITY", "参观展览", opening.plusDays(1)
                .plusHours(5), "国家博物馆", List.of(), true);
        GuideFixture.awaitApplied(dataSource, plenary);
        GuideFixture.awaitApplied(dataSource, discussion);
        GuideFixture.awaitApplied(dataSource, cancelled);

        byte[] pdf = given().auth().oauth2(TestTokens.attendee(fixture.meeting, UUID.randomUUID()))
                .get(fixture.base() + "/guide.pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "guide.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String shown : List.of("第十五届人民代表大会第三次会议", "会议须知", "一、报到", "二、保密", "三、日程安排",
                    "3月5日（星期五）", "09:00—11:00", "开幕会", "人民大会堂", "3月6日（星期六）", "分组审议政府工作报告",
                    "第一小组", "召集人1", "京西宾馆第三会议室", "秘书组", "王小明", "010-6851 2345转8012", "赵刚",
                    "会务组", "刘红", "第 1 页")) {
                assertTrue(text.contains(shown), shown + " in " + text);
            }
            assertFalse(text.contains("参观展览"), text);
            assertFalse(text.contains("预定会议室"), "the group's session room, not registration's: " + text);
            List<PdfFonts.Font> fonts = PdfFonts.of(document);
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PdfFonts.Font::embedded), fonts.toString());
        }
    }
}
