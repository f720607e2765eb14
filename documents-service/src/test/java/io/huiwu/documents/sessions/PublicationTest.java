package io.huiwu.documents.sessions;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulletins (会议简报) and the meeting's summary (会议纪要): workflow, numbering, distribution, events, print. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class PublicationTest {

    private static final EventContract BULLETIN_PUBLISHED = EventContract.of(AsyncApiDocument.OWN,
            "BulletinPublished");
    private static final EventContract SUMMARY_PUBLISHED = EventContract.of(AsyncApiDocument.OWN,
            "SummaryPublished");
    private static final String DELEGATION = "北京市代表团";
    private static final String APPROVER = "test-approver";
    private static final String AGREED = "会议议定事项如下：一、原则通过政府工作报告；二、……";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBulletinIsApprovedByAnotherAndNumberedWhenPublished() throws Exception {
        Meeting m = new Meeting();
        UUID zhang = m.attendee("张建国");
        String bulletin = m.draft("bulletins", bulletin("代表们认真审议政府工作报告")).statusCode(201)
                .body("state", equalTo("DRAFT")).body("author", equalTo("test-organizer"))
                .body("masthead", equalTo("会议简报")).body("issueNumber", nullValue()).extract().path("id");
        m.step(m.organizer, "bulletins", bulletin, "publish", to(List.of("ATTENDEE"), List.of(), List.of()))
                .statusCode(409).body("detail", containsString("DRAFT"));
        m.step(m.organizer, "bulletins", bulletin, "approve", null).statusCode(409);
        m.step(m.organizer, "bulletins", bulletin, "submit", null).statusCode(200).body("state", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("test-organizer"));
        given().auth().oauth2(m.organizer).contentType("application/json").body(bulletin("改标题"))
                .put(m.base() + "/bulletins/" + bulletin).then().statusCode(409);
        // the author cannot approve their own bulletin
        m.step(m.organizer, "bulletins", bulletin, "approve", null).statusCode(409)
                .body("detail", containsString("test-organizer"));
        m.step(m.approver, "bulletins", bulletin, "approve", null).statusCode(200).body("state", equalTo("APPROVED"))
                .body("approvedBy", equalTo(APPROVER));

        // a distribution naming what the roster does not have is refused by name, and nothing changes
        m.step(m.organizer, "bulletins", bulletin, "publish", to(List.of("ATTENDEE", "外星人"), List.of(), List.of()))
                .statusCode(400).body("errors[0].field", equalTo("categories[1]"));
        m.step(m.organizer, "bulletins", bulletin, "publish", to(List.of(), List.of("火星代表团"), List.of()))
                .statusCode(400).body("errors[0].field", equalTo("delegations[0]"));
        String stranger = UUID.randomUUID().toString();
        m.step(m.organizer, "bulletins", bulletin, "publish", to(List.of(), List.of(), List.of(zhang.toString(),
                stranger))).statusCode(400).body("errors[0].field", equalTo("attendeeIds[1]"))
                .body("errors[0].message", containsString(stranger));
        m.step(m.organizer, "bulletins", bulletin, "publish", to(List.of(), List.of(), List.of())).statusCode(400)
                .body("errors[0].field", equalTo("categories"));
        assertEquals(0, count("select count(*) from publication_counter where meeting_id = '" + m.meeting + "'"));
        assertEquals(1, count("select count(*) from publication where id = '" + bulletin
                + "' and state = 'APPROVED' and issue_number is null and distribution is null"));

        m.step(m.organizer, "bulletins", bulletin, "publish", to(List.of("ATTENDEE"), List.of(DELEGATION),
                List.of(zhang.toString()))).statusCode(200).body("state", equalTo("PUBLISHED"))
                .body("issueNumber", equalTo(1)).body("publishedBy", equalTo("test-organizer"))
                .body("distribution.delegations", equalTo(List.of(DELEGATION)));
        m.step(m.organizer, "bulletins", bulletin, "publish", to(List.of("ATTENDEE"), List.of(), List.of()))
                .statusCode(409).body("detail", containsString("PUBLISHED"));
        TopicEvents.Event published = awaitEvent("bulletin-published", "bulletinId", bulletin);
        BULLETIN_PUBLISHED.assertValid(published.data());
        assertEquals(m.meeting.toString(), published.subject());
        assertEquals(1, published.data().path("issueNumber").asInt());
        assertEquals("代表们认真审议政府工作报告", published.data().path("title").asText());
        assertEquals(zhang.toString(), published.data().path("distribution").path("attendeeIds").get(0).asText());
        assertEquals(APPROVER, published.data().path("approvedBy").asText());

        // the printed bulletin: masthead, 第1期, the title and body, the font embedded
        byte[] pdf = given().auth().oauth2(m.organizer).get(m.base() + "/bulletins/" + bulletin + "/bulletin.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "bulletin.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("第1期") && text.contains("代表们认真审议政府工作报告")
                    && text.contains("大会秘书处") && text.contains("张建国"), text);
            // the distribution as people read it: the category by its name, never its code
            assertTrue(text.contains("发：出席，" + DELEGATION + "，张建国") && !text.contains("ATTENDEE"), text);
            List<PdfFonts.Font> fonts = PdfFonts.of(document);
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PdfFonts.Font::embedded), fonts.toString());
        }
        given().auth().oauth2(m.organizer).get(m.base() + "/bulletins").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].issueNumber", equalTo(1));
    }

    @Test
    void concurrentPublicationsNeverShareANumber() throws Exception {
        Meeting m = new Meeting();
        m.attendee("李明");
        int bulletins = 5;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < bulletins; i++) {
            String id = m.draft("bulletins", bulletin("第" + (i + 1) + "组讨论情况")).statusCode(201).extract().path("id");
            m.step(m.organizer, "bulletins", id, "submit", null).statusCode(200);
            m.step(m.approver, "bulletins", id, "approve", null).statusCode(200);
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(bulletins);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> numbers = new ArrayList<>();
        for (String id : ids) {
            Callable<Integer> publish = () -> {
                start.await();
                return m.step(m.organizer, "bulletins", id, "publish", to(List.of("ATTENDEE"), List.of(), List.of()))
                        .statusCode(200).extract().path("issueNumber");
            };
            numbers.add(pool.submit(publish));
        }
        start.countDown();
        Set<Integer> taken = new HashSet<>();
        for (Future<Integer> number : numbers) {
            taken.add(number.get());
        }
        pool.shutdown();
        assertEquals(Set.of(1, 2, 3, 4, 5), taken);
        assertEquals(5, count("select count(distinct issue_number) from publication where meeting_id = '"
                + m.meeting + "' and state = 'PUBLISHED'"));
        assertEquals(1, count("select count(*) from publication_counter where meeting_id = '" + m.meeting
                + "' and last_number = 5"));
    }

    @Test
    void oneSummaryIsInForceUntilALaterOneSupersedesIt() {
        Meeting m = new Meeting();
        m.attendee("王芳");
        m.draft("summaries", summary("会议纪要", null, null)).statusCode(400).body("errors[0].field", equalTo("body"));
        String stranger = UUID.randomUUID().toString();
        Map<String, Object> wrong = summary("会议纪要", AGREED, stranger);
        m.draft("summaries", wrong).statusCode(400).body("errors[0].field", equalTo("supersedes"));
        assertEquals(0, count("select count(*) from publication where meeting_id = '" + m.meeting + "'"));

        String first = m.approved("summaries", summary("第一次会议纪要", AGREED, null));
        m.step(m.organizer, "summaries", first, "publish", to(List.of(), List.of(DELEGATION), List.of()))
                .statusCode(200).body("state", equalTo("PUBLISHED")).body("issueNumber", nullValue());
        String rival = m.approved("summaries", summary("另一份纪要", AGREED, null));
        m.step(m.organizer, "summaries", rival, "publish", to(List.of("ATTENDEE"), List.of(), List.of()))
                .statusCode(409).body("detail", containsString("第一次会议纪要"));
        String revised = m.approved("summaries", summary("第一次会议纪要（修订）", AGREED, first));
        m.step(m.organizer, "summaries", revised, "publish", to(List.of("ATTENDEE"), List.of(), List.of()))
                .statusCode(200).body("supersedes", equalTo(first));
        given().auth().oauth2(m.organizer).get(m.base() + "/summaries/" + first).then().statusCode(200)
                .body("state", equalTo("SUPERSEDED")).body("supersededBy", equalTo(revised));
        assertEquals(1, count("select count(*) from publication where meeting_id = '" + m.meeting
                + "' and kind = 'SUMMARY' and state = 'PUBLISHED'"));
        TopicEvents.Event published = awaitEvent("summary-published", "summaryId", revised);
        SUMMARY_PUBLISHED.assertValid(published.data());
        assertEquals(first, published.data().path("supersedes").asText());

        // printed in the bulletin's layout: 会议纪要, the title and body, who it goes to; the replaced one says so
        String text = pdfText(m, "/summaries/" + revised + "/summary.pdf", "summary.pdf");
        assertTrue(text.contains("会议纪要") && text.contains("第一次会议纪要（修订）") && text.contains("原则通过政府工作报告")
                && text.contains("发：出席") && !text.contains("未印发") && !text.contains("ATTENDEE"), text);
        assertTrue(pdfText(m, "/summaries/" + first + "/summary.pdf", "summary-superseded.pdf")
                .contains("已被替代"));
        given().auth().oauth2(m.organizer).get(m.base() + "/summaries/" + UUID.randomUUID() + "/summary.pdf")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String pdfText(Meeting m, String path, String file) {
        byte[] pdf = given().auth().oauth2(m.organizer).get(m.base() + path).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", file), pdf);
            List<PdfFonts.Font> fonts = PdfFonts.of(document);
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PdfFonts.Font::embedded), fonts.toString());
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> bulletin(String title) {
        return Map.of("title", title, "issuingBody", "大会秘书处", "body", "3月5日下午，各代表团分组审议政府工作报告。"
                + "\n代表们一致认为，报告实事求是，目标明确，措施有力。");
    }

    private static Map<String, Object> summary(String title, String body, String supersedes) {
        Map<String, Object> summary = new HashMap<>(Map.of("title", title, "issuingBody", "大会秘书处"));
        if (body != null) {
            summary.put("body", body);
        }
        if (supersedes != null) {
            summary.put("supersedes", supersedes);
        }
        return summary;
    }

    private static Map<String, Object> to(List<String> categories, List<String> delegations, List<String> persons) {
        return Map.of("categories", categories, "delegations", delegations, "attendeeIds", persons);
    }

    private static TopicEvents.Event awaitEvent(String type, String field, String id) {
        return await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("documents.publication", e -> e.type().equals(type)
                        && e.data().path(field).asText().equals(id)), e -> !e.isEmpty()).get(0);
    }

    private long count(String sql) {
        return SessionFixture.count(dataSource, sql);
    }

    /** A meeting with an organizer who writes, another who approves, and attendees on the roster replica. */
    private static final class Meeting {

        final UUID meeting = UUID.randomUUID();
        final String organizer = TestTokens.role("organizer");
        final String approver = TestTokens.person(APPROVER);

        Meeting() {
            TestGrants.grant(meeting, "organizer");
            TestGrants.grant(meeting, APPROVER, "organizer");
            await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(approver)
                    .get(base() + "/bulletins").then().statusCode(200));
        }

        String base() {
            return "/api/v1/meetings/" + meeting;
        }

        UUID attendee(String name) {
            UUID id = UUID.randomUUID();
            TestRoster.publish("attendee-registered", TestRoster.entry(meeting, id, 1, name, "ACTIVE")
                    .put("category", "ATTENDEE").put("delegation", DELEGATION));
            await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                    .get(base() + "/attendees/" + id).then().statusCode(200));
            return id;
        }

        ValidatableResponse draft(String kind, Object body) {
            return given().auth().oauth2(organizer).contentType("application/json").body(body)
                    .post(base() + "/" + kind).then();
        }

        ValidatableResponse step(String token, String kind, String id, String step, Object body) {
            var request = given().auth().oauth2(token).contentType("application/json");
            if (body != null) {
                request = request.body(body);
            }
            return request.post(base() + "/" + kind + "/" + id + "/" + step).then();
        }

        String approved(String kind, Object body) {
            String id = draft(kind, body).statusCode(201).extract().path("id");
            step(organizer, kind, id, "submit", null).statusCode(200);
            step(approver, kind, id, "approve", null).statusCode(200);
            return id;
        }
    }
}
