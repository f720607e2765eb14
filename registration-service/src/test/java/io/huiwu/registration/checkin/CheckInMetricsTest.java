package io.huiwu.registration.checkin;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.registration.service.CheckInMetrics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The door on a dashboard: scans answered per list, direction and result, and the people inside per list, on
 * {@code /q/metrics}.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class CheckInMetricsTest {

    @Inject
    CheckInMetrics metrics;

    @Test
    void scansAreCountedPerListAndResultAndThePeopleInsideAreReported() {
        CheckInFixture meeting = new CheckInFixture();
        meeting.redeem(meeting.hall, "王芳", "ENTRY").statusCode(lessThan(300)).body("status", equalTo("ok"));
        meeting.redeem(meeting.hall, "李强", "ENTRY").statusCode(lessThan(300));
        meeting.redeem(meeting.hall, "李强", "EXIT").statusCode(lessThan(300));
        meeting.redeem(meeting.hall, "张敏", "ENTRY").statusCode(lessThan(300)).body("status", equalTo("refused"))
                .body("reason", equalTo("wrong_category"));
        meeting.redeem(meeting.desk, "张敏", "ENTRY").statusCode(lessThan(300)).body("status", equalTo("ok"));
        metrics.refreshInside();

        String scrape = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(2.0, value(scrape, "huiwu_checkin_scans_total", meeting.hall, "direction=\"ENTRY\"",
                "result=\"admitted\""));
        assertEquals(1.0, value(scrape, "huiwu_checkin_scans_total", meeting.hall, "direction=\"EXIT\"",
                "result=\"admitted\""));
        assertEquals(1.0, value(scrape, "huiwu_checkin_scans_total", meeting.hall, "direction=\"ENTRY\"",
                "result=\"wrong_category\""));
        assertEquals(1.0, value(scrape, "huiwu_checkin_scans_total", meeting.desk, "direction=\"ENTRY\"",
                "result=\"admitted\""));
        assertEquals(1.0, value(scrape, "huiwu_checkin_inside", meeting.hall), "王芳 is in, 李强 went out again");
        assertEquals(1.0, value(scrape, "huiwu_checkin_inside", meeting.desk));
    }

    /** The value of the one sample of the metric whose labels name the list and include every label given. */
    private static double value(String scrape, String metric, String list, String... labels) {
        // a sample may be followed by an exemplar naming the span it was counted in
        Pattern sample = Pattern.compile("^" + metric + "\\{([^}]*)} (\\S+)", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(scrape);
        Double found = null;
        while (matcher.find()) {
            String names = matcher.group(1);
            boolean all = names.contains("list=\"" + list + "\"");
            for (String label : labels) {
                all &= names.contains(label);
            }
            if (all) {
                assertNull(found, "one sample of " + metric + " for " + list);
                found = Double.parseDouble(matcher.group(2));
            }
        }
        assertNotNull(found, "no sample of " + metric + " for list " + list + " in:\n" + scrape);
        return found;
    }
}
