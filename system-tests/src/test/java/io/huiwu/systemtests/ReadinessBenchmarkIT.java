package io.huiwu.systemtests;

import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The readiness check (会务检查) of a meeting of 5,000 attendees in 50 delegations, against the packaged service:
 * the time of a whole-meeting report, as the client sees it (HTTP included), over 50 reports after 20 to warm up.
 * Writes {@code target/benchmarks/readiness.txt}. See docs/benchmarks.md for how to run it.
 */
@Tag("benchmark")
class ReadinessBenchmarkIT {

    private static final String[] FAMILY = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
        "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建国", "海燕", "晓东", "红梅", "振华"};

    @Test
    void readinessOfFiveThousandAttendees() throws Exception {
        LocalStack stack = RunningStack.get();
        String token = RunningStack.token("organizer");
        String meeting = RunningStack.meeting("会务检查测量会议");
        String registration = stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings/" + meeting;

        StringBuilder csv = new StringBuilder("姓名,性别,类别,代表团,单位,职务\r\n");
        for (int i = 0; i < 5000; i++) {
            csv.append(FAMILY[i % FAMILY.length]).append(GIVEN[(i / FAMILY.length) % GIVEN.length])
                    .append(GIVEN[(i / 7) % GIVEN.length]).append(',').append(i % 2 == 0 ? "男" : "女").append(',')
                    .append(i % 10 == 0 ? "列席" : "出席").append(",第").append(i % 50 + 1).append("代表团,单位")
                    .append(i).append(",职务\r\n");
        }
        String job = given().auth().oauth2(token).contentType("text/csv")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .when().post(registration + "/attendee-imports").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofMinutes(5)).until(() -> "SUCCEEDED".equals(given().auth().oauth2(token)
                .when().get(registration + "/attendee-imports/" + job).then().extract().path("status")));

        for (int i = 0; i < 20; i++) {
            report(token, registration);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            report(token, registration);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        String line = String.format("Readiness check of 5,000 attendees (50 delegations), whole meeting, 50 reports"
                        + " after 20: p50 %.0f ms, p95 %.0f ms, max %.0f ms (HTTP included)%n", percentile(millis, 50),
                percentile(millis, 95), millis.get(millis.size() - 1));
        Path out = Path.of("target", "benchmarks", "readiness.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line);
        System.out.println(line);
    }

    private static void report(String token, String registration) {
        int people = given().auth().oauth2(token).when().get(registration + "/readiness").then().statusCode(200)
                .extract().path("people");
        assertEquals(5000, people);
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
