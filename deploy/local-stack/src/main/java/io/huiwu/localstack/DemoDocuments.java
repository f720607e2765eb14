package io.huiwu.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The demo meeting in documents-service, as the 秘书组 (local-secretariat) would run it: two secret documents that
 * must come back (a 机密 draft of the government's report to the deputies, a 秘密 budget report to the deputies and
 * the non-voting attendees) with numbered copies; each person's packet issued; the recall (清退) opened; one
 * delegation's copies handed back, and a copy of the budget report in another delegation recorded missing.
 */
final class DemoDocuments {

    /** The delegation that has handed its copies back, and the one a copy has gone missing in. */
    static final String RETURNED = "长安区代表团";
    static final String MISSING_IN = "雁塔区代表团";

    private final DemoHttp documents;
    private final String base;
    private final LocalDate start;
    private final List<JsonNode> attendees;

    DemoDocuments(DemoHttp documents, UUID meetingId, LocalDate start, List<JsonNode> attendees) {
        this.documents = documents;
        this.base = "/api/v1/meetings/" + meetingId;
        this.start = start;
        this.attendees = attendees;
    }

    void load(PrintStream out) throws IOException, InterruptedException {
        DemoData.awaitRoster(documents, base, attendees.size());
        String report = document("省人民政府工作报告（征求意见稿）", "省人民政府办公厅", "SECRET", 20, 36, 280);
        String budget = document("关于全省预算执行情况和预算草案的报告", "省财政厅", "CONFIDENTIAL", 10, 24, 300);
        distribute(report, "ATTENDEE");
        distribute(budget, "ATTENDEE");
        distribute(budget, "NON_VOTING");
        List<JsonNode> holders = attendees.stream()
                .filter(a -> Set.of("ATTENDEE", "NON_VOTING").contains(a.path("category").asText())).toList();
        DemoHttp.all(holders.stream().<Callable<JsonNode>>map(a -> () -> documents.post(base + "/packets/"
                + a.path("id").asText() + "/issue", DemoHttp.object().put("receivedBy", a.path("name").asText())
                .put("note", "报到时领取"), 200)).toList());
        out.println("Demo documents: 机密 and 秘密 reports with numbered copies; packets issued to " + holders.size()
                + " deputies and non-voting attendees");

        documents.post(base + "/recalls", DemoHttp.object()
                .put("deadline", start.plusDays(5) + "T12:00:00+08:00")
                .put("note", "大会闭幕后各代表团统一清退会议文件"));
        ObjectNode returns = DemoHttp.object().put("receivedBy", "秘书组").put("note", RETURNED + "联络员集中交回");
        ArrayNode copyIds = returns.putArray("copyIds");
        for (JsonNode copy : outstanding(RETURNED)) {
            copyIds.add(copy.path("copyId").asText());
        }
        documents.post(base + "/recalls/returns", returns, 200);
        JsonNode lost = null;
        for (JsonNode copy : outstanding(MISSING_IN)) {
            if (lost == null && budget.equals(copy.path("documentId").asText())) {
                lost = copy;
            }
        }
        if (lost == null) {
            throw new DemoHttp.Failure("documents-service lists no copy of the budget report out in " + MISSING_IN);
        }
        documents.post(base + "/copies/" + lost.path("copyId").asText() + "/missing", DemoHttp.object()
                .put("authorisedBy", "秘书组组长").put("note", "代表称会后放在驻地房间，未找到"), 200);
        out.println("Demo recall: opened; " + copyIds.size() + " copies of " + RETURNED + " returned, copy "
                + lost.path("copyNumber").asText() + " of " + lost.path("document").asText() + " ("
                + lost.path("holderName").asText() + ", " + MISSING_IN + ") recorded missing");
    }

    private String document(String title, String issuingBody, String level, int termYears, int pages, int copies)
            throws IOException, InterruptedException {
        String id = documents.post(base + "/documents", DemoHttp.object().put("title", title)
                .put("issuingBody", issuingBody).put("secretLevel", level).put("termYears", termYears)
                .put("pages", pages).put("mustReturn", true)).path("id").asText();
        documents.post(base + "/documents/" + id + "/copies", DemoHttp.object().put("count", copies));
        return id;
    }

    private void distribute(String documentId, String category) throws IOException, InterruptedException {
        documents.post(base + "/packets/distribution", DemoHttp.object().put("documentId", documentId)
                .put("category", category));
    }

    /** The copies a delegation still has out. */
    private JsonNode outstanding(String delegation) throws IOException, InterruptedException {
        JsonNode items = documents.get(base + "/recalls/outstanding?size=200&delegation="
                + URLEncoder.encode(delegation, StandardCharsets.UTF_8)).path("items");
        if (items.isEmpty()) {
            throw new DemoHttp.Failure("documents-service lists no copy out in " + delegation);
        }
        return items;
    }
}
